using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class ProjectActiveRuleTests
{
    private static readonly LocalDate PhaseStart = new(2018, 12, 1);

    // The baseline workshop runs on 10 and 11 June 2025; the StAMM project started in December 2018 and has no end.
    private static readonly LocalDate FirstDay = new(2025, 6, 10);

    [Fact]
    public void Without_a_list_of_statuses_only_implementation_is_active() =>
        ProjectActiveRule.Create(PhaseStart).OrThrow().ActiveStatuses.Should().Equal(ProjectStatus.Implementation);

    [Fact]
    public void A_project_in_any_of_the_given_active_statuses_passes()
    {
        var rule = ProjectActiveRule.Create(PhaseStart, activeStatuses: [ProjectStatus.Finalisation, ProjectStatus.Implementation]).OrThrow();

        rule.ActiveStatuses.Should().Equal(ProjectStatus.Implementation, ProjectStatus.Finalisation);
        RuleProbe.Evaluate(rule, Baseline.Request, Baseline.Context.WithProjectStatus(ProjectStatus.Finalisation)).Status.Should().Be(OutcomeStatus.Pass);
    }

    [Fact]
    public void A_project_that_is_not_active_fails_with_its_status_and_the_active_ones()
    {
        var outcome = RuleProbe.Evaluate(ProjectActiveRule.Default, Baseline.Request, Baseline.Context.WithProjectStatus(ProjectStatus.Suspended));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Expected.Codes.Should().Equal("implementation");
        outcome.Actual.Codes.Should().Equal("suspended");
        outcome.Message.Should().Be("The project is suspended; new activities need implementation.");
    }

    [Fact]
    public void A_phase_cannot_end_before_it_starts() =>
        ProjectActiveRule.Create(PhaseStart, PhaseStart.PlusDays(-1)).Should().FailWithExactly(ProblemCodes.EndBeforeStart, "phaseEnd");

    [Fact]
    public void A_phase_may_end_after_it_starts() =>
        ProjectActiveRule.Create(PhaseStart, PhaseStart.PlusYears(5)).Should().BeValid();

    [Fact]
    public void At_least_one_status_is_active() =>
        ProjectActiveRule.Create(PhaseStart, activeStatuses: []).Should().FailWithExactly(ProblemCodes.Required, "activeStatuses");

    [Fact]
    public void An_activity_starting_before_a_phase_that_starts_after_the_project_fails_with_the_phase_start()
    {
        var rule = ProjectActiveRule.Create(FirstDay.PlusDays(1)).OrThrow();

        var outcome = RuleProbe.Evaluate(rule, Baseline.Request);

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Expected.Should().Be(RuleValue.OfDate(FirstDay.PlusDays(1)));
        outcome.Actual.Should().Be(RuleValue.OfDate(FirstDay));
        outcome.Message.Should().Be("The activity would start on 2025-06-10, before the project's period starts (2025-06-11).");
    }

    [Fact]
    public void An_activity_starting_on_the_first_day_of_the_phase_passes() =>
        RuleProbe.Evaluate(ProjectActiveRule.Create(FirstDay).OrThrow(), Baseline.Request).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void An_activity_ending_after_the_phase_fails_with_the_phase_end_even_when_the_project_is_open_ended()
    {
        var rule = ProjectActiveRule.Create(PhaseStart, FirstDay).OrThrow();

        var outcome = RuleProbe.Evaluate(rule, Baseline.Request);

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Expected.Should().Be(RuleValue.OfDate(FirstDay));
        outcome.Actual.Should().Be(RuleValue.OfDate(FirstDay.PlusDays(1)));
        outcome.Message.Should().Be("The activity would end on 2025-06-11, after the project's period ends (2025-06-10).");
    }

    [Fact]
    public void An_activity_ending_after_the_project_ends_fails_with_the_project_end()
    {
        var context = Baseline.Context.For(ProjectBuilder.Like(Stamm.Project).EndingOn(FirstDay));

        var outcome = RuleProbe.Evaluate(ProjectActiveRule.Default, Baseline.Request, context);

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Expected.Should().Be(RuleValue.OfDate(FirstDay));
    }

    [Fact]
    public void The_earlier_of_the_project_end_and_the_phase_end_applies()
    {
        var context = Baseline.Context.For(ProjectBuilder.Like(Stamm.Project).EndingOn(FirstDay.PlusYears(1)));

        RuleProbe.Evaluate(ProjectActiveRule.Create(PhaseStart, FirstDay).OrThrow(), Baseline.Request, context).Expected.Should().Be(RuleValue.OfDate(FirstDay));
    }

    [Fact]
    public void An_activity_ending_on_the_last_day_of_the_phase_passes() =>
        RuleProbe.Evaluate(ProjectActiveRule.Create(PhaseStart, FirstDay.PlusDays(1)).OrThrow(), Baseline.Request).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void A_passing_outcome_reports_the_first_allowed_day_and_the_start()
    {
        var outcome = RuleProbe.Evaluate(ProjectActiveRule.Default, Baseline.Request);

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Expected.Should().Be(RuleValue.OfDate(PhaseStart));
        outcome.Actual.Should().Be(RuleValue.OfDate(FirstDay));
    }

    [Fact]
    public void An_outcome_recorded_as_not_applicable_expects_nothing() =>
        new RuleOutcome(ProjectActiveRule.Default, OutcomeStatus.NotApplicable, default).Expected.Should().Be(RuleValue.OfText("n/a"));

    [Fact]
    public void Evidence_beyond_the_calendar_is_described_as_its_last_day()
    {
        var outcome = new RuleOutcome(ProjectActiveRule.Default, OutcomeStatus.Fail, new Evidence(int.MaxValue, -1, 3));

        outcome.Expected.Should().Be(RuleValue.OfDate(LocalDate.MaxIsoValue));
        outcome.Actual.Should().Be(RuleValue.OfDate(LocalDate.MaxIsoValue));
    }
}
