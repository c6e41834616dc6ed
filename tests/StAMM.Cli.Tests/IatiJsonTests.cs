using System.Text.Json;
using Json.Schema;

namespace StAMM.Cli.Tests;

/// <summary><c>import iati</c> and <c>check iati</c> with <c>--format json</c>: documents that their committed schemas describe.</summary>
public sealed class IatiJsonTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("stamm-iati-json-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Exported()
    {
        var file = Path.Combine(_folder.FullName, "stamm.xml");
        CliRun.Of("export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD", "--out", file).ExitCode.Should().Be(0);
        return file;
    }

    private string Imperfect()
    {
        var file = Path.Combine(_folder.FullName, "imperfect.xml");
        File.WriteAllText(file, File.ReadAllText(Exported()).Replace("percentage=\"16.67\"", "percentage=\"50\"", StringComparison.Ordinal)
            .Replace("<recipient-country code=\"AL\"", "<recipient-country code=\"QQ\"", StringComparison.Ordinal));
        return file;
    }

    // Each schema is built once: JsonSchema.Net registers a schema by its $id, and refuses a second registration.
    private static readonly Dictionary<string, Lazy<JsonSchema>> Schemas = new[] { "iati-import.schema.json", "iati-check.schema.json" }
        .ToDictionary(f => f, f => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Samples.Root, "docs", "schemas", f)))));

    private static IReadOnlyList<string> Errors(string schemaFile, string json)
    {
        var schema = Schemas[schemaFile].Value;
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    [Fact]
    public void Import_as_json_is_valid_against_its_schema_and_holds_every_activity()
    {
        var run = CliRun.Of("import", "iati", Exported(), "--format", "json");

        run.ExitCode.Should().Be(0);
        Errors("iati-import.schema.json", run.Output).Should().BeEmpty();
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        root.GetProperty("kind").GetString().Should().Be("iatiImport");
        root.GetProperty("activityCount").GetInt32().Should().Be(4);
        var first = root.GetProperty("activities")[0];
        first.GetProperty("identifier").GetString().Should().Be("XI-EXAMPLE-ICMPD-StAMM");
        first.GetProperty("status").GetString().Should().Be("implementation");
        first.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Should().Contain("AL");
        first.GetProperty("relatedActivities")[0].GetProperty("relationship").GetString().Should().Be("child");
    }

    [Fact]
    public void Import_as_json_lists_each_activitys_problems_and_stays_valid()
    {
        var run = CliRun.Of("import", "iati", Imperfect(), "--format", "json");

        Errors("iati-import.schema.json", run.Output).Should().BeEmpty();
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("problemCount").GetInt32().Should().BeGreaterThan(0);
        document.RootElement.GetProperty("activities")[0].GetProperty("problems").EnumerateArray()
            .Select(p => p.GetProperty("reason").GetString()).Should().Contain(r => r!.Contains("'QQ'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_as_json_of_a_clean_file_is_valid_against_its_schema_and_exits_0()
    {
        var run = CliRun.Of("check", "iati", Exported(), "--format", "json", "--org-id-prefix", "XI-EXAMPLE");

        run.ExitCode.Should().Be(0);
        Errors("iati-check.schema.json", run.Output).Should().BeEmpty();
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("clean").GetBoolean().Should().BeTrue();
        document.RootElement.GetProperty("activityCount").GetInt32().Should().Be(4);
    }

    [Fact]
    public void Check_as_json_of_a_file_with_findings_names_each_and_exits_1()
    {
        var run = CliRun.Of("check", "iati", Imperfect(), "--format", "json");

        run.ExitCode.Should().Be(1);
        Errors("iati-check.schema.json", run.Output).Should().BeEmpty();
        using var document = JsonDocument.Parse(run.Output);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().Contain(f => f.GetProperty("ruleId").GetString() == "3.4.2" && f.GetProperty("severity").GetString() == "error" && f.GetProperty("activity").GetString() == "XI-EXAMPLE-ICMPD-StAMM");
        document.RootElement.GetProperty("errorCount").GetInt32().Should().Be(findings.Count(f => f.GetProperty("severity").GetString() != "warning"));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("check")]
    public void The_help_documents_the_json_format_and_promises_nothing(string verb)
    {
        var help = CliRun.Of(verb, "iati", "--help").Output;

        help.Should().Contain("json: one document (docs/schemas/iati-").And.NotContain("will come");
    }

    [Theory]
    [InlineData("iatiImport", "iati-import.schema.json")]
    [InlineData("iatiCheck", "iati-check.schema.json")]
    public void Schema_prints_the_committed_schema_of_each_IATI_report(string kind, string file)
    {
        var run = CliRun.Of("schema", kind);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(File.ReadAllText(Path.Combine(Samples.Root, "docs", "schemas", file)));
    }
}
