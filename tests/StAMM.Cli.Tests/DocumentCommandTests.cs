using System.Text.Json;

namespace StAMM.Cli.Tests;

public sealed class DocumentCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stamm-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string FileWith(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string ProjectJson() => CliRun.Of("project", "show", "--format", "json").Output;

    [Fact]
    public void Project_show_as_json_writes_the_project_document()
    {
        var run = CliRun.Of("project", "show", "--format", "json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("kind").GetString().Should().Be("project");
        document.RootElement.GetProperty("schemaVersion").GetString().Should().Be("1.0");
        document.RootElement.GetProperty("activities").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public void Project_show_stays_text_by_default() =>
        CliRun.Of("project", "show").Output.Should().Be(CliRun.Of("project", "show", "--format", "text").Output).And.NotStartWith("{");

    [Fact]
    public void Project_show_rejects_an_unknown_format() => CliRun.Of("project", "show", "--format", "xml").ExitCode.Should().Be(2);

    [Fact]
    public void Validate_accepts_the_project_written_by_the_cli()
    {
        var run = CliRun.Of("validate", FileWith("stamm.json", ProjectJson()));

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("valid project document (StAMM, 3 activities)");
    }

    [Fact]
    public void Validate_prints_every_problem_with_its_path_and_exits_1()
    {
        var json = ProjectJson()
            .Replace("\"start\": \"2019-03-13\"", "\"start\": \"2019-02-30\"", StringComparison.Ordinal)
            .Replace("\"mode\": \"online\"", "\"mode\": \"teleport\"", StringComparison.Ordinal)
            .Replace("\"acronym\": \"StAMM\",", "\"acronym\": \"StAMM\", \"budget\": 1,", StringComparison.Ordinal);

        var run = CliRun.Of("validate", FileWith("broken.json", json));

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("3 problems")
            .And.Contain("$.budget: Unknown property 'budget'")
            .And.Contain("$.activities[0].period.start: '2019-02-30' is not a date")
            .And.Contain("$.activities[1].venue.mode: 'teleport' is not a known venue mode");
    }

    [Fact]
    public void Validate_accepts_a_request_document()
    {
        var run = CliRun.Of("validate", Samples.Request("review-workshop-ba.json"));

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("valid request document (2026-011-BA-MoS: Workshop requested by Ministry of Security, BA)");
    }

    [Fact]
    public void Validate_prints_the_problems_of_an_invalid_request_with_their_paths()
    {
        var json = File.ReadAllText(Samples.Request("review-workshop-ba.json")).Replace("\"amra.hodzic@msb.gov.ba\"", "\"amra.hodzic\"", StringComparison.Ordinal);

        var run = CliRun.Of("validate", FileWith("bad-request.json", json));

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("$.contact.email: 'amra.hodzic' is not an e-mail address.");
    }

    [Fact]
    public void Validate_exits_2_for_a_missing_file()
    {
        var run = CliRun.Of("validate", Path.Combine(_dir.FullName, "nothing-here.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("cannot be read");
    }

    [Fact]
    public void Validate_exits_2_for_a_file_that_is_not_json()
    {
        var run = CliRun.Of("validate", FileWith("notes.txt", "StAMM started in December 2018."));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("not a readable JSON document").And.Contain("json-syntax");
    }

    [Fact]
    public void Validate_exits_2_for_an_empty_file() => CliRun.Of("validate", FileWith("empty.json", string.Empty)).ExitCode.Should().Be(2);

    [Fact]
    public void Validate_exits_2_for_a_directory() => CliRun.Of("validate", _dir.FullName).ExitCode.Should().Be(2);

    [Fact]
    public void Validate_reports_an_unknown_document_kind()
    {
        var run = CliRun.Of("validate", FileWith("request.json", "{\"kind\": \"assistanceRequest\", \"schemaVersion\": \"1.0\"}"));

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("$.kind: 'assistanceRequest' is not a known document kind; expected one of: caseEvents, decision, portfolio, project, request, ruleSet");
    }

    [Fact]
    public void Schema_prints_the_project_schema()
    {
        var run = CliRun.Of("schema", "project");

        run.ExitCode.Should().Be(0);
        using var schema = JsonDocument.Parse(run.Output);
        schema.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema.RootElement.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString().Should().Be("project");
    }

    [Fact]
    public void Schema_rejects_an_unknown_kind() => CliRun.Of("schema", "spaceship").ExitCode.Should().Be(2);
}
