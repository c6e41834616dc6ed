using System.Globalization;
using System.Text;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Tests.Eligibility;

/// <summary>
/// The parameter table of docs/eligibility-rules.md, made from the kinds' declarations (<see cref="StammRuleSet.Kinds"/>):
/// each kind's parameters with their form, range and meaning as declared, and their defaults as the kind's default rule
/// writes them. <see cref="RulesDocumentationTests"/> checks the page against it; <c>STAMM_UPDATE_SCHEMAS=1</c> rewrites it.
/// </summary>
internal static class RulesPage
{
    /// <summary>The name of the page's generated region (<c>&lt;!-- generated: rule parameters --&gt;</c>).</summary>
    public const string Region = "rule parameters";

    /// <summary>The page that holds the table.</summary>
    public const string Path = "docs/eligibility-rules.md";

    /// <summary>The table, one row per parameter (one per kind without parameters), kinds in the order their rules run.</summary>
    public static string ParameterTable(RuleKindRegistry kinds)
    {
        var text = new StringBuilder();
        text.Append("| Kind | Rule | Parameter | Value | Default | Meaning |\n|---|---|---|---|---|---|\n");
        var ordered = kinds.Declarations
            .OrderBy(k => k.DefaultRule is null)
            .ThenBy(k => k.DefaultRule?.Stage)
            .ThenBy(k => k.DefaultRule?.Code, StringComparer.Ordinal)
            .ThenBy(k => k.Name, StringComparer.Ordinal);
        foreach (var kind in ordered)
        {
            var first = $"`{kind.Name}` | {(kind.DefaultRule is { } rule ? $"`{rule.Code}`" : "—")}";
            if (kind.Parameters.IsEmpty)
            {
                Row(text, first, "—", "—", "—", "No parameters: " + Lower(kind.Description));
                continue;
            }

            foreach (var parameter in kind.Parameters)
            {
                var name = parameter is RuleParameterFamily family ? $"`{family.Name}{{key}}`" : $"`{parameter.Name}`";
                Row(text, first, name, Form(parameter), Default(kind, parameter), parameter.Description);
                first = " | ";
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string kindAndRule, string name, string form, string value, string meaning) =>
        text.Append("| ").Append(kindAndRule.Trim()).Append(" | ").Append(name).Append(" | ").Append(Escape(form)).Append(" | ")
            .Append(Escape(value)).Append(" | ").Append(Escape(meaning)).Append(" |\n");

    /// <summary>What a value of the parameter is, with its range and the codes it may hold.</summary>
    private static string Form(RuleParameterDeclaration parameter)
    {
        var form = parameter.Type switch
        {
            RuleParameterType.WholeNumber => "whole number" + (parameter.Units.IsEmpty ? string.Empty : " of " + string.Join(" or ", parameter.Units)) + Range(parameter),
            RuleParameterType.Amount => "amount with a currency code" + Range(parameter),
            RuleParameterType.Flag => "true or false",
            RuleParameterType.Date when parameter.AlternativeText is { } alternative => $"date, or {alternative} for {parameter.AlternativeMeaning}",
            RuleParameterType.Date => "date",
            RuleParameterType.Codes => "list of codes",
            RuleParameterType.Names => "list of codes among " + string.Join(", ", parameter.Codes),
            RuleParameterType.Countries => "list of country codes (IATI Country codelist)",
            RuleParameterType.Text => "text",
            _ => "fixed by the rule",
        };
        if (parameter is RuleParameterFamily family)
        {
            var keys = family.Keys.IsEmpty ? $"matching `{family.KeyPattern}`" : string.Join(", ", family.Keys);
            return $"optional members keyed by {family.KeyDescription} ({keys}), each a {form}";
        }

        return parameter.IsOptional && parameter.Type != RuleParameterType.Any ? form + "; optional" : form;
    }

    private static string Range(RuleParameterDeclaration parameter)
    {
        var range = new List<string>();
        if (parameter.Minimum is { } minimum)
        {
            range.Add((parameter.IsMinimumExclusive ? "above " : "at least ") + minimum.ToString(CultureInfo.InvariantCulture));
        }

        if (parameter.Maximum is { } maximum)
        {
            range.Add("at most " + maximum.ToString(CultureInfo.InvariantCulture));
        }

        return range.Count == 0 ? string.Empty : ", " + string.Join(", ", range);
    }

    /// <summary>The default, as the kind's default rule writes it; a family's members as <c>key value</c>.</summary>
    private static string Default(RuleKind kind, RuleParameterDeclaration parameter)
    {
        var defaults = kind.DefaultsOf(parameter);
        if (defaults.IsEmpty)
        {
            return "—";
        }

        return parameter is RuleParameterFamily family
            ? string.Join("; ", defaults.Select(p => p.Name[family.Name.Length..] + ": " + Value(p.Value)))
            : Value(defaults[0].Value);
    }

    private static string Value(RuleValue value) => value.Kind switch
    {
        RuleValueKind.Number => value.Number!.Value.ToString(CultureInfo.InvariantCulture) + (value.Unit is { } unit ? " " + unit : string.Empty),
        RuleValueKind.Flag => value.Flag!.Value ? "true" : "false",
        RuleValueKind.Date => value.Date!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        RuleValueKind.Codes => value.Codes.IsEmpty ? "none" : string.Join(", ", value.Codes),
        RuleValueKind.Text => value.Text!,
        _ => "unknown",
    };

    private static string Lower(string sentence) => sentence.Length == 0 ? sentence : char.ToLowerInvariant(sentence[0]) + sentence[1..];

    private static string Escape(string cell) => cell
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal);
}
