using System.Text.Json;

namespace StAMM.Cli.Tests;

/// <summary>
/// <c>stamm schema</c> writes the schemas a document names in <c>$schema</c>, under those names, so a validator works
/// offline; and no output of the tool names an address of the project, since none is confirmed.
/// </summary>
public sealed class SchemaCommandTests : IDisposable
{
    private static readonly string[] Kinds = ["decision", "project", "request", "ruleSet", "portfolio", "caseEvents", "report", "iatiImport", "iatiCheck"];

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stamm-schema-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Schema_with_out_writes_the_schema_to_the_file()
    {
        var file = Path.Combine(_dir.FullName, "project.schema.json");

        var run = CliRun.Of("schema", "project", "--out", file);

        run.ExitCode.Should().Be(0);
        File.ReadAllText(file).Should().Be(CliRun.Of("schema", "project").Output);
    }

    [Fact]
    public void Schema_all_writes_every_kind_under_the_file_name_its_documents_name()
    {
        var run = CliRun.Of("schema", "--all", "--out", _dir.FullName);

        run.ExitCode.Should().Be(0);
        _dir.GetFiles().Select(f => f.Name).Should().BeEquivalentTo(
            "decision.schema.json", "project.schema.json", "request.schema.json", "ruleSet.schema.json", "portfolio.schema.json", "caseEvents.schema.json", "report.schema.json", "iati-import.schema.json", "iati-check.schema.json");
    }

    [Fact]
    public void A_document_s_schema_resolves_beside_it_to_the_schema_stamm_schema_writes()
    {
        CliRun.Of("schema", "--all", "--out", _dir.FullName);
        var document = Path.Combine(_dir.FullName, "stamm.json");
        File.WriteAllText(document, CliRun.Of("project", "show", "--format", "json").Output);

        using var json = JsonDocument.Parse(File.ReadAllText(document));
        var resolved = new Uri(new Uri(document), json.RootElement.GetProperty("$schema").GetString());

        resolved.IsFile.Should().BeTrue();
        File.ReadAllText(resolved.LocalPath).Should().Be(CliRun.Of("schema", "project").Output);
    }

    [Fact]
    public void Schema_all_creates_a_missing_folder()
    {
        var folder = Path.Combine(_dir.FullName, "schemas");

        CliRun.Of("schema", "--all", "--out", folder).ExitCode.Should().Be(0);
        Directory.GetFiles(folder).Should().HaveCount(Kinds.Length);
    }

    [Fact]
    public void Schema_all_without_a_folder_exits_2() =>
        CliRun.Of("schema", "--all").Should().Match<CliRun>(r => r.ExitCode == 2 && r.Error.Contains("--out <folder>"));

    [Fact]
    public void Schema_with_a_kind_and_all_exits_2() =>
        CliRun.Of("schema", "project", "--all", "--out", _dir.FullName).ExitCode.Should().Be(2);

    [Fact]
    public void Schema_without_a_kind_exits_2() => CliRun.Of("schema").ExitCode.Should().Be(2);

    [Fact]
    public void Schema_to_a_folder_that_does_not_exist_exits_3() =>
        CliRun.Of("schema", "project", "--out", Path.Combine(_dir.FullName, "missing", "project.schema.json")).ExitCode.Should().Be(3);

    [Fact]
    public void No_output_of_any_command_names_an_address_of_the_project()
    {
        var export = Path.Combine(_dir.FullName, "stamm.xml");
        CliRun.Of("export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD", "--out", export).ExitCode.Should().Be(0);
        string[][] commands =
        [
            ["--help"],
            ["project", "show"],
            ["project", "show", "--format", "json"],
            ["rules", "list"],
            ["rules", "list", "--format", "json"],
            ["validate", Samples.Request("review-workshop-ba.json")],
            ["evaluate", Samples.Request("review-workshop-ba.json"), "--as-of", "2026-03-02"],
            ["evaluate", Samples.Request("review-workshop-ba.json"), "--as-of", "2026-03-02", "--format", "json"],
            ["export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD"],
            ["import", "iati", export],
            ["import", "iati", export, "--format", "json"],
            ["check", "iati", export],
            ["check", "iati", export, "--format", "json"],
            .. Kinds.Select(k => new[] { "schema", k }),
        ];

        foreach (var args in commands)
        {
            var run = CliRun.Of(args);
            var printed = run.Output + run.Error;
            printed.Should().NotContainAny(["icmpd/stamm-domain", "raw.githubusercontent.com", "github.com/icmpd"], $"'stamm {string.Join(' ', args)}' may name no address that is not confirmed");
            printed.Should().NotBeEmpty($"'stamm {string.Join(' ', args)}' prints something to search");
        }

        File.ReadAllText(export).Should().NotContain("icmpd/stamm-domain");
    }
}
