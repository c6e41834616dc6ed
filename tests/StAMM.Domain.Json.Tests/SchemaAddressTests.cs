using System.Text.Json;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// A document's <c>$schema</c> names what exists: the schema file this package ships under <c>schemas/</c> (packed from
/// docs/schemas), by its file name relative to the document, since no address of the project is confirmed; the
/// <c>StammRepositoryUrl</c> build property, when set, makes it an address in that repository.
/// </summary>
public sealed class SchemaAddressTests
{
    private static readonly string Request = Repository.Read("docs/samples/requests/eligible-online-workshop-rs.json");

    public static TheoryData<string> Kinds => [StammJson.ProjectKind, StammJson.RequestKind, StammJson.RuleSetKind, StammJson.DecisionKind];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_document_s_schema_resolves_beside_it_to_the_shipped_schema_of_its_kind(string kind)
    {
        var reference = SchemaOf(Write(kind));

        // A validator resolves a relative reference against the document: save the shipped schemas beside it.
        var folder = new Uri(Repository.PathOf("docs/schemas/"));
        var resolved = new Uri(folder, reference);

        resolved.IsFile.Should().BeTrue($"'{reference}' should be a file beside the document, not an address no one confirmed");
        File.ReadAllText(resolved.LocalPath).Should().Be(StammJson.Schema(kind));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_schema_s_id_is_what_its_documents_name(string kind)
    {
        using var schema = JsonDocument.Parse(StammJson.Schema(kind));

        schema.RootElement.GetProperty("$id").GetString().Should().Be(SchemaOf(Write(kind)));
    }

    [Fact]
    public void Without_an_address_a_schema_is_named_by_its_file_name() =>
        DocumentKinds.SchemaAddressOf("project.schema.json", repositoryUrl: null).Should().Be("project.schema.json");

    [Fact]
    public void A_configured_address_takes_over() =>
        DocumentKinds.SchemaAddressOf("project.schema.json", "https://git.example.org/stamm-domain")
            .Should().Be("https://git.example.org/stamm-domain/raw/main/docs/schemas/project.schema.json");

    [Fact]
    public void The_schema_file_of_a_kind_is_the_kind_s_name() =>
        StammJson.SchemaFile(StammJson.RuleSetKind).Should().Be("ruleSet.schema.json");

    [Fact]
    public void The_schema_file_of_an_unknown_kind_is_refused() =>
        FluentActions.Invoking(() => StammJson.SchemaFile("portfolioo")).Should().Throw<ArgumentException>().WithParameterName("kind");

    private static string Write(string kind) => kind switch
    {
        StammJson.ProjectKind => StammJson.WriteProject(Stamm.Project),
        StammJson.RequestKind => Request,
        StammJson.RuleSetKind => StammJson.WriteRuleSet(StammRuleSet.Default),
        _ => StammJson.WriteDecision(new Evaluator(StammRuleSet.Default).Evaluate(
            StammJson.ReadRequest(Request).OrThrow(),
            EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 3, 2)).OrThrow())),
    };

    private static string SchemaOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("$schema").GetString()!;
    }
}
