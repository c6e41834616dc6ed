using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class StudyVisitDelegationRuleTests
{
    private static RequestBuilder Visit(int size) => Baseline.Request.OfKind(ActivityType.StudyVisit).WithParticipants(size);

    [Fact]
    public void A_delegation_beyond_the_justified_limit_fails_even_with_a_justification()
    {
        var outcome = RuleProbe.Evaluate(StudyVisitDelegationRule.Default, Visit(6).JustifiedBy("The whole asylum unit takes part."));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Expected.Should().Be(RuleValue.OfNumber(5, "participants"));
    }

    [Fact]
    public void A_delegation_above_the_usual_limit_fails_without_a_justification() =>
        RuleProbe.Evaluate(StudyVisitDelegationRule.Default, Visit(4)).Status.Should().Be(OutcomeStatus.Fail);

    [Fact]
    public void A_justified_delegation_up_to_the_justified_limit_needs_review() =>
        RuleProbe.Evaluate(StudyVisitDelegationRule.Default, Visit(5).JustifiedBy("Two ministries share the visit.")).Status.Should().Be(OutcomeStatus.Warn);

    [Fact]
    public void The_created_rule_keeps_its_limits_as_parameters()
    {
        var rule = StudyVisitDelegationRule.Create(2, 4).OrThrow();

        rule.MaxDelegation.Should().Be(2);
        rule.MaxWithJustification.Should().Be(4);
        rule.Parameters.Select(p => p.ToString()).Should().Equal("maxDelegation = 2 participants", "maxWithJustification = 4 participants");
    }

    [Fact]
    public void A_delegation_is_at_least_one_participant() =>
        StudyVisitDelegationRule.Create(0, 0).Should().FailWithExactly(ProblemCodes.OutOfRange, "maxDelegation");

    [Fact]
    public void Limits_of_one_participant_are_allowed() =>
        StudyVisitDelegationRule.Create(1, 1).Should().BeValid();

    [Fact]
    public void The_justified_limit_is_not_below_the_usual_one() =>
        StudyVisitDelegationRule.Create(3, 2).Should().FailWithExactly(ProblemCodes.OutOfRange, "maxWithJustification");
}
