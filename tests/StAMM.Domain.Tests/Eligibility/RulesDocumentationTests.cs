using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.TestFiles;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class RulesDocumentationTests
{
    [Fact]
    public void Every_built_in_rule_is_documented_in_docs_eligibility_rules_md()
    {
        var page = Repository.Read(RulesPage.Path);

        var missing = StammRuleSet.Default.Rules.Select(r => r.Code).Where(code => !page.Contains($"`{code}`", StringComparison.Ordinal));

        missing.Should().BeEmpty("docs/eligibility-rules.md must describe every rule of StammRuleSet.Default");
    }

    /// <summary>
    /// The rules page's parameter table is generated from the kinds' declarations (names, forms, ranges, meanings) and
    /// their default rules (defaults), so a parameter added, renamed or given another default or range changes the page
    /// by regeneration only: <c>STAMM_UPDATE_SCHEMAS=1 dotnet run --project tests/StAMM.Domain.Tests</c> rewrites it.
    /// </summary>
    [Fact]
    public void The_rules_page_parameter_table_is_the_one_the_kinds_declarations_generate()
    {
        Repository.ShouldMatchGeneratedRegion(RulesPage.Path, RulesPage.Region, RulesPage.ParameterTable(StammRuleSet.Kinds));
    }

    [Fact]
    public void The_parameter_table_gives_each_declared_parameter_of_a_kind_with_its_range_and_its_default()
    {
        var table = RulesPage.ParameterTable(StammRuleSet.Kinds);

        table.Should().Contain("| `leadTime` | `ACT-LEAD-TIME` | `warnBelowDays` | whole number of days | 60 days |")
            .And.Contain("| | | `failBelowDays` | whole number of days, at least 0 | 21 days | Below this many days the rule fails. |")
            .And.Contain("| `costCeiling` | `BUD-CEILING-PER-REQUEST` | `softPerActivity` | amount with a currency code, above 0 | 25000 EUR |");
    }

    [Fact]
    public void The_parameter_table_has_a_row_for_every_parameter_every_built_in_kind_declares()
    {
        var table = RulesPage.ParameterTable(StammRuleSet.Kinds);

        var missing = StammRuleSet.Kinds.Declarations
            .SelectMany(k => k.Parameters.Select(p => (Kind: k.Name, Parameter: p is RuleParameterFamily ? p.Name + "{key}" : p.Name)))
            .Where(x => !table.Contains($"| `{x.Parameter}` |", StringComparison.Ordinal));

        missing.Should().BeEmpty();
    }
}
