using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;

namespace StAMM.Domain.Guides;

public sealed class EmbeddingTests
{
    private static readonly FakeClock SubmissionDay = new(Instant.FromUtc(2026, 3, 2, 12, 0));

    private static string RequestJson => Repository.Read("docs/samples/requests/review-workshop-ba.json");

    [Fact]
    public async Task The_guides_web_API_answers_a_request_document_with_its_decision_document()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = Address(app) };

        using var response = await client.PostAsync(new Uri("/requests/evaluate", UriKind.Relative), Json(RequestJson), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var request = StammJson.ReadRequest(RequestJson).OrThrow();
        var expected = new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.Create(Stamm.Project, SubmissionDay).OrThrow());
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be(StammJson.WriteDecision(expected, JsonWriteOptions.Compact));
    }

    [Fact]
    public async Task The_guides_web_API_answers_an_invalid_request_with_every_problem()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = Address(app) };
        var invalid = RequestJson.Replace("\"email\": \"amra.hodzic@msb.gov.ba\"", "\"email\": \"amra.hodzic\"", StringComparison.Ordinal)
            .Replace("\"category\": \"travel\"", "\"category\": \"flights\"", StringComparison.Ordinal);

        using var response = await client.PostAsync(new Uri("/requests/evaluate", UriKind.Relative), Json(invalid), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = JsonElement.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var problems = body.GetProperty("problems").EnumerateArray().ToList();
        problems.Select(p => p.GetProperty("path").GetString()).Should().Equal("$.contact.email", "$.costs[0].category");
        foreach (var problem in problems)
        {
            Repository.Read("docs/guides/embedding.md").Should().Contain(
                $"{{ \"code\": \"{problem.GetProperty("code").GetString()}\", \"path\": \"{problem.GetProperty("path").GetString()}\"",
                "the guide shows the problems this request gets");
        }
    }

    [Fact]
    public async Task The_guides_web_API_publishes_the_request_schema_in_its_OpenAPI_document()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = Address(app) };

        var openApi = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        JsonElement.Parse(openApi).GetProperty("components").GetProperty("schemas").GetProperty("StAMM.request").GetProperty("properties")
            .TryGetProperty("requester", out _).Should().BeTrue();
    }

    [Fact]
    public void The_serializer_options_write_the_decision_document()
    {
        var request = StammJson.ReadRequest(RequestJson).OrThrow();
        var decision = new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.Create(Stamm.Project, SubmissionDay).OrThrow());

        Embedding.Serialize(decision).Should().Be(StammJson.WriteDecision(decision, JsonWriteOptions.Compact));
    }

    [Fact]
    public async Task The_asynchronous_reader_reads_a_request_from_a_stream()
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(RequestJson));

        (await Embedding.ReadAsync(body, TestContext.Current.CancellationToken)).Should().Be(StammJson.ReadRequest(RequestJson).OrThrow());
    }

    private static async Task<WebApplication> StartAsync()
    {
        var app = Embedding.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], SubmissionDay);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
