using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StAMM.Domain.Json;
using StAMM.Domain.Requests;

namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>The serializer options that <c>AddStammDomain()</c> configures for minimal APIs and for controllers.</summary>
public sealed class SerializerOptionsTests
{
    [Fact]
    public async Task Plain_serialization_of_a_request_with_the_minimal_API_options_gives_the_request_document()
    {
        await using var api = await TestApi.StartAsync();
        var options = api.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

        var json = JsonSerializer.Serialize(Documents.Request, options);

        json.Should().Be(StammJson.WriteRequest(Documents.Request, JsonWriteOptions.Compact)).And.NotContain("\"submitted\":{}");
        JsonSerializer.Deserialize<AssistanceRequest>(json, options).Should().Be(Documents.Request);
    }

    [Fact]
    public async Task Plain_serialization_of_a_decision_with_the_controller_options_gives_the_decision_document()
    {
        await using var api = await TestApi.StartAsync();
        var options = api.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;
        var decision = Documents.Evaluate(Documents.Request);

        JsonSerializer.Serialize(decision, options).Should().Be(StammJson.WriteDecision(decision, JsonWriteOptions.Compact));
    }

    [Fact]
    public async Task A_document_nested_in_another_value_is_written_as_its_compact_document()
    {
        await using var api = await TestApi.StartAsync();
        var options = new JsonSerializerOptions(api.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions) { WriteIndented = true };

        var json = JsonSerializer.Serialize(new Batch([Documents.Request]), options);

        json.Should().Contain(StammJson.WriteRequest(Documents.Request, JsonWriteOptions.Compact));
        JsonSerializer.Deserialize<Batch>(json, options)!.Requests.Should().Equal(Documents.Request);
    }

    public sealed record Batch(IReadOnlyList<AssistanceRequest> Requests);
}
