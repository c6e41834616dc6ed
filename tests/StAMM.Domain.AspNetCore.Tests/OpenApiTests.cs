using System.Text.Json;

namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>The OpenAPI document describes the documents with their JSON Schemas.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task The_request_body_of_an_endpoint_that_takes_a_request_has_the_request_documents_schema()
    {
        await using var api = await TestApi.StartAsync();

        var openApi = JsonElement.Parse(await api.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));

        var schema = Resolve(openApi, openApi.GetProperty("paths").GetProperty("/requests/identifier").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        schema.GetProperty("properties").GetProperty("requester").ValueKind.Should().Be(JsonValueKind.Object);
        schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Contain(["kind", "schemaVersion", "identifier"]);
    }

    private static JsonElement Resolve(JsonElement openApi, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return openApi.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..]);
        }

        return schema.TryGetProperty("allOf", out var all) ? Resolve(openApi, all[0]) : schema;
    }
}
