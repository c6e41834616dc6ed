using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class LeadTimeRuleTests
{
    [Fact]
    public void A_lead_time_is_not_negative() =>
        LeadTimeRule.Create(60, -1).Should().FailWithExactly(ProblemCodes.OutOfRange, "failBelowDays");

    [Fact]
    public void The_warning_threshold_may_equal_the_failure_threshold() =>
        LeadTimeRule.Create(21, 21).Should().BeValid();

    [Fact]
    public void The_warning_threshold_is_not_below_the_failure_threshold() =>
        LeadTimeRule.Create(20, 21).Should().FailWithExactly(ProblemCodes.OutOfRange, "warnBelowDays");

    [Fact]
    public void The_lead_time_counts_from_the_submission_day_not_the_day_of_evaluation()
    {
        var outcome = RuleProbe.Evaluate(LeadTimeRule.Default, Baseline.Request.StartingIn(days: 21), Baseline.Context.On(Baseline.Submission.PlusDays(1)));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Should().Be(RuleValue.OfNumber(21, "days"));
    }

    [Fact]
    public void A_late_evaluation_sends_a_timely_request_to_review_instead_of_refusing_it()
    {
        var decision = Baseline.Context.On(Baseline.Submission.PlusDays(1)).Evaluate(Baseline.Request.StartingIn(days: 21));

        decision.Kind.Should().Be(DecisionKind.NeedsReview);
        decision.Case.OutcomeOf(PreparationTimeRule.RuleCode)!.Value.Status.Should().Be(OutcomeStatus.Warn);
    }
}
