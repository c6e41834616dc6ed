using System.Collections.Immutable;
using System.Text.Json;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// Reads rule sets and rules. Every kind, built-in or the user's own, is found in <see cref="JsonReadOptions.RuleKinds"/>
/// (<see cref="StammRuleSet.Kinds"/> unless set): its declared parameters are checked by type, then its
/// <see cref="RuleKind"/> makes the rule through the rule's validating factory; composites nest.
/// </summary>
internal static class RuleReader
{
    /// <summary>Reads the rule set's own properties (the document header is read by the caller).</summary>
    public static RuleSet? RuleSet(ObjectReader o)
    {
        var walk = o.Walk;
        var name = o.String("name", required: true);
        var version = o.String("version", required: true);
        var from = o.Date("inForceFrom", required: true);
        var until = o.Date("inForceUntil", required: false);
        ImmutableArray<EligibilityRule>? rules = null;
        if (o.TryGet("rules", required: true, out var list, out var listPath))
        {
            rules = walk.Array(list, listPath, Rule);
            if (rules is null)
            {
                o.Fail();
            }
        }

        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(Eligibility.RuleSet.Create(name, version, from!.Value, until, rules!.Value), o.Path) : null;
    }

    /// <summary>Reads one rule, of any kind.</summary>
    public static EligibilityRule? Rule(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var kind = o.String("kind", required: true);
        var code = o.String("code", required: true);
        var title = o.String("title", required: true);
        var severity = o.Enum<Severity>("severity", required: true);
        var stage = o.Enum<RuleStage>("stage", required: true);
        var source = o.Read("source", required: true, Source);
        Parameters? parameters = null;
        if (o.TryGet("parameters", required: false, out var p, out var pPath))
        {
            parameters = walk.Object(p, pPath) is not null ? Parameters.Read(walk, p, pPath) : null;
            if (parameters is null)
            {
                o.Fail();
            }
        }

        parameters ??= Parameters.None(walk, JsonPath.Property(path, "parameters"));
        var hasChildren = o.TryGet("children", required: false, out var c, out var cPath);
        ImmutableArray<EligibilityRule>? children = hasChildren ? walk.Array(c, cPath, Rule) : [];
        if (children is null)
        {
            o.Fail();
        }

        var ok = !o.Failed;
        o.Finish();
        if (kind is null)
        {
            return null;
        }

        var kinds = walk.Options.RuleKinds;
        if (kinds.Find(kind) is not { } declared)
        {
            walk.Add(
                JsonProblemCodes.UnknownKind,
                JsonPath.Property(path, "kind"),
                $"'{JsonWalk.Shorten(kind)}' is not a known rule kind; expected one of: {string.Join(", ", kinds.Kinds)} (register your own in JsonReadOptions.RuleKinds).");
            return null;
        }

        if (declared.HasChildren)
        {
            parameters.Check(declared);
            parameters.Finish();
            if (!hasChildren)
            {
                walk.Add(JsonProblemCodes.MissingProperty, cPath, $"A '{kind}' rule nests its rules in 'children'.");
                return null;
            }

            return ok ? walk.Take(declared.Make(Describe(kind, code!, title!, severity!.Value, stage!.Value, source!, parameters, children!.Value)), path) : null;
        }

        if (hasChildren)
        {
            var composites = kinds.Declarations.Where(k => k.HasChildren).Select(k => k.Name).ToList();
            var named = composites.Count > 1 ? $"{string.Join(", ", composites[..^1])} and {composites[^1]}" : string.Join(string.Empty, composites);
            walk.Add(JsonProblemCodes.UnknownProperty, cPath, $"A '{kind}' rule has no children; only {named} have.");
            return null;
        }

        if (!declared.DeclaresParameters)
        {
            parameters.Finish(all: true);
            return ok && !parameters.Failed ? walk.Take(declared.Make(Describe(kind, code!, title!, severity!.Value, stage!.Value, source!, parameters, [])), path) : null;
        }

        parameters.Check(declared);
        parameters.Finish();
        if (!ok || parameters.Failed)
        {
            return null;
        }

        var rule = walk.Take(declared.Make(Describe(kind, code!, title!, severity!.Value, stage!.Value, source!, parameters, [])), path);
        return rule is not null && HeaderMatches(walk, rule, path, code, title, severity!.Value, stage!.Value, source!) ? rule : null;
    }

    private static RuleDescription Describe(string kind, string code, string title, Severity severity, RuleStage stage, SourceReference source, Parameters parameters, ImmutableArray<EligibilityRule> children) =>
        new(kind, code, title, severity, stage, source, parameters.ToList(), children);

    public static SourceReference? Source(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var text = o.String("text", required: true);
        Uri? url = null;
        if (o.TryGet("url", required: false, out var u, out var uPath) && walk.String(u, uPath) is { } address && !Uri.TryCreate(address, UriKind.Absolute, out url))
        {
            o.Fail();
            walk.Add(ProblemCodes.InvalidFormat, uPath, "A source address is an absolute URL.");
        }

        var ok = !o.Failed;
        o.Finish();
        if (!ok)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            walk.Add(ProblemCodes.Required, JsonPath.Property(path, "text"), "A source names the practice the rule mirrors.");
            return null;
        }

        return new SourceReference(text, url);
    }

    /// <summary>Reads a <see cref="RuleValue"/>: exactly one of text, number (with unit), date, codes or flag.</summary>
    public static RuleValue? Value(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var present = 0;
        RuleValue? value = null;
        if (o.String("text") is { } text)
        {
            present++;
            value = RuleValue.OfText(text);
        }

        var unit = o.String("unit");
        if (o.Decimal("number") is { } number)
        {
            present++;
            value = RuleValue.OfNumber(number, unit);
        }

        if (o.Date("date", required: false) is { } date)
        {
            present++;
            value = RuleValue.OfDate(date);
        }

        if (o.TryGet("codes", required: false, out var codes, out var codesPath))
        {
            if (walk.Array(codes, codesPath, (w, e, p) => w.String(e, p)) is { } list)
            {
                present++;
                value = RuleValue.OfCodes(list);
            }
            else
            {
                o.Fail();
            }
        }

        if (o.Bool("flag") is { } flag)
        {
            present++;
            value = RuleValue.OfFlag(flag);
        }

        if (o.Bool("unknown") is { } unknown)
        {
            if (!unknown)
            {
                walk.Add(ProblemCodes.NotAllowed, JsonPath.Property(path, "unknown"), "'unknown' is true when present; leave it out for a known value.");
                o.Fail();
            }

            present++;
            value = RuleValue.Unknown(unit);
        }

        var ok = !o.Failed;
        o.Finish();
        if (!ok)
        {
            return null;
        }

        if (present != 1)
        {
            walk.Add(JsonProblemCodes.MissingProperty, path, $"A value has exactly one of text, number, date, codes, flag or unknown; {present} were given.");
            return null;
        }

        if (unit is not null && value!.Kind is not (RuleValueKind.Number or RuleValueKind.Unknown))
        {
            walk.Add(ProblemCodes.NotAllowed, JsonPath.Property(path, "unit"), "Only a number or an unknown has a unit.");
            return null;
        }

        return value;
    }

    /// <summary>A built-in kind fixes its header; a document that says otherwise is reported, not silently overridden.</summary>
    private static bool HeaderMatches(JsonWalk walk, EligibilityRule rule, ValuePath path, string? code, string? title, Severity severity, RuleStage stage, SourceReference source)
    {
        var ok = true;
        void Check(bool same, string name, string fixedValue)
        {
            if (!same)
            {
                ok = false;
                walk.Add(ProblemCodes.NotAllowed, JsonPath.Property(path, name), $"The {(StammRuleSet.Kinds.Contains(rule.Kind) ? "built-in " : string.Empty)}rule kind '{rule.Kind}' has the fixed {name} {fixedValue}; to change it, wrap the rule in a composite or write a rule kind of your own.");
            }
        }

        Check(code == rule.Code, "code", rule.Code);
        Check(title == rule.Title, "title", $"'{rule.Title}'");
        Check(severity == rule.Severity, "severity", rule.Severity.ToString());
        Check(stage == rule.Stage, "stage", rule.Stage.ToString());
        Check(source == rule.Source, "source", $"'{rule.Source}'");
        return ok;
    }
}
