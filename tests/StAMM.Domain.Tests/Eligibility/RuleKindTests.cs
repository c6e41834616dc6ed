using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Tests.Eligibility;

/// <summary>The built-in kinds are declared once, registered through the public registry, and their rules fit their declarations.</summary>
public sealed class RuleKindTests
{
    [Fact]
    public void Every_rule_of_the_built_in_set_has_its_kind_registered_in_StammRuleSet_Kinds()
    {
        StammRuleSet.Default.Rules.Select(r => r.Kind).Where(k => !StammRuleSet.Kinds.Contains(k)).Should().BeEmpty();
    }

    [Fact]
    public void Every_built_in_rule_is_made_again_equal_by_its_kind_from_the_parameters_it_writes()
    {
        foreach (var rule in StammRuleSet.Default.Rules)
        {
            var kind = StammRuleSet.Kinds.Find(rule.Kind)!;
            var made = kind.Make(new RuleDescription(rule.Kind, rule.Code, rule.Title, rule.Severity, rule.Stage, rule.Source, rule.Parameters));

            made.Problems.Should().BeEmpty(rule.Code);
            made.OrThrow().Should().Be(rule, rule.Code);
        }
    }

    [Fact]
    public void Every_parameter_a_built_in_rule_writes_is_declared_by_its_kind()
    {
        var undeclared = StammRuleSet.Default.Rules
            .SelectMany(r => r.Parameters.Where(p => StammRuleSet.Kinds.Find(r.Kind)!.Find(p.Name) is null).Select(p => $"{r.Code}: {p.Name}"));

        undeclared.Should().BeEmpty();
    }

    [Fact]
    public void A_kind_reports_a_missing_an_unknown_and_a_mistyped_parameter_at_their_paths()
    {
        var lead = StammRuleSet.Kinds.Find("leadTime")!;
        var rule = StammRuleSet.Default.Rules.Single(r => r.Kind == "leadTime");

        var made = lead.Make(new RuleDescription("leadTime", rule.Code, rule.Title, rule.Severity, rule.Stage, rule.Source,
            [new("warnBelowDays", RuleValue.OfText("sixty")), new("emergencyOverride", RuleValue.OfFlag(true)), new("graceDays", RuleValue.OfNumber(3))]));

        made.Problems.Select(p => p.Path).Should().BeEquivalentTo(["parameters.failBelowDays", "parameters.warnBelowDays", "parameters.graceDays"]);
    }

    [Fact]
    public void A_kind_cannot_be_registered_twice()
    {
        var act = () => StammRuleSet.Kinds.With(StammRuleSet.Kinds.Find("leadTime")!);

        act.Should().Throw<ArgumentException>();
    }
}
