using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Validation;

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

    /// <summary>
    /// The declared range is the one the factory checks: for every built-in parameter that declares a least value, a
    /// value just below it (just at it, for an exclusive one) is refused at the parameter's path, so a declared range the
    /// rule does not check, or checks differently, fails here.
    /// </summary>
    [Fact]
    public void Every_built_in_rule_refuses_a_number_just_outside_the_range_its_kind_declares()
    {
        var declared = StammRuleSet.Default.Rules
            .SelectMany(r => StammRuleSet.Kinds.Find(r.Kind)!.Parameters
                .Where(p => p is not RuleParameterFamily && p.Minimum is not null)
                .Select(p => (Rule: r, Parameter: p)))
            .ToList();
        var accepted = new List<string>();
        foreach (var (rule, parameter) in declared)
        {
            var outside = parameter.IsMinimumExclusive ? parameter.Minimum!.Value : parameter.Minimum!.Value - 1;
            var parameters = rule.Parameters.Select(p => p.Name == parameter.Name ? new RuleParameter(p.Name, RuleValue.OfNumber(outside, p.Value.Unit)) : p);

            var made = StammRuleSet.Kinds.Find(rule.Kind)!.Make(new RuleDescription(rule.Kind, rule.Code, rule.Title, rule.Severity, rule.Stage, rule.Source, parameters));

            if (!made.Problems.Any(p => p.Code == ProblemCodes.OutOfRange && p.Path == "parameters." + parameter.Name))
            {
                accepted.Add($"{rule.Code}: {parameter.Name} = {outside}");
            }
        }

        declared.Should().HaveCountGreaterThanOrEqualTo(10, "the built-in kinds declare the ranges of their numbers");
        accepted.Should().BeEmpty();
    }

    [Fact]
    public void A_whole_number_below_its_declared_least_value_is_a_problem_at_its_name_saying_the_bound_and_the_value()
    {
        var maxExperts = RuleParameterDeclaration.WholeNumber("maxExperts", "The most experts.", unit: "experts", minimum: 1);

        maxExperts.ProblemWith(0).Should().Be(new ValidationProblem(ProblemCodes.OutOfRange, "maxExperts", "At least 1 expert; 0 was given."));
    }

    [Fact]
    public void A_whole_number_above_its_declared_greatest_value_is_a_problem()
    {
        var share = RuleParameterDeclaration.WholeNumber("share", "A share in percent.", minimum: 0, maximum: 100);

        share.ProblemWith(101).Should().Be(new ValidationProblem(ProblemCodes.OutOfRange, "share", "At most 100; 101 was given."));
    }

    [Fact]
    public void A_number_within_its_declared_range_has_no_problem()
    {
        var share = RuleParameterDeclaration.WholeNumber("share", "A share in percent.", minimum: 0, maximum: 100);

        share.ProblemWith(0).Should().BeNull();
        share.ProblemWith(100).Should().BeNull();
    }

    [Fact]
    public void An_amount_of_zero_is_refused_since_an_amount_is_above_zero()
    {
        var ceiling = RuleParameterDeclaration.Amount("ceiling", "The most a request costs.");

        ceiling.ProblemWith(Money.Of(0m, Currency.Eur)).Should().Be(new ValidationProblem(ProblemCodes.OutOfRange, "ceiling", "Above zero; 0 was given."));
        ceiling.ProblemWith(Money.Of(0.01m, Currency.Eur)).Should().BeNull();
    }
}
