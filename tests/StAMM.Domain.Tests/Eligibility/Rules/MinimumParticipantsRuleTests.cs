using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class MinimumParticipantsRuleTests
{
    [Fact]
    public void By_default_the_minimum_applies_to_trainings_and_workshops() =>
        MinimumParticipantsRule.Create().OrThrow().Types.Should().Equal(ActivityType.Training, ActivityType.Workshop);

    [Fact]
    public void The_minimum_applies_to_the_given_activity_types_only()
    {
        var rule = MinimumParticipantsRule.Create(10, [ActivityType.Conference]).OrThrow();

        RuleProbe.Evaluate(rule, Baseline.Request.OfKind(ActivityType.Conference).WithParticipants(5)).Status.Should().Be(OutcomeStatus.Warn);
        RuleProbe.Evaluate(rule, Baseline.Request.WithParticipants(5)).Status.Should().Be(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void A_minimum_of_one_participant_is_allowed() =>
        MinimumParticipantsRule.Create(1).Should().BeValid();

    [Fact]
    public void A_minimum_below_one_participant_is_refused() =>
        MinimumParticipantsRule.Create(0).Should().FailWithExactly(ProblemCodes.OutOfRange, "minParticipants");
}
