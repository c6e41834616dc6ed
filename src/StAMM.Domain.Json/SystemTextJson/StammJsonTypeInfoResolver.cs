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
internal sealed class StammJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    private readonly StammDocumentConverter<TechnicalAssistanceProject> _project;
    private readonly StammDocumentConverter<AssistanceRequest> _request;
    private readonly StammDocumentConverter<RuleSet> _ruleSet;
    private readonly StammDocumentConverter<Decision> _decision;

    public StammJsonTypeInfoResolver(JsonReadOptions limits)
    {
        _project = new(StammJson.ProjectKind, limits, StammJson.ProjectBody);
        _request = new(StammJson.RequestKind, limits, StammJson.RequestBody);
        _ruleSet = new(StammJson.RuleSetKind, limits, StammJson.RuleSetBody);
        _decision = new(StammJson.DecisionKind, limits, StammJson.DecisionBody);
    }

    public IEnumerable<JsonConverter> Converters => [_project, _request, _ruleSet, _decision];

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(TechnicalAssistanceProject))
        {
            return JsonMetadataServices.CreateValueInfo<TechnicalAssistanceProject>(options, _project);
        }

        if (type == typeof(AssistanceRequest))
        {
            return JsonMetadataServices.CreateValueInfo<AssistanceRequest>(options, _request);
        }

        if (type == typeof(RuleSet))
        {
            return JsonMetadataServices.CreateValueInfo<RuleSet>(options, _ruleSet);
        }

        return type == typeof(Decision) ? JsonMetadataServices.CreateValueInfo<Decision>(options, _decision) : null;
    }
}
