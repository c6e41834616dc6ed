using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Eligibility.Rules;
using StAMM.Domain.Validation;

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

    [Fact]
    public void All_of_passes_when_every_child_passes()
    {
        var outcome = Outcome(AllOf(Passing("A"), Passing("B")));

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Actual.Codes.Should().BeEmpty();
        outcome.Message.Should().Be("All: met.");
    }

    [Fact]
    public void All_of_warns_when_a_child_warns_and_none_fails()
    {
        var outcome = Outcome(AllOf(Passing("A"), Warning("B")));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Codes.Should().Equal("B");
    }

    [Fact]
    public void All_of_fails_when_a_later_child_fails_and_lists_every_child_with_a_finding()
    {
        var outcome = Outcome(AllOf(Passing("A"), Warning("B"), Failing("C")));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Actual.Codes.Should().Equal("B", "C");
        outcome.Message.Should().Be("All: not met; findings of B, C.");
    }

    [Fact]
    public void All_of_does_not_count_children_that_do_not_apply()
    {
        Outcome(AllOf(NotApplying("A"), Passing("B"))).Status.Should().Be(OutcomeStatus.Pass);
    }

    [Fact]
    public void All_of_does_not_apply_when_no_child_applies()
    {
        var outcome = Outcome(AllOf(NotApplying("A"), NotApplying("B")));

        outcome.Status.Should().Be(OutcomeStatus.NotApplicable);
        outcome.Message.Should().Be("All: does not apply.");
    }

    [Fact]
    public void Any_of_warns_when_no_child_passes_and_one_warns()
    {
        var outcome = Outcome(AnyOf(Failing("A"), Warning("B")));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Codes.Should().Equal("A", "B");
    }

    [Fact]
    public void Any_of_fails_when_every_child_that_applies_fails()
    {
        Outcome(AnyOf(Failing("A"), NotApplying("B"), Failing("C"))).Status.Should().Be(OutcomeStatus.Fail);
    }

    [Fact]
    public void Any_of_does_not_apply_when_no_child_applies()
    {
        Outcome(AnyOf(NotApplying("A"), NotApplying("B"))).Status.Should().Be(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void Not_passes_when_its_child_fails()
    {
        Outcome(Not(Failing("A"))).Status.Should().Be(OutcomeStatus.Pass);
    }

    [Fact]
    public void Not_warns_when_its_child_warns()
    {
        Outcome(Not(Warning("A"))).Status.Should().Be(OutcomeStatus.Warn);
    }

    [Fact]
    public void Not_does_not_apply_when_its_child_does_not()
    {
        Outcome(Not(NotApplying("A"))).Status.Should().Be(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void A_composite_refuses_a_code_that_is_not_upper_case_letters_digits_and_dashes() =>
        AllOfRule.Create("x all", "All", Severity.Blocks, RuleStage.Timing, Source, [Passing("A")])
            .Should().FailWithExactly(ProblemCodes.InvalidFormat, "code");

    [Fact]
    public void A_composite_refuses_a_blank_title() =>
        AnyOfRule.Create("X-ANY", " ", Severity.Blocks, RuleStage.Timing, Source, [Passing("A")])
            .Should().FailWithExactly(ProblemCodes.Required, "title");

    [Fact]
    public void A_composite_holds_up_to_31_children()
    {
        var children = Enumerable.Range(1, CompositeRule.MaxChildren + 1).Select(i => Passing($"C{i}")).ToArray();

        AllOfRule.Create("X-ALL", "All", Severity.Blocks, RuleStage.Timing, Source, children[..^1]).Should().BeValid();
        AllOfRule.Create("X-ALL", "All", Severity.Blocks, RuleStage.Timing, Source, children)
            .Should().FailWithExactly(ProblemCodes.OutOfRange, "children");
    }

    [Fact]
    public void A_composite_reports_each_repeated_child_code_once_at_the_repeat()
    {
        var result = AnyOf(Passing("A"), Passing("A"), Failing("A"), Passing("B"));

        result.Should().FailWithExactly((ProblemCodes.Duplicate, "children[1]"), (ProblemCodes.Duplicate, "children[2]"));
    }

    private static ValidationResult<AllOfRule> AllOf(params EligibilityRule[] children) =>
        AllOfRule.Create("X-ALL", "All", Severity.Blocks, RuleStage.Timing, Source, children);

    private static ValidationResult<AnyOfRule> AnyOf(params EligibilityRule[] children) =>
        AnyOfRule.Create("X-ANY", "Any", Severity.Blocks, RuleStage.Timing, Source, children);

    private static ValidationResult<NotRule> Not(EligibilityRule child) =>
        NotRule.Create("X-NOT", "Not", Severity.Blocks, RuleStage.Timing, Source, child);

    private static RuleOutcome Outcome<T>(ValidationResult<T> rule)
        where T : EligibilityRule =>
        RuleProbe.Evaluate(rule.OrThrow(), Baseline.Request);

    private static FixedOutcomeRule Passing(string code) => new(code, OutcomeStatus.Pass);

    private static FixedOutcomeRule Warning(string code) => new(code, OutcomeStatus.Warn);

    private static FixedOutcomeRule Failing(string code) => new(code, OutcomeStatus.Fail);

    private static FixedOutcomeRule NotApplying(string code) => new(code, OutcomeStatus.NotApplicable);
}
