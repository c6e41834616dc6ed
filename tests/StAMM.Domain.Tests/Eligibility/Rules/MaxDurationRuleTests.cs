using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class MaxDurationRuleTests
{
    private static readonly LocalDate Monday = new(2025, 6, 9);

    private static RequestBuilder Mission => Baseline.Request.OfKind(ActivityType.ExpertMission);

    [Fact]
    public void A_training_lasting_exactly_the_limit_passes_in_calendar_days()
    {
        var outcome = RuleProbe.Evaluate(MaxDurationRule.Default, Baseline.Request.OfKind(ActivityType.Training).Lasting(3));

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Expected.Should().Be(RuleValue.OfNumber(3, "days"));
        outcome.Actual.Should().Be(RuleValue.OfNumber(3, "days"));
    }

    [Fact]
    public void A_training_one_day_over_the_limit_fails_in_calendar_days()
    {
        var outcome = RuleProbe.Evaluate(MaxDurationRule.Default, Baseline.Request.OfKind(ActivityType.Training).Lasting(4));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Message.Should().Be("The duration of 4 days exceeds the limit of 3 days.");
    }

    [Fact]
    public void An_expert_mission_over_a_weekend_counts_only_its_working_days()
    {
        var outcome = RuleProbe.Evaluate(MaxDurationRule.Default, Mission.On(Monday, Monday.PlusDays(6)));

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Actual.Should().Be(RuleValue.OfNumber(5, "working days"));
        outcome.Expected.Should().Be(RuleValue.OfNumber(5, "working days"));
    }

    [Fact]
    public void An_expert_mission_with_a_sixth_working_day_fails()
    {
        var outcome = RuleProbe.Evaluate(MaxDurationRule.Default, Mission.On(Monday, Monday.PlusDays(7)));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Message.Should().Be("The duration of 6 working days exceeds the limit of 5 working days.");
    }

    [Fact]
    public void A_mission_in_a_window_passes_when_some_placement_of_its_days_fits_the_working_day_limit()
    {
        // Friday 6 to Saturday 14 June, 8 days: starting on Friday gives 6 working days, starting on Saturday only 5.
        var outcome = RuleProbe.Evaluate(MaxDurationRule.Default, Mission.Within(Monday.PlusDays(-3), Monday.PlusDays(5)).Lasting(8));

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Actual.Should().Be(RuleValue.OfNumber(5, "working days"));
    }

    [Fact]
    public void A_mission_in_a_window_is_judged_only_by_placements_inside_the_window()
    {
        // Thursday 5 to Friday 13 June, 8 days: both placements have 6 working days; a Saturday start would leave the window.
        var outcome = RuleProbe.Evaluate(MaxDurationRule.Default, Mission.Within(Monday.PlusDays(-4), Monday.PlusDays(4)).Lasting(8));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Actual.Should().Be(RuleValue.OfNumber(6, "working days"));
    }

    [Fact]
    public void Creating_the_rule_refuses_a_limit_below_one_day() =>
        MaxDurationRule.Create([new(ActivityType.Training, 3), new(ActivityType.Workshop, 0)])
            .Should().FailWithExactly(ProblemCodes.OutOfRange, "limits[1].days");

    [Fact]
    public void A_limit_of_one_day_is_allowed() =>
        MaxDurationRule.Create([new(ActivityType.Training, 1)]).Should().BeValid();

    [Fact]
    public void Creating_the_rule_reports_each_repeated_limit_of_a_type_once() =>
        MaxDurationRule.Create([new(ActivityType.Training, 3), new(ActivityType.Workshop, 3), new(ActivityType.Training, 4), new(ActivityType.Training, 5)])
            .Should().FailWithExactly((ProblemCodes.Duplicate, "limits[2]"), (ProblemCodes.Duplicate, "limits[3]"));

    [Fact]
    public void The_limits_are_kept_in_the_order_of_the_activity_types()
    {
        var rule = MaxDurationRule.Create([new(ActivityType.PeerReview, 4), new(ActivityType.Workshop, 2), new(ActivityType.Assessment, 9)]).OrThrow();

        rule.Limits.Select(l => l.Type).Should().Equal(ActivityType.Workshop, ActivityType.Assessment, ActivityType.PeerReview);
    }

    [Fact]
    public void The_parameters_give_each_limit_with_its_unit_and_whether_a_justification_warns()
    {
        var rule = MaxDurationRule.Create([new(ActivityType.PeerReview, 4, workingDays: true), new(ActivityType.Workshop, 2)], justificationWarns: false).OrThrow();

        rule.Parameters.Select(p => p.ToString()).Should().Equal("maxDays.workshop = 2 days", "maxDays.peerReview = 4 working days", "justificationWarns = false");
    }

    [Fact]
    public void A_duration_limit_reads_as_type_days_and_unit()
    {
        new DurationLimit(ActivityType.Training, 3).ToString().Should().Be("training: 3 days");
        new DurationLimit(ActivityType.ExpertMission, 5, workingDays: true).ToString().Should().Be("expert mission: 5 working days");
        new DurationLimit(ActivityType.Workshop, 1).ToString().Should().Be("workshop: 1 day");
    }
}
