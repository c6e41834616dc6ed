using System.Text.Json;
using Json.Schema;

namespace StAMM.Domain.Json.Tests;

/// <summary>Validates documents against the committed schemas with JsonSchema.Net, a validator independent of the writer.</summary>
internal static class SchemaValidation
{
    private static readonly Lazy<JsonSchema> ProjectSchema = new(() => JsonSchema.FromText(Repository.Read("docs/schemas/project.schema.json")));

    private static readonly Lazy<JsonSchema> RequestSchema = new(() => JsonSchema.FromText(Repository.Read("docs/schemas/request.schema.json")));

    public static JsonSchema Project => ProjectSchema.Value;

    private static readonly Lazy<JsonSchema> RuleSetSchema = new(() => JsonSchema.FromText(Repository.Read("docs/schemas/ruleSet.schema.json")));

    private static readonly Lazy<JsonSchema> DecisionSchema = new(() => JsonSchema.FromText(Repository.Read("docs/schemas/decision.schema.json")));

    public static JsonSchema Request => RequestSchema.Value;

    public static JsonSchema RuleSet => RuleSetSchema.Value;

    public static JsonSchema Decision => DecisionSchema.Value;

    private static readonly Lazy<JsonSchema> PortfolioSchema = new(() => JsonSchema.FromText(Repository.Read("docs/schemas/portfolio.schema.json")));

    private static readonly Lazy<JsonSchema> CaseEventsSchema = new(() => JsonSchema.FromText(Repository.Read("docs/schemas/caseEvents.schema.json")));

    public static JsonSchema Portfolio => PortfolioSchema.Value;

    public static JsonSchema CaseEvents => CaseEventsSchema.Value;

    /// <summary>The errors of a document against a schema, one line each; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }
}
