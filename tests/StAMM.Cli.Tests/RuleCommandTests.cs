using System.Text.Json;
using StAMM.Domain.BuiltIn;

namespace StAMM.Cli.Tests;

public sealed class RuleCommandTests
{
    [Fact]
    public void Rules_list_shows_every_built_in_rule_with_code_parameters_and_source()
    {
        var run = CliRun.Of("rules", "list");

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith($"StAMM eligibility 2026.2 (2018-12-01/..) - {StammRuleSet.Default.Rules.Length} rules")
            .And.Contain("ACT-LEAD-TIME  Lead time")
            .And.Contain("kind leadTime; severity Blocks; stage Timing")
            .And.Contain("warnBelowDays = 60 days")
            .And.Contain("source: ");
    }

    [Fact]
    public void Rules_list_as_json_is_the_rule_set_document()
    {
        var run = CliRun.Of("rules", "list", "--format", "json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("kind").GetString().Should().Be("ruleSet");
        document.RootElement.GetProperty("rules").GetArrayLength().Should().Be(StammRuleSet.Default.Rules.Length);
    }

    [Fact]
    public void Rules_list_reads_a_rule_set_file()
    {
        var path = Path.Combine(Samples.Root, "docs", "samples", "rule-sets", "stamm-eligibility-2026.2.json");

        CliRun.Of("rules", "list", "--rules", path).Output.Should().Be(CliRun.Of("rules", "list").Output);
    }

    [Theory]
    [InlineData("request")]
    [InlineData("decision")]
    [InlineData("ruleSet")]
    public void Schema_prints_the_schema_of_each_new_kind(string kind)
    {
        var run = CliRun.Of("schema", kind);

        run.ExitCode.Should().Be(0);
        using var schema = JsonDocument.Parse(run.Output);
        schema.RootElement.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString().Should().Be(kind);
    }
}
