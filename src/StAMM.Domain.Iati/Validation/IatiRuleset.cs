using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.GuardClauses;
using StAMM.Domain.Iati.Reference;

namespace StAMM.Domain.Iati.Validation;

/// <summary>
/// A ruleset in the IATI-Rulesets JSON format (SPEC_JS.rst of IATI/IATI-Rulesets): for each context XPath, rule types
/// with cases. <see cref="Standard"/> is the official <c>standard.json</c> for 2.03, embedded.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class IatiRuleset
{
    private static readonly Lazy<IatiRuleset> StandardRuleset = new(() =>
    {
        using var stream = IatiReference.Open("Reference/rulesets/standard.json");
        return Load(stream);
    });

    private IatiRuleset(ImmutableArray<RuleCase> cases) => Cases = cases;

    /// <summary>The official IATI standard ruleset for 2.03 (<c>standard.json</c>).</summary>
    public static IatiRuleset Standard => StandardRuleset.Value;

    /// <summary>The distinct rule ids, in the order they first appear.</summary>
    public ImmutableArray<string> RuleIds => [.. Cases.Select(c => c.Id).Distinct()];

    internal ImmutableArray<RuleCase> Cases { get; }

    /// <summary>Reads a ruleset in the IATI-Rulesets JSON format.</summary>
    /// <param name="json">The JSON; read to its end, not closed.</param>
    /// <returns>The ruleset.</returns>
    /// <exception cref="FormatException">The JSON does not have the ruleset's shape.</exception>
    public static IatiRuleset Load(Stream json)
    {
        Guard.Against.Null(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The ruleset is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var cases = ImmutableArray.CreateBuilder<RuleCase>();
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("A ruleset is a JSON object of context XPaths.");
            }

            foreach (var context in document.RootElement.EnumerateObject())
            {
                foreach (var rule in Objects(context.Value, context.Name))
                {
                    foreach (var oneCase in CasesOf(rule.Value, rule.Name))
                    {
                        if (rule.Name == "loop")
                        {
                            var forEach = oneCase.TryGetProperty("foreach", out var f) ? f.GetString() : null;
                            var subs = oneCase.TryGetProperty("subs", out var s) ? s.EnumerateArray().Select(x => x.GetString()!).ToImmutableArray() : [];
                            if (forEach is null || !oneCase.TryGetProperty("do", out var doRules))
                            {
                                throw new FormatException($"A loop under '{context.Name}' needs 'foreach' and 'do'.");
                            }

                            foreach (var inner in Objects(doRules, "do"))
                            {
                                foreach (var innerCase in CasesOf(inner.Value, inner.Name))
                                {
                                    cases.Add(RuleCase.From(context.Name, inner.Name, innerCase, new LoopInfo(forEach, subs)));
                                }
                            }
                        }
                        else
                        {
                            cases.Add(RuleCase.From(context.Name, rule.Name, oneCase, null));
                        }
                    }
                }
            }

            return new IatiRuleset(cases.ToImmutable());
        }
    }

    private static JsonElement.ObjectEnumerator Objects(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject()
            : throw new FormatException($"'{where}' must hold a JSON object.");

    private static JsonElement.ArrayEnumerator CasesOf(JsonElement rule, string name) =>
        rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Array
            ? cases.EnumerateArray()
            : throw new FormatException($"The rule '{name}' must hold an array 'cases'.");
}

/// <summary>The loop around a rule case: the values of <see cref="ForEach"/> replace <c>$1</c> in the keys named by <see cref="Subs"/>.</summary>
internal sealed record LoopInfo(string ForEach, ImmutableArray<string> Subs);

/// <summary>One case of one rule, with its context and rule info; values are the case's JSON strings and string arrays.</summary>
internal sealed record RuleCase(
    string Context,
    string RuleName,
    string Id,
    IatiSeverity Severity,
    string Message,
    ImmutableDictionary<string, string> Strings,
    ImmutableDictionary<string, ImmutableArray<string>> Lists,
    decimal? Sum,
    decimal? Min,
    decimal? Max,
    LoopInfo? Loop)
{
    public static RuleCase From(string context, string ruleName, JsonElement json, LoopInfo? loop)
    {
        var strings = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var lists = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        decimal? sum = null, min = null, max = null;
        string id = "?", message = string.Empty;
        var severity = IatiSeverity.Error;
        foreach (var property in json.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    strings[property.Name] = property.Value.GetString()!;
                    break;
                case JsonValueKind.Array:
                    lists[property.Name] = [.. property.Value.EnumerateArray().Select(v => v.GetString() ?? string.Empty)];
                    break;
                case JsonValueKind.Number:
                    var number = property.Value.GetDecimal();
                    switch (property.Name)
                    {
                        case "sum": sum = number; break;
                        case "min": min = number; break;
                        case "max": max = number; break;
                    }

                    break;
                case JsonValueKind.Object when property.Name == "ruleInfo":
                    id = property.Value.TryGetProperty("id", out var i) ? i.GetString() ?? "?" : "?";
                    message = property.Value.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
                    severity = property.Value.TryGetProperty("severity", out var s) && s.GetString() == "warning" ? IatiSeverity.Warning : IatiSeverity.Error;
                    break;
            }
        }

        return new RuleCase(context, ruleName, id, severity, message, strings.ToImmutable(), lists.ToImmutable(), sum, min, max, loop);
    }

    /// <summary>The case with <c>$1</c> replaced by <paramref name="value"/> in the keys the loop names.</summary>
    public RuleCase Substitute(string value)
    {
        if (Loop is null)
        {
            return this;
        }

        var strings = Strings;
        var lists = Lists;
        foreach (var key in Loop.Subs)
        {
            if (strings.TryGetValue(key, out var text))
            {
                strings = strings.SetItem(key, text.Replace("$1", value, StringComparison.Ordinal));
            }

            if (lists.TryGetValue(key, out var list))
            {
                lists = lists.SetItem(key, [.. list.Select(t => t.Replace("$1", value, StringComparison.Ordinal))]);
            }
        }

        return this with { Strings = strings, Lists = lists };
    }
}
