using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class ExpertsPerMissionRuleTests
{
    [Fact]
    public void By_default_the_limit_applies_to_expert_missions() =>
        ExpertsPerMissionRule.Create().OrThrow().Types.Should().Equal(ActivityType.ExpertMission);

    [Fact]
    public void The_limit_applies_to_the_given_activity_types_only()
    {
        var rule = ExpertsPerMissionRule.Create(1, [ActivityType.PeerReview]).OrThrow();

        RuleProbe.Evaluate(rule, Baseline.Request.OfKind(ActivityType.PeerReview).WithExperts(2)).Status.Should().Be(OutcomeStatus.Warn);
        RuleProbe.Evaluate(rule, Baseline.Request.OfKind(ActivityType.ExpertMission).WithExperts(2)).Status.Should().Be(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void A_limit_of_one_expert_is_allowed() =>
        ExpertsPerMissionRule.Create(1).Should().BeValid();

    [Fact]
    public void A_limit_below_one_expert_is_refused() =>
        ExpertsPerMissionRule.Create(0).Should().FailWithExactly(ProblemCodes.OutOfRange, "maxExperts");
}
