using CsCheck;
using FluentAssertions;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using Xunit;

namespace TestingSample;

public sealed class TravelNoticeRuleTests
{
    // The built-in StAMM rules with the team's rule added, in force from 2026.
    private static readonly RuleSet Rules =
        RuleSet.Create("StAMM with travel notice", "1", new LocalDate(2026, 1, 1), null, [.. StammRuleSet.Default.Rules, new TravelNoticeRule()]).OrThrow();

    // <ten-line-test>
    [Fact]
    public void A_study_visit_abroad_in_a_month_is_too_soon_for_visas()
    {
        var clock = StammClock.On(2026, 3, 2);
        var visit = A.Request.SubmittedOn(clock).OfKind(ActivityType.StudyVisit).WithParticipants(3).InPerson("Vienna", Country.Austria);

        var decision = An.EvaluationContext.WithClock(clock).Evaluate(visit.StartingIn(days: 30), Rules);

        decision.Should().BeIneligibleBecause(TravelNoticeRule.RuleCode)
            .And.HaveOutcome(TravelNoticeRule.RuleCode, OutcomeStatus.Fail).Which.Message.Should().Contain("30 days");
    }
    // </ten-line-test>

    [Fact]
    public void A_study_visit_abroad_two_months_ahead_is_eligible()
    {
        var clock = StammClock.On(2026, 3, 2);
        var visit = A.Request.SubmittedOn(clock).OfKind(ActivityType.StudyVisit).WithParticipants(3).InPerson("Vienna", Country.Austria);

        An.EvaluationContext.WithClock(clock).Evaluate(visit.StartingIn(days: 60), Rules)
            .Should().BeEligible().And.HaveOutcome(TravelNoticeRule.RuleCode, OutcomeStatus.Pass);
    }

    [Fact]
    public void The_notice_counts_from_today_so_a_request_left_waiting_becomes_too_late()
    {
        var clock = StammClock.On(2026, 3, 2);
        var context = An.EvaluationContext.WithClock(clock);
        var visit = A.Request.SubmittedOn(clock).OfKind(ActivityType.StudyVisit).WithParticipants(3).InPerson("Vienna", Country.Austria).StartingIn(days: 60);

        clock.AdvanceDays(20);

        context.Evaluate(visit, Rules).Should().BeIneligibleBecause(TravelNoticeRule.RuleCode);
    }

    [Fact]
    public void A_training_at_home_is_not_the_rules_business() =>
        An.EvaluationContext.Evaluate(A.Request.StartingIn(days: 30), Rules)
            .Should().HaveOutcome(TravelNoticeRule.RuleCode, OutcomeStatus.NotApplicable);

    [Fact]
    public void Any_trip_abroad_with_at_least_the_minimum_notice_passes() =>
        Gen.Int[TravelNoticeRule.DefaultMinimumDays, 800].Sample(days =>
            An.EvaluationContext.Evaluate(A.Request.InPerson("Skopje", Country.NorthMacedonia).WithParticipants(20, [Country.Albania]).StartingIn(days), Rules)
                .Should().HaveOutcome(TravelNoticeRule.RuleCode, OutcomeStatus.Pass));

    [Fact]
    public void A_failing_assertion_prints_the_trace_of_the_decision()
    {
        var decision = An.EvaluationContext.Evaluate(A.Request.InPerson("Skopje", Country.NorthMacedonia).StartingIn(days: 25), Rules);

        var failure = FluentActions.Invoking(() => decision.Should().BeEligible()).Should().Throw<Exception>().Which;

        failure.Message.Should().Contain("X-TRAVEL-NOTICE Fail (Timing, blocks): Travellers get 25 days' notice; 45 are needed for visas.");
    }
}
