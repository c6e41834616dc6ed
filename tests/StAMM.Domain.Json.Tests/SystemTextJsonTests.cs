using System.Text.Json;
using CsCheck;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// System.Text.Json with <see cref="StammJsonSerializer.AddStammDomain(JsonSerializerOptions)"/> gives exactly the
/// documents <see cref="StammJson"/> writes and reads. This project disables reflection-based serialization, so every
/// test here also shows that no reflection is needed (as under trimming and native AOT).
/// </summary>
public sealed class SystemTextJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().AddStammDomain();

    private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true }.AddStammDomain();

    [Fact]
    public void A_decision_serializes_to_the_compact_decision_document()
    {
        var decision = Documents.Decision();

        JsonSerializer.Serialize(decision, Options).Should().Be(StammJson.WriteDecision(decision, JsonWriteOptions.Compact));
    }

    [Fact]
    public void A_decision_serializes_indented_to_the_decision_document_without_its_final_line_feed()
    {
        var decision = Documents.Decision();

        (JsonSerializer.Serialize(decision, Indented) + "\n").Should().Be(StammJson.WriteDecision(decision));
    }

    [Fact]
    public void A_decision_serializes_to_the_same_UTF8_bytes_as_the_decision_document()
    {
        var decision = Documents.Decision();

        JsonSerializer.SerializeToUtf8Bytes(decision, Options).Should().Equal(System.Text.Encoding.UTF8.GetBytes(StammJson.WriteDecision(decision, JsonWriteOptions.Compact)));
    }

    [Fact]
    public void A_request_serializes_to_its_request_document_and_deserializes_back_equal() => RequestGenerators.Request.Sample(
        request =>
        {
            var json = JsonSerializer.Serialize(request, Options);

            json.Should().Be(StammJson.WriteRequest(request, JsonWriteOptions.Compact));
            JsonSerializer.Deserialize<AssistanceRequest>(json, Options).Should().Be(request, json);
        },
        iter: 100);

    [Fact]
    public void A_request_serializes_with_its_submission_instant_not_an_empty_object()
    {
        var request = Documents.Request();

        var json = JsonSerializer.Serialize(request, Options);

        json.Should().Contain("\"submitted\":\"2026-03-02T09:30:00Z\"").And.NotContain("\"submitted\":{}");
    }

    [Fact]
    public void A_project_serializes_to_its_project_document_and_deserializes_back_equal()
    {
        var json = JsonSerializer.Serialize(Stamm.Project, Indented);

        (json + "\n").Should().Be(StammJson.WriteProject(Stamm.Project));
        JsonSerializer.Deserialize<Projects.TechnicalAssistanceProject>(json, Options).Should().Be(Stamm.Project);
    }

    [Fact]
    public void A_rule_set_serializes_to_its_rule_set_document_and_deserializes_back_equal()
    {
        var json = JsonSerializer.Serialize(StammRuleSet.Default, Options);

        json.Should().Be(StammJson.WriteRuleSet(StammRuleSet.Default, JsonWriteOptions.Compact));
        JsonSerializer.Deserialize<RuleSet>(json, Options)!.Version.Should().Be(StammRuleSet.Default.Version);
    }

    [Fact]
    public void An_invalid_request_throws_a_JsonException_that_carries_every_problem_the_reader_reports()
    {
        var json = Documents.InvalidRequestJson();

        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<AssistanceRequest>(json, Options))
            .Should().Throw<StammJsonException>().Which;

        thrown.Should().BeAssignableTo<JsonException>();
        thrown.Kind.Should().Be(StammJson.RequestKind);
        thrown.Problems.Should().Equal(StammJson.ReadRequest(json).Problems);
        thrown.Problems.Select(p => p.Path).Should().BeEquivalentTo(["$.submitted", "$.contact.email", "$.dates.end", "$.costs[0].category"]);
        thrown.Message.Should().Contain("$.contact.email").And.Contain("$.costs[0].category");
    }

    [Fact]
    public void A_document_with_a_duplicate_property_is_refused_as_the_reader_refuses_it()
    {
        var json = Documents.RequestJson().Replace("\"kind\": \"request\",", "\"kind\": \"request\", \"kind\": \"request\",", StringComparison.Ordinal);

        FluentActions.Invoking(() => JsonSerializer.Deserialize<AssistanceRequest>(json, Options))
            .Should().Throw<StammJsonException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.DuplicateProperty);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_with_the_readers_problem()
    {
        var small = new JsonSerializerOptions().AddStammDomain(new JsonReadOptions { MaxDocumentBytes = 100 });

        FluentActions.Invoking(() => JsonSerializer.Deserialize<AssistanceRequest>(Documents.RequestJson(), small))
            .Should().Throw<StammJsonException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.DocumentTooLarge);
    }

    [Fact]
    public void A_decision_document_is_not_read_back()
    {
        var json = StammJson.WriteDecision(Documents.Decision());

        FluentActions.Invoking(() => JsonSerializer.Deserialize<Decision>(json, Options))
            .Should().Throw<StammJsonException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.NotAllowed);
    }

    [Fact]
    public void A_request_document_is_not_read_as_a_project()
    {
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Projects.TechnicalAssistanceProject>(Documents.RequestJson(), Options))
            .Should().Throw<StammJsonException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.UnknownKind);
    }

    [Fact]
    public void Adding_the_documents_twice_keeps_one_converter_and_one_resolver_for_each()
    {
        var options = new JsonSerializerOptions().AddStammDomain().AddStammDomain(new JsonReadOptions { MaxDocumentBytes = 100 });

        options.Converters.Should().HaveCount(StammJsonSerializer.DocumentTypes.Length);
        options.TypeInfoResolverChain.Should().ContainSingle();
        FluentActions.Invoking(() => JsonSerializer.Deserialize<AssistanceRequest>(Documents.RequestJson(), options))
            .Should().Throw<StammJsonException>().Which.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.DocumentTooLarge);
    }

    [Fact]
    public void The_resolver_goes_ahead_of_resolvers_the_options_already_have()
    {
        var other = new NoTypes();
        var options = new JsonSerializerOptions { TypeInfoResolver = other }.AddStammDomain();

        options.TypeInfoResolverChain.Should().HaveCount(2);
        options.TypeInfoResolverChain[1].Should().BeSameAs(other);
    }

    [Fact]
    public void The_ready_made_options_write_every_document_type()
    {
        var decision = Documents.Decision();

        JsonSerializer.Serialize(decision, StammJsonSerializer.Options).Should().Be(StammJson.WriteDecision(decision, JsonWriteOptions.Compact));
        StammJsonSerializer.Options.IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void Options_that_were_used_cannot_take_the_documents() =>
        FluentActions.Invoking(() => StammJsonSerializer.Options.AddStammDomain()).Should().Throw<InvalidOperationException>();

    [Fact]
    public void The_resolver_alone_knows_the_document_types_and_nothing_else()
    {
        var resolver = StammJsonSerializer.TypeInfoResolver(JsonReadOptions.Default);
        var options = new JsonSerializerOptions();

        StammJsonSerializer.DocumentTypes.Should().OnlyContain(type => resolver.GetTypeInfo(type, options) != null);
        resolver.GetTypeInfo(typeof(string), options).Should().BeNull();
    }

    private sealed class NoTypes : System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver
    {
        public System.Text.Json.Serialization.Metadata.JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) => null;
    }
}

/// <summary>Documents the System.Text.Json and asynchronous tests share.</summary>
internal static class Documents
{
    public const string RequestFile = "docs/samples/requests/review-workshop-ba.json";

    private static readonly LocalDate AsOf = new(2026, 3, 2);

    public static string RequestJson() => Repository.Read(RequestFile);

    public static AssistanceRequest Request() => StammJson.ReadRequest(RequestJson()).OrThrow();

    public static Decision Decision() =>
        new Evaluator(StammRuleSet.Default).Evaluate(Request(), EvaluationContext.CreateAsOf(Stamm.Project, AsOf).OrThrow());

    /// <summary>The sample request with four problems at four paths.</summary>
    public static string InvalidRequestJson() => RequestJson()
        .Replace("\"2026-03-02T09:30:00Z\"", "\"2 March 2026\"", StringComparison.Ordinal)
        .Replace("\"email\": \"amra.hodzic@msb.gov.ba\"", "\"email\": \"amra.hodzic\"", StringComparison.Ordinal)
        .Replace("\"end\": \"2026-06-10\"", "\"end\": \"2026-06-01\"", StringComparison.Ordinal)
        .Replace("\"category\": \"travel\"", "\"category\": \"flights\"", StringComparison.Ordinal);
}
