using System.Text.Json.Nodes;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json.Writing;

namespace StAMM.Domain.Json.Schemas;

/// <summary>
/// The rule-set schema's rules from their kinds' declarations: one <c>oneOf</c> branch per registered kind, with its
/// <c>kind</c> as a constant and its parameters typed and closed, so a validator catches a misspelt kind or parameter.
/// </summary>
internal static class RuleKindSchemas
{
    /// <summary>Adds the kinds' branches to a rule's schema (the contract's own, whose properties stay the common frame).</summary>
    public static void Apply(JsonObject rule, RuleKindRegistry kinds)
    {
        var anyValue = rule["properties"]?["parameters"]?["additionalProperties"]?.DeepClone() ?? new JsonObject { ["type"] = "object" };
        if (rule["properties"]?["kind"] is JsonObject kind)
        {
            kind["description"] = "The rule's kind: one of the registered kinds, each with its own parameters.";
        }

        var branches = new JsonArray();
        foreach (var declared in kinds.Declarations)
        {
            branches.Add((JsonNode)Branch(declared, anyValue));
        }

        rule["oneOf"] = branches;
    }

    private static JsonObject Branch(RuleKind kind, JsonNode anyValue)
    {
        var properties = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind.Name } };
        var required = new JsonArray("kind");
        var branch = new JsonObject { ["description"] = kind.Description, ["properties"] = properties, ["required"] = required };
        if (kind.HasChildren)
        {
            required.Add((JsonNode)"children");
        }
        else
        {
            properties["children"] = false;
        }

        if (!kind.DeclaresParameters)
        {
            return branch;
        }

        var parameterProperties = new JsonObject();
        var patterns = new JsonObject();
        var requiredParameters = new JsonArray();
        foreach (var parameter in kind.Parameters)
        {
            var value = Value(parameter, anyValue);
            if (parameter is RuleParameterFamily family)
            {
                var keys = family.KeyPattern is { } pattern
                    ? pattern.TrimStart('^').TrimEnd('$')
                    : "(" + string.Join("|", family.Keys) + ")";
                patterns["^" + System.Text.RegularExpressions.Regex.Escape(family.Name) + keys + "$"] = value;
                continue;
            }

            if (kind.DefaultsOf(parameter) is [var given] && parameter.Type != RuleParameterType.Any)
            {
                value["default"] = Default(given.Value);
            }

            parameterProperties[parameter.Name] = value;
            if (!parameter.IsOptional)
            {
                requiredParameters.Add((JsonNode)parameter.Name);
            }
        }

        var parameters = new JsonObject { ["type"] = "object", ["properties"] = parameterProperties };
        if (patterns.Count > 0)
        {
            parameters["patternProperties"] = patterns;
        }

        if (requiredParameters.Count > 0)
        {
            parameters["required"] = requiredParameters;
            required.Add((JsonNode)"parameters");
        }

        parameters["additionalProperties"] = false;
        properties["parameters"] = parameters;
        return branch;
    }

    /// <summary>The schema of one parameter's value object, by its declared type.</summary>
    private static JsonObject Value(RuleParameterDeclaration parameter, JsonNode anyValue)
    {
        if (parameter.Type == RuleParameterType.Any)
        {
            var any = anyValue.DeepClone().AsObject();
            any["description"] = parameter.Description;
            return any;
        }

        if (parameter.Type == RuleParameterType.Date && parameter.AlternativeText is { } text)
        {
            return new JsonObject
            {
                ["description"] = parameter.Description,
                ["anyOf"] = new JsonArray(
                    One("date", Date()),
                    One("text", new JsonObject { ["const"] = text, ["description"] = $"For {parameter.AlternativeMeaning}." })),
            };
        }

        var (name, schema, unit) = parameter.Type switch
        {
            RuleParameterType.WholeNumber => ("number", Number("integer", parameter), parameter is RuleParameterFamily ? Enum(parameter.Units) : new JsonObject { ["type"] = "string" }),
            RuleParameterType.Amount => ("number", Number("number", parameter), SchemaGenerator.Reference(SchemaGenerator.CurrencyCodeDef)),
            RuleParameterType.Flag => ("flag", new JsonObject { ["type"] = "boolean" }, null),
            RuleParameterType.Date => ("date", Date(), null),
            RuleParameterType.Names => ("codes", Codes(Enum(parameter.Codes)), null),
            RuleParameterType.Countries => ("codes", Codes(SchemaGenerator.Reference(SchemaGenerator.CountryCodeDef)), null),
            RuleParameterType.Text => ("text", new JsonObject { ["type"] = "string" }, null),
            _ => ("codes", Codes(new JsonObject { ["type"] = "string" }), null),
        };
        var value = One(name, schema);
        value["description"] = parameter.Description;
        if (unit is not null)
        {
            value["properties"]!["unit"] = unit;
            if (parameter.Type == RuleParameterType.Amount || parameter is RuleParameterFamily)
            {
                value["required"]!.AsArray().Add((JsonNode)"unit");
            }
        }

        return value;
    }

    private static JsonObject One(string name, JsonNode schema) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject { [name] = schema },
        ["required"] = new JsonArray(name),
        ["additionalProperties"] = false,
    };

    private static JsonObject Number(string type, RuleParameterDeclaration parameter)
    {
        var number = new JsonObject { ["type"] = type };
        if (parameter.Minimum is { } minimum)
        {
            number[parameter.IsMinimumExclusive ? "exclusiveMinimum" : "minimum"] = minimum;
        }

        if (parameter.Maximum is { } maximum)
        {
            number["maximum"] = maximum;
        }

        return number;
    }

    private static JsonObject Date() => new() { ["type"] = "string", ["format"] = "date", ["pattern"] = SchemaGenerator.DatePattern };

    private static JsonObject Codes(JsonObject item) => new() { ["type"] = "array", ["items"] = item };

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };

    /// <summary>A default as the rule-set document writes it.</summary>
    private static JsonNode? Default(RuleValue value) =>
        System.Text.Json.JsonSerializer.SerializeToNode(EligibilityMapper.Value(value), Contracts.StammJsonContext.Default.RuleValueContract);
}
