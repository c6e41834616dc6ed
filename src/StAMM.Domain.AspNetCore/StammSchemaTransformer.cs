using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.AspNetCore;

/// <summary>
/// Describes the documents in an OpenAPI document by their JSON Schemas (<see cref="StammJson.Schema"/>). A schema's
/// local references (<c>#/$defs/countryCode</c>, <c>#/properties/requester/properties/parent</c>) point into the schema
/// itself, which in an OpenAPI document they cannot: each referenced part becomes a component of its own
/// (<c>StAMM.request.requester.parent</c>), the document's schema becomes the component <c>StAMM.request</c>, and the
/// schema of the parameter or result refers to it.
/// </summary>
internal sealed class StammSchemaTransformer : IOpenApiSchemaTransformer, IOpenApiDocumentTransformer
{
    private const string Prefix = "StAMM.";

    private const string ComponentBase = "#/components/schemas/";

    private static readonly FrozenDictionary<Type, string> Kinds = new Dictionary<Type, string>
    {
        [typeof(TechnicalAssistanceProject)] = StammJson.ProjectKind,
        [typeof(AssistanceRequest)] = StammJson.RequestKind,
        [typeof(RuleSet)] = StammJson.RuleSetKind,
        [typeof(Decision)] = StammJson.DecisionKind,
    }.ToFrozenDictionary();

    private static readonly ConcurrentDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> Components = new(StringComparer.Ordinal);

    private const string KindMarker = "stamm-document-kind";

    /// <summary>Marks the schema of a document type; <see cref="TransformAsync(OpenApiDocument, OpenApiDocumentTransformerContext, CancellationToken)"/> fills it in.</summary>
    /// <remarks>
    /// Not filled in here: the document's schema refers to itself (an institution's parent, a composite rule's
    /// children), and ASP.NET Core follows the references of a schema that a schema transformer returns.
    /// </remarks>
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (Kinds.TryGetValue(context.JsonTypeInfo.Type, out var kind))
        {
            schema.Metadata ??= new Dictionary<string, object>(StringComparer.Ordinal);
            schema.Metadata[KindMarker] = kind;
        }

        return Task.CompletedTask;
    }

    /// <summary>Puts each marked schema's document schema into the components and refers to it.</summary>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var marked = new List<(OpenApiSchema Schema, string Kind)>();
        var seen = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            Collect(schema, seen, marked);
        }

        foreach (var path in document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
        {
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                foreach (var parameter in operation.Parameters ?? [])
                {
                    Collect(parameter.Schema, seen, marked);
                }

                foreach (var media in operation.RequestBody?.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
                {
                    Collect(media.Schema, seen, marked);
                }

                foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
                {
                    foreach (var media in response.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
                    {
                        Collect(media.Schema, seen, marked);
                    }
                }
            }
        }

        foreach (var (schema, kind) in marked)
        {
            foreach (var (name, json) in Components.GetOrAdd(kind, Split))
            {
                if (document.Components?.Schemas?.ContainsKey(name) != true)
                {
                    var component = OpenApiModelFactory.Parse<OpenApiSchema>(json, OpenApiSpecVersion.OpenApi3_1, document, out _, "json")
                        ?? throw new InvalidOperationException($"The JSON Schema of the '{kind}' document could not be read as an OpenAPI schema ({name}).");
                    document.AddComponent<IOpenApiSchema>(name, component);
                }
            }

            schema.Metadata!.Remove(KindMarker);
            schema.Type = null;
            schema.AllOf = [new OpenApiSchemaReference(Prefix + kind, document)];
        }

        return Task.CompletedTask;
    }

    private static void Collect(IOpenApiSchema? schema, HashSet<IOpenApiSchema> seen, List<(OpenApiSchema, string)> marked)
    {
        if (schema is not OpenApiSchema s || !seen.Add(s))
        {
            return;
        }

        if (s.Metadata?.TryGetValue(KindMarker, out var kind) == true)
        {
            marked.Add((s, (string)kind));
        }

        foreach (var child in (s.Properties?.Values ?? []).Concat(s.AllOf ?? []).Concat(s.AnyOf ?? []).Concat(s.OneOf ?? []).Append(s.Items).Append(s.AdditionalProperties))
        {
            Collect(child, seen, marked);
        }
    }

    /// <summary>The schema of a document kind, cut into components at every local reference, as (name, JSON) pairs.</summary>
    private static IReadOnlyList<KeyValuePair<string, string>> Split(string kind)
    {
        var root = JsonNode.Parse(StammJson.Schema(kind))!.AsObject();
        var pointers = References(root).Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Count(c => c == '/'))
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToList();

        var components = new List<KeyValuePair<string, JsonObject>>();
        foreach (var pointer in pointers)
        {
            // Deepest first: a part that holds another part is cut after it, so it holds a reference by then.
            var segments = pointer.Split('/')[1..].Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
            JsonNode parent = root;
            foreach (var segment in segments[..^1])
            {
                parent = parent is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : parent[segment]!;
            }

            var name = Name(kind, segments);
            var part = parent is JsonArray list ? list[int.Parse(segments[^1], System.Globalization.CultureInfo.InvariantCulture)]! : parent[segments[^1]]!;
            var reference = new JsonObject { ["$ref"] = ComponentBase + name };
            if (parent is JsonArray items)
            {
                items[int.Parse(segments[^1], System.Globalization.CultureInfo.InvariantCulture)] = reference;
            }
            else
            {
                parent[segments[^1]] = reference;
            }

            components.Add(new(name, part.AsObject()));
        }

        root.Remove("$schema");
        root.Remove("$id");
        root.Remove("$defs");
        components.Add(new(Prefix + kind, root));

        foreach (var (_, component) in components)
        {
            Rewrite(component, kind);
        }

        return components.Select(c => new KeyValuePair<string, string>(c.Key, c.Value.ToJsonString())).ToList();
    }

    /// <summary>Every local reference in a schema, as a JSON pointer without its leading <c>#</c>.</summary>
    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && p.Value?.GetValue<string>() is { } r && r.StartsWith("#/", StringComparison.Ordinal)
            ? [r[1..]]
            : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    /// <summary>Points every local reference at the component that now holds its target.</summary>
    private static void Rewrite(JsonNode? node, string kind)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["$ref"]?.GetValue<string>() is { } r && r.StartsWith("#/", StringComparison.Ordinal) && !r.StartsWith(ComponentBase, StringComparison.Ordinal))
                {
                    o["$ref"] = ComponentBase + Name(kind, r[2..].Split('/'));
                }

                foreach (var (_, value) in o.ToList())
                {
                    Rewrite(value, kind);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Rewrite(item, kind);
                }

                break;
        }
    }

    /// <summary>A component name from a pointer's segments: <c>StAMM.request.requester.parent</c> for <c>/properties/requester/properties/parent</c>.</summary>
    private static string Name(string kind, IEnumerable<string> segments) =>
        Prefix + kind + string.Concat(segments
            .Where(s => s != "properties")
            .Select(s => "." + new string(s.Replace("$defs", "defs", StringComparison.Ordinal).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray())));
}
