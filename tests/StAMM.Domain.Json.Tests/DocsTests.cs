using System.Reflection;
using StAMM.Domain.BuiltIn;

namespace StAMM.Domain.Json.Tests;

/// <summary>docs/json.md shows code that runs, and names every problem code.</summary>
public sealed class DocsTests
{
    private static readonly string Doc = Repository.Read("docs/json.md");

    [Fact]
    public void The_three_line_example_runs()
    {
        Doc.Should().Contain("var json = StammJson.WriteProject(Stamm.Project);")
            .And.Contain("var result = StammJson.ReadProject(json);")
            .And.Contain("Console.WriteLine(result.IsValid ? result.OrThrow().Title : string.Join(\"\\n\", result.Problems));");

        var json = StammJson.WriteProject(Stamm.Project);               // write: indented UTF-8 text
        var result = StammJson.ReadProject(json);                       // read: the project, or every problem
        var line = result.IsValid ? result.OrThrow().Title : string.Join("\n", result.Problems);

        line.Should().Be(Stamm.Project.Title);
    }

    [Fact]
    public void Every_problem_code_is_documented()
    {
        var codes = typeof(JsonProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!);

        codes.Should().NotBeEmpty().And.OnlyContain(code => Doc.Contains($"`{code}`", StringComparison.Ordinal));
    }

    [Fact]
    public void The_abridged_example_is_a_valid_project_document()
    {
        var start = Doc.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var example = Doc[start..Doc.IndexOf("\n```", start, StringComparison.Ordinal)];

        StammJson.ReadProject(example).Problems.Should().BeEmpty();
        SchemaValidation.Errors(SchemaValidation.Project, example).Should().BeEmpty();
    }
}
