using System.Text.Json;
using StAMM.Domain.Json;

namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>The OpenAPI document describes the documents with their JSON Schemas.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task The_request_body_of_an_endpoint_that_takes_a_request_has_the_request_documents_schema()
    {
        await using var api = await TestApi.StartAsync();

        var text = await api.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        var openApi = JsonElement.Parse(text);

        var schema = Resolve(openApi, openApi.GetProperty("paths").GetProperty("/requests/identifier").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var documentSchema = JsonElement.Parse(StammJson.Schema(StammJson.RequestKind));
        Names(schema.GetProperty("properties")).Should().BeEquivalentTo(Names(documentSchema.GetProperty("properties")));
        Strings(schema.GetProperty("required")).Should().BeEquivalentTo(Strings(documentSchema.GetProperty("required")));
        schema.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_part_of_a_document_schema_that_refers_to_itself_is_a_component_that_refers_to_itself()
    {
        await using var api = await TestApi.StartAsync();

        var openApi = JsonElement.Parse(await api.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));

        var parent = openApi.GetProperty("components").GetProperty("schemas").GetProperty("StAMM.request.requester.parent");
        parent.GetProperty("properties").GetProperty("parent").GetProperty("$ref").GetString().Should().Be("#/components/schemas/StAMM.request.requester.parent");
    }

    [Fact]
    public async Task The_response_of_an_endpoint_that_returns_a_decision_has_the_decision_documents_schema()
    {
        await using var api = await TestApi.StartAsync();

        var openApi = JsonElement.Parse(await api.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));

        var schema = Resolve(openApi, openApi.GetProperty("paths").GetProperty("/decision").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        Names(schema.GetProperty("properties")).Should().BeEquivalentTo(Names(JsonElement.Parse(StammJson.Schema(StammJson.DecisionKind)).GetProperty("properties")));
    }

    private static IEnumerable<string> Names(JsonElement o) => o.EnumerateObject().Select(p => p.Name);

    private static IEnumerable<string?> Strings(JsonElement a) => a.EnumerateArray().Select(e => e.GetString());

    private static JsonElement Resolve(JsonElement openApi, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(openApi, openApi.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..]));
        }

        return schema.TryGetProperty("allOf", out var all) ? Resolve(openApi, all[0]) : schema;
    }
}
