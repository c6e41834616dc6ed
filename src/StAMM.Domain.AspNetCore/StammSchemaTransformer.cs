using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace StAMM.Domain.AspNetCore;

/// <summary>Describes the documents in an OpenAPI document by their JSON Schemas (<c>StammJson.Schema(kind)</c>).</summary>
internal sealed class StammSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
