using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Json.SystemTextJson;

/// <summary>
/// Type information for the four document types, each a value handled whole by its converter: no member is
/// discovered by reflection, so it is trim- and AOT-safe.
/// </summary>
internal sealed class StammJsonTypeInfoResolver(JsonReadOptions limits) : IJsonTypeInfoResolver
{
    public ImmutableArray<JsonConverter> Converters { get; } =
    [
        new StammDocumentConverter<TechnicalAssistanceProject>(StammJson.ProjectKind, limits, StammJson.ProjectBody),
        new StammDocumentConverter<AssistanceRequest>(StammJson.RequestKind, limits, StammJson.RequestBody),
        new StammDocumentConverter<RuleSet>(StammJson.RuleSetKind, limits, StammJson.RuleSetBody),
        new StammDocumentConverter<Decision>(StammJson.DecisionKind, limits, StammJson.DecisionBody),
    ];

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        foreach (var converter in Converters)
        {
            if (((IStammDocumentConverter)converter).TypeInfo(type, options) is { } info)
            {
                return info;
            }
        }

        return null;
    }
}
