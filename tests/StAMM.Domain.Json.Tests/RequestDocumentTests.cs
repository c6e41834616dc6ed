using CsCheck;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Json.Tests;

public sealed class RequestDocumentTests
{
    /// <summary>The day the samples are evaluated on: the day they were all submitted.</summary>
    private static readonly LocalDate AsOf = new(2026, 3, 2);

    public static TheoryData<string, DecisionKind> Samples => new()
    {
        { "eligible-online-workshop-rs.json", DecisionKind.Eligible },
        { "review-workshop-ba.json", DecisionKind.NeedsReview },
        { "review-study-visit-mk.json", DecisionKind.NeedsReview },
        { "ineligible-equipment-me.json", DecisionKind.Ineligible },
    };

    [Fact]
    public void A_request_reads_back_equal_to_the_written_one() => RequestGenerators.Request.Sample(
        request =>
        {
            var json = StammJson.WriteRequest(request);
            var back = StammJson.ReadRequest(json);
            back.Problems.Should().BeEmpty(json);
            back.OrThrow().Should().Be(request, json);
        },
        iter: 300);

    [Fact]
    public void A_compact_request_reads_back_from_bytes() => RequestGenerators.Request.Sample(
        request =>
        {
            var json = StammJson.WriteRequest(request, JsonWriteOptions.Compact);
            StammJson.ReadRequest(System.Text.Encoding.UTF8.GetBytes(json), JsonReadOptions.Default).OrThrow().Should().Be(request, json);
        },
        iter: 100);

    [Fact]
    public void Generated_request_documents_validate_against_the_committed_schema() => RequestGenerators.Request.Sample(
        request =>
        {
            var json = StammJson.WriteRequest(request);
            SchemaValidation.Errors(SchemaValidation.Request, json).Should().BeEmpty(json);
        },
        iter: 50);

    [Fact]
    public void The_committed_request_schema_is_the_generated_one() =>
        Repository.ShouldMatchGenerated("docs/schemas/request.schema.json", StammJson.Schema(StammJson.RequestKind));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_sample_request_gets_its_decision_from_the_built_in_project_and_rules(string file, DecisionKind expected)
    {
        var request = StammJson.ReadRequest(Repository.Read("docs/samples/requests/" + file)).OrThrow();
        var context = EvaluationContext.CreateAsOf(Stamm.Project, AsOf).OrThrow();

        var decision = new Evaluator(StammRuleSet.Default).Evaluate(request, context);

        decision.Kind.Should().Be(expected, decision.ToString());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_sample_request_is_what_the_writer_writes_for_it(string file, DecisionKind expected)
    {
        _ = expected;
        var path = "docs/samples/requests/" + file;
        Repository.ShouldMatchGenerated(path, StammJson.WriteRequest(StammJson.ReadRequest(Repository.Read(path)).OrThrow()));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_sample_request_validates_against_the_committed_schema(string file, DecisionKind expected)
    {
        _ = expected;
        SchemaValidation.Errors(SchemaValidation.Request, Repository.Read("docs/samples/requests/" + file)).Should().BeEmpty();
    }

    [Fact]
    public void A_request_document_reads_through_the_kind_dispatch()
    {
        var document = StammJson.Read(Repository.Read("docs/samples/requests/review-workshop-ba.json")).OrThrow();

        document.Should().BeOfType<RequestDocument>().Which.Request.Identifier.Should().Be("2026-011-BA-MoS");
    }

    [Fact]
    public void Every_problem_of_a_request_is_reported_with_its_JSON_path()
    {
        var json = Repository.Read("docs/samples/requests/review-workshop-ba.json")
            .Replace("\"2026-03-02T09:30:00Z\"", "\"2 March 2026\"", StringComparison.Ordinal)
            .Replace("\"email\": \"amra.hodzic@msb.gov.ba\"", "\"email\": \"amra.hodzic\"", StringComparison.Ordinal)
            .Replace("\"end\": \"2026-06-10\"", "\"end\": \"2026-06-01\"", StringComparison.Ordinal)
            .Replace("\"category\": \"travel\"", "\"category\": \"flights\"", StringComparison.Ordinal);

        var problems = StammJson.ReadRequest(json).Problems.Select(p => p.Path).ToList();

        problems.Should().BeEquivalentTo(["$.submitted", "$.contact.email", "$.dates.end", "$.costs[0].category"]);
    }

    [Fact]
    public void The_factory_checks_of_a_request_are_reported_below_the_document_root()
    {
        var json = Repository.Read("docs/samples/requests/review-workshop-ba.json")
            .Replace("\"themes\": [\n    \"asylum\"\n  ]", "\"themes\": []", StringComparison.Ordinal);

        StammJson.ReadRequest(json).Problems.Should().ContainSingle().Which.Path.Should().Be("$.themes");
    }

    [Fact]
    public void A_project_document_is_not_read_as_a_request() =>
        StammJson.ReadRequest(StammJson.WriteProject(Stamm.Project)).Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.UnknownKind);
}
