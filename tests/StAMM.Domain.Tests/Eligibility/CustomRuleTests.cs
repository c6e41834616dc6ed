using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class CustomRuleTests
{
    [Fact]
    public void A_custom_rule_appears_in_the_trace_with_its_own_explanation()
    {
        var rules = RuleSet.Create("custom", "1", new LocalDate(2018, 12, 1), null, [.. StammRuleSet.Default.Rules, new MaxTitleLengthRule(10)]).OrThrow();

        var outcome = Baseline.Context.Evaluate(Baseline.Request, rules).Case.OutcomeOf("X-TITLE-LENGTH")!.Value;

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Message.Should().Be("The title has 29 characters; at most 10 fit on a certificate.");
        outcome.Rule.Parameters.Single().ToString().Should().Be("maxCharacters = 10 characters");
    }

    [Fact]
    public void A_custom_rule_that_answers_for_another_rule_is_caught()
    {
        var rules = RuleSet.Create("custom", "1", new LocalDate(2018, 12, 1), null, [new ImpostorRule()]).OrThrow();

        var act = () => Baseline.Context.Evaluate(Baseline.Request, rules);

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void The_error_for_a_custom_rule_that_answers_for_another_rule_names_both_rules()
    {
        var rules = RuleSet.Create("custom", "1", new LocalDate(2018, 12, 1), null, [new ImpostorRule()]).OrThrow();

        var act = () => Baseline.Context.Evaluate(Baseline.Request, rules);

        act.Should().Throw<InvalidOperationException>().WithMessage("*X-IMPOSTOR*ACT-LEAD-TIME*");
    }

    /// <summary>The documentation's example of a custom rule.</summary>
    private sealed class MaxTitleLengthRule(int maxCharacters)
        : EligibilityRule("X-TITLE-LENGTH", "Title fits on a certificate", Severity.NeedsReview, RuleStage.Reporting, new SourceReference("House style"))
    {
        public override string Kind => "maxTitleLength";

        public override ImmutableArray<RuleParameter> Parameters { get; } = [new("maxCharacters", RuleValue.OfNumber(maxCharacters, "characters"))];

        public override RuleOutcome Evaluate(in EvaluationInput input)
        {
            var length = input.Request.Title.Length;
            return length <= maxCharacters ? Pass(maxCharacters, length) : Warn(maxCharacters, length);
        }

        public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
            ? "The title fits."
            : $"The title has {outcome.Evidence.Actual} characters; at most {outcome.Evidence.Expected} fit on a certificate.";
    }

    private sealed class ImpostorRule()
        : EligibilityRule("X-IMPOSTOR", "Impostor", Severity.Advisory, RuleStage.Reporting, new SourceReference("test"))
    {
        public override string Kind => "impostor";

        public override ImmutableArray<RuleParameter> Parameters => [];

        public override RuleOutcome Evaluate(in EvaluationInput input) => new(StAMM.Domain.Eligibility.Rules.LeadTimeRule.Default, OutcomeStatus.Pass, default);
    }
}
