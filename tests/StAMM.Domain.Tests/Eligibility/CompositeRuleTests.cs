using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class CompositeRuleTests
{
    private static readonly SourceReference Source = new("test");

    private static RuleSet With(EligibilityRule rule) => RuleSet.Create("t", "1", new LocalDate(2018, 12, 1), null, [rule]).OrThrow();

    [Fact]
    public void All_of_fails_when_one_child_fails()
    {
        var rule = AllOfRule.Create("X-ALL", "All", Severity.Blocks, RuleStage.Timing, Source, [LeadTimeRule.Default, MinimumParticipantsRule.Default]).OrThrow();

        var outcome = Baseline.Context.Evaluate(Baseline.Request.StartingIn(days: 5), With(rule)).Outcomes.Single();

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Actual.Codes.Should().Equal(LeadTimeRule.RuleCode);
    }

    [Fact]
    public void Any_of_passes_when_one_child_passes()
    {
        var rule = AnyOfRule.Create("X-ANY", "Any", Severity.Blocks, RuleStage.Timing, Source, [LeadTimeRule.Default, MinimumParticipantsRule.Default]).OrThrow();

        Baseline.Context.Evaluate(Baseline.Request.StartingIn(days: 5), With(rule)).Kind.Should().Be(DecisionKind.Eligible);
    }

    [Fact]
    public void Not_fails_when_its_child_passes()
    {
        var rule = NotRule.Create("X-NOT", "Not", Severity.Blocks, RuleStage.Timing, Source, LeadTimeRule.Default).OrThrow();

        Baseline.Context.Evaluate(Baseline.Request, With(rule)).Kind.Should().Be(DecisionKind.Ineligible);
    }

    [Fact]
    public void A_composite_lists_its_children_as_a_parameter() =>
        AllOfRule.Create("X-ALL", "All", Severity.Blocks, RuleStage.Timing, Source, [LeadTimeRule.Default]).OrThrow()
            .Parameters.Single().Value.Codes.Should().Equal(LeadTimeRule.RuleCode);

    [Fact]
    public void A_composite_without_children_is_refused() =>
        AnyOfRule.Create("X-ANY", "Any", Severity.Blocks, RuleStage.Timing, Source, []).IsValid.Should().BeFalse();
}
