using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Json.Contracts;

namespace StAMM.Domain.Json.Schemas;

/// <summary>
/// Generates each document's JSON Schema (draft 2020-12) from its source-generated contract with
/// <see cref="JsonSchemaExporter"/>, then adds what the contract's C# types cannot say: the schema's address,
/// closed objects, date and code formats, the document header's constants.
/// </summary>
internal static class SchemaGenerator
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>An ISO date's pattern, <c>2019-03-13</c>.</summary>
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    public const string CountryCodeDef = "countryCode";
    public const string CurrencyCodeDef = "currencyCode";

    /// <summary>Each document kind's contract, and its schema's title and description.</summary>
    private static readonly FrozenDictionary<string, (JsonTypeInfo Contract, string Title, string Description)> Documents = new Dictionary<string, (JsonTypeInfo, string, string)>
    {
        [DocumentKinds.Project] = (
            StammJsonContext.Default.ProjectDocumentContract,
            "StAMM.Domain project document",
            "A technical-assistance project with its scope, donors, contributions and activities, as StAMM.Domain.Json writes and reads it."),
        [DocumentKinds.Request] = (
            StammJsonContext.Default.RequestDocumentContract,
            "StAMM.Domain assistance request document",
            "A request for short-term technical assistance: who asks, for what, when, where, for whom, at what estimated cost, with which documents, as StAMM.Domain.Json writes and reads it."),
        [DocumentKinds.RuleSet] = (
            StammJsonContext.Default.RuleSetDocumentContract,
            "StAMM.Domain rule-set document",
            "A named, versioned set of eligibility rules with the days it is in force; each rule names its kind, header and parameters (typed by its kind), and composites nest their children."),
        [DocumentKinds.Decision] = (
            StammJsonContext.Default.DecisionDocumentContract,
            "StAMM.Domain decision document",
            "The decision on an assistance request with the rule set that made it, the donor matching and the full trace of every rule's outcome. Written by StAMM.Domain.Json; not read back."),
        [DocumentKinds.Report] = (
            StammJsonContext.Default.ReportDocumentContract,
            "StAMM.Domain report document",
            "The figures of a portfolio for a period and filters: activities, participants (the unknown part kept unknown), contributions and donors, requests, and the Kosovo designation where Kosovo appears. Written by StAMM.Domain.Json; not read back."),
        [DocumentKinds.Portfolio] = (
            StammJsonContext.Default.PortfolioDocumentContract,
            "StAMM.Domain portfolio document",
            "A facility's portfolio: a project with its contributions (amounts where known), the rule-set versions with the days each is in force, and every event of its cases in the order recorded. Commitments name a contribution by its index in 'contributions'. Recorded decisions are made again when read."),
        [DocumentKinds.CaseEvents] = (
            StammJsonContext.Default.CaseEventsDocumentContract,
            "StAMM.Domain case-events document",
            "Events of cases, in the order recorded, to be read onto the portfolio they extend (whose contributions the commitments name by index). Each item is also one line of the JSON Lines stream of events."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The kind of each document contract, so that a document embedded in another (a portfolio's project) keeps its own <c>kind</c>.</summary>
    private static readonly FrozenDictionary<Type, string> KindOf = Documents.ToFrozenDictionary(d => d.Value.Contract.Type, d => d.Key);

    /// <summary>Each kind's schema with the built-in rule kinds, generated at its first use.</summary>
    private static readonly FrozenDictionary<string, Lazy<string>> Schemas =
        Documents.Keys.ToFrozenDictionary(kind => kind, kind => new Lazy<string>(() => Generate(kind, StammRuleSet.Kinds)), StringComparer.Ordinal);

    /// <summary>The schema of a kind with the built-in rule kinds; null for a kind that is not known.</summary>
    public static string? Of(string kind) => Schemas.TryGetValue(kind, out var schema) ? schema.Value : null;

    /// <summary>The rule-set schema with one branch per kind of <paramref name="ruleKinds"/>.</summary>
    public static string RuleSetWith(RuleKindRegistry ruleKinds) => Generate(DocumentKinds.RuleSet, ruleKinds);

    private static string Generate(string kind, RuleKindRegistry ruleKinds)
    {
        var (root, title, description) = Documents[kind];
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, ruleKinds),
        };
        var generated = JsonSchemaExporter.GetJsonSchemaAsNode(root, options).AsObject();

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = DocumentKinds.SchemaAddress(kind),
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (name, value) in generated.ToList())
        {
            generated.Remove(name);
            schema[name] = value;
        }

        schema["$defs"] = new JsonObject
        {
            [CountryCodeDef] = new JsonObject
            {
                ["description"] = "A code of the IATI Country codelist (ISO 3166-1 alpha-2; XK for Kosovo).",
                ["type"] = "string",
                ["enum"] = new JsonArray([.. Country.All.Select(c => (JsonNode)c.Code)]),
            },
            [CurrencyCodeDef] = new JsonObject
            {
                ["description"] = "A code of the IATI Currency codelist (ISO 4217).",
                ["type"] = "string",
                ["enum"] = new JsonArray([.. Currency.All.Select(c => (JsonNode)c.Code)]),
            },
        };

        // Written as the documents are: indented with two spaces, ending with a line feed.
        return StammJson.WriteText(JsonWriteOptions.Default, writer => schema.WriteTo(writer));
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, RuleKindRegistry ruleKinds)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        // A type met again is a reference to where it was met first, which has its forms already; adding them here
        // would replace the reference (an array of codes would become one code).
        if (schema.Count == 1 && schema.ContainsKey("$ref"))
        {
            return schema;
        }

        // Enum values are text in the contracts (so that the serializer's fast path writes them); the schema lists the names.
        if (context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(NamesAttribute), inherit: false).OfType<NamesAttribute>().FirstOrDefault() is { } names)
        {
            schema = Names(schema, names.Enum);
        }
        else if (context.TypeInfo.Type is { IsGenericType: true } list && list.GetGenericTypeDefinition() == typeof(EnumNames<>) && schema["items"] is JsonObject items)
        {
            schema["items"] = Names(items, list.GetGenericArguments()[0]);
        }

        if (schema["properties"] is JsonObject && !schema.ContainsKey("additionalProperties"))
        {
            schema["additionalProperties"] = false;
        }

        if (context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), inherit: false)
                .OfType<System.ComponentModel.DescriptionAttribute>().FirstOrDefault() is { } description)
        {
            schema["description"] = description.Description;
        }

        var form = context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(FormAttribute), inherit: false).OfType<FormAttribute>().FirstOrDefault()?.Form;
        if (form is { } f)
        {
            var target = schema["items"] as JsonObject ?? schema["additionalProperties"] as JsonObject ?? schema;
            if (schema["additionalProperties"] is JsonObject && f == ValueForm.Count)
            {
                schema["propertyNames"] = Reference(CountryCodeDef);
            }

            Apply(target, f);
        }

        if (KindOf.TryGetValue(context.TypeInfo.Type, out var kind) && schema["properties"]?["kind"] is JsonObject kindSchema)
        {
            kindSchema["const"] = kind;
        }

        if (context.TypeInfo.Type == typeof(RuleContract) && context.PropertyInfo is null)
        {
            RuleKindSchemas.Apply(schema, ruleKinds);
        }

        return schema;
    }

    private static void Apply(JsonObject schema, ValueForm form)
    {
        switch (form)
        {
            case ValueForm.Date:
                schema["format"] = "date";
                schema["pattern"] = DatePattern;
                break;
            case ValueForm.Month:
                schema["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])$";
                break;
            case ValueForm.PartialDate:
                schema["pattern"] = "^[0-9]{4}-(0[1-9]|1[0-2])(-[0-9]{2})?$";
                schema["description"] = "A day (yyyy-MM-dd) or, when only the month is known, a month (yyyy-MM).";
                break;
            case ValueForm.CountryCode:
                Code(schema, CountryCodeDef);
                break;
            case ValueForm.CurrencyCode:
                Code(schema, CurrencyCodeDef);
                break;
            case ValueForm.RegionCode:
                schema["enum"] = new JsonArray([.. IatiRegion.All.Select(r => (JsonNode)r.Code), null]);
                break;
            case ValueForm.DocumentCategory:
                schema["pattern"] = "^(A(0[1-9]|1[0-2])|B(0[1-9]|1[0-8]))$";
                break;
            case ValueForm.Url:
                schema["format"] = "uri";
                schema["pattern"] = "^[hH][tT][tT][pP][sS]?://";
                break;
            case ValueForm.Count:
                schema["minimum"] = 0;
                break;
            case ValueForm.Percentage:
                schema["exclusiveMinimum"] = 0;
                schema["maximum"] = 100;
                break;
            case ValueForm.SchemaVersion:
                schema["enum"] = new JsonArray([.. DocumentKinds.ReadableVersions.Order(StringComparer.Ordinal).Select(v => (JsonNode)v)]);
                break;
            case ValueForm.SchemaAddress:
                // A reference: the schema's file name relative to the document unless the build names an address.
                schema["format"] = "uri-reference";
                schema["description"] = "The document's JSON Schema: its file name (such as project.schema.json, shipped in the StAMM.Domain.Json package under schemas/ and written by 'stamm schema'), relative to the document, or an address when the library was built with one.";
                break;
            case ValueForm.Instant:
                schema["format"] = "date-time";
                schema["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$";
                break;
            case ValueForm.Language:
                schema["pattern"] = "^[a-z]{2}$";
                break;
            case ValueForm.Positive:
                schema["minimum"] = 1;
                break;
            case ValueForm.RuleCode:
                schema["pattern"] = "^[A-Z0-9-]+$";
                break;
            case ValueForm.UnknownMarker:
                schema["enum"] = new JsonArray(true, null);
                schema["description"] = "Present and true when the value is not known (such as a contribution's amount no one gave, or a rule that did not apply), with the unit it would have in 'unit'. An unknown is never written as a number.";
                break;
        }
    }

    /// <summary>The schema of a text that names a member of <paramref name="enumType"/>: its names (and null where the text may be null) in place of the type.</summary>
    private static JsonObject Names(JsonObject text, Type enumType)
    {
        var nullable = text["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
        var names = new JsonArray([.. Enum.GetNames(enumType).Select(n => (JsonNode?)JsonNamingPolicy.CamelCase.ConvertName(n))]);
        if (nullable)
        {
            names.Add(null);
        }

        var schema = new JsonObject { ["enum"] = names };
        foreach (var (name, value) in text.ToList())
        {
            if (name != "type")
            {
                text.Remove(name);
                schema[name] = value;
            }
        }

        return schema;
    }

    /// <summary>A reference to a codelist in <c>$defs</c>.</summary>
    public static JsonObject Reference(string definition) => new() { ["$ref"] = "#/$defs/" + definition };

    /// <summary>Refers a code to its codelist in <c>$defs</c>; a nullable one also accepts null.</summary>
    private static void Code(JsonObject schema, string definition)
    {
        var nullable = schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null");
        if (nullable)
        {
            schema["anyOf"] = new JsonArray(Reference(definition), new JsonObject { ["type"] = "null" });
        }
        else
        {
            schema["$ref"] = "#/$defs/" + definition;
        }
    }
}
