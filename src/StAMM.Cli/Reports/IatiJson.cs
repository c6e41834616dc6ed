using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Json;

namespace StAMM.Cli.Reports;

/// <summary>
/// The JSON forms of <c>stamm import iati</c> and <c>stamm check iati</c> (<c>--format json</c>), described by
/// docs/schemas/iati-import.schema.json and docs/schemas/iati-check.schema.json. As in the StAMM documents, an unknown
/// value is omitted (never written as zero or a guess), names are camelCase, and enum values are camelCase codes.
/// </summary>
internal static class IatiJson
{
    /// <summary>The <c>kind</c> of the import report.</summary>
    public const string ImportKind = "iatiImport";

    /// <summary>The <c>kind</c> of the check report.</summary>
    public const string CheckKind = "iatiCheck";

    /// <summary>The version of both report formats.</summary>
    public const string SchemaVersion = "1.0";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file name of a report kind's schema (docs/schemas, embedded in the tool); null for another kind.</summary>
    public static string? SchemaFile(string kind) => kind switch
    {
        ImportKind => "iati-import.schema.json",
        CheckKind => "iati-check.schema.json",
        _ => null,
    };

    /// <summary>
    /// The JSON Schema of a report kind (docs/schemas, embedded in the tool); null for another kind. Its <c>$id</c> is
    /// committed as the file name and follows the build's repository address as the documents' schemas do.
    /// </summary>
    public static string? Schema(string kind)
    {
        if (SchemaFile(kind) is not { } file)
        {
            return null;
        }

        using var stream = typeof(IatiJson).Assembly.GetManifestResourceStream("schemas/" + file)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace($"\"$id\": \"{file}\"", $"\"$id\": \"{StammJson.SchemaAddress(file)}\"", StringComparison.Ordinal);
    }

    /// <summary>Writes what was read from the file, activity by activity, with each activity's problems.</summary>
    public static void WriteImport(TextWriter output, string file, IEnumerable<IatiImportedActivity> activities)
    {
        // Read the whole file first: a file that turns out unreadable part-way must not leave half a document behind.
        var read = activities.ToList();
        Write(output, json =>
        {
            Header(json, ImportKind, file);
            json.WriteNumber("activityCount", read.Count);
            json.WriteNumber("problemCount", read.Sum(a => a.Problems.Length));
            json.WriteStartArray("activities");
            foreach (var activity in read)
            {
                Activity(json, activity);
            }

            json.WriteEndArray();
        });
    }

    /// <summary>Writes the findings of a check, with the counts and the rules that could not be evaluated.</summary>
    public static void WriteCheck(TextWriter output, string file, IatiValidationReport report) => Write(output, json =>
    {
        Header(json, CheckKind, file);
        json.WriteNumber("activityCount", report.ActivityCount);
        json.WriteBoolean("clean", report.IsClean);
        json.WriteBoolean("valid", report.IsValid);
        json.WriteNumber("errorCount", report.Findings.Count(f => f.Severity != IatiSeverity.Warning));
        json.WriteNumber("warningCount", report.Findings.Count(f => f.Severity == IatiSeverity.Warning));
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("severity", Code(finding.Severity));
            json.WriteString("source", Code(finding.Source));
            json.WriteString("ruleName", finding.RuleName);
            json.WriteString("message", finding.Message);
            Optional(json, "detail", finding.Detail);
            Optional(json, "activity", finding.ActivityIdentifier);
            json.WriteString("path", finding.Path);
            if (finding.Line is { } line)
            {
                json.WriteNumber("line", line);
            }

            if (finding.Column is { } column)
            {
                json.WriteNumber("column", column);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rulesNotEvaluated");
        foreach (var rule in report.RulesNotEvaluated)
        {
            json.WriteStringValue(rule);
        }

        json.WriteEndArray();
    });

    private static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    private static void Header(Utf8JsonWriter json, string kind, string file)
    {
        json.WriteString("kind", kind);
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteString("file", file);
    }

    private static void Activity(Utf8JsonWriter json, IatiImportedActivity a)
    {
        json.WriteStartObject();
        json.WriteNumber("index", a.Index);
        json.WriteString("path", a.Path);
        Optional(json, "identifier", a.Identifier);
        Optional(json, "fileVersion", a.FileVersion);
        Optional(json, "defaultLanguage", a.DefaultLanguage);
        Optional(json, "defaultCurrency", a.DefaultCurrency);
        if (a.Hierarchy is { } hierarchy)
        {
            json.WriteNumber("hierarchy", hierarchy);
        }

        if (a.ReportingOrganisation is { } reporting)
        {
            json.WritePropertyName("reportingOrg");
            Organisation(json, reporting);
        }

        Narratives(json, "titles", a.Titles);
        Array(json, "descriptions", a.Descriptions, d =>
        {
            json.WriteString("type", d.TypeCode);
            Narratives(json, "narratives", d.Narratives);
        });
        Array(json, "participants", a.Participants, p =>
        {
            json.WritePropertyName("organisation");
            Organisation(json, p.Organisation);
            Optional(json, "role", p.Role is { } role ? Code(role) : null);
            Optional(json, "activityId", p.ActivityId);
        });
        Optional(json, "status", a.Status is { } status ? Code(status) : null);
        Array(json, "dates", a.Dates, d =>
        {
            json.WriteString("type", Code(d.Type));
            json.WriteString("date", Iso(d.Date));
            Narratives(json, "narratives", d.Narratives);
        });
        Optional(json, "scope", a.ScopeCode);
        Array(json, "countries", a.Countries, c =>
        {
            json.WriteString("code", c.Code);
            Percentage(json, c.Percentage);
        });
        Array(json, "regions", a.Regions, r =>
        {
            json.WriteString("code", r.Code);
            json.WriteString("vocabulary", r.Vocabulary);
            Percentage(json, r.Percentage);
        });
        Array(json, "locations", a.Locations, l =>
        {
            Narratives(json, "names", l.Names);
            if (l.Latitude is { } latitude && l.Longitude is { } longitude)
            {
                json.WriteNumber("latitude", latitude);
                json.WriteNumber("longitude", longitude);
            }
        });
        Array(json, "sectors", a.Sectors, s =>
        {
            json.WriteString("code", s.Code);
            json.WriteString("vocabulary", s.Vocabulary);
            Percentage(json, s.Percentage);
            Narratives(json, "narratives", s.Narratives);
        });
        if (!a.AidTypeCodes.IsDefaultOrEmpty)
        {
            json.WriteStartArray("aidTypes");
            foreach (var code in a.AidTypeCodes)
            {
                json.WriteStringValue(code);
            }

            json.WriteEndArray();
        }

        Array(json, "tags", a.Tags, t =>
        {
            json.WriteString("code", t.Code);
            json.WriteString("vocabulary", t.Vocabulary);
            Optional(json, "vocabularyUri", t.VocabularyUri);
            Narratives(json, "narratives", t.Narratives);
        });
        Codes(json, "thematicAreas", a.ThematicAreas.Select(t => JsonNamingPolicy.CamelCase.ConvertName(t.ToString())));
        Codes(json, "dialogues", a.Dialogues.Select(d => JsonNamingPolicy.CamelCase.ConvertName(d.ToString())));
        Array(json, "budgets", a.Budgets, b =>
        {
            json.WriteString("type", b.TypeCode);
            json.WriteString("status", b.StatusCode);
            Optional(json, "start", b.Start is { } start ? Iso(start) : null);
            Optional(json, "end", b.End is { } end ? Iso(end) : null);
            Value(json, b.Value);
        });
        Array(json, "transactions", a.Transactions, t =>
        {
            Optional(json, "type", t.TypeCode);
            Optional(json, "date", t.Date is { } date ? Iso(date) : null);
            Value(json, t.Value);
            if (t.Provider is { } provider)
            {
                json.WritePropertyName("provider");
                Organisation(json, provider);
            }

            if (t.Receiver is { } receiver)
            {
                json.WritePropertyName("receiver");
                Organisation(json, receiver);
            }
        });
        Array(json, "documents", a.Documents, d =>
        {
            json.WriteString("url", d.Url);
            Narratives(json, "titles", d.Titles);
            if (!d.CategoryCodes.IsDefaultOrEmpty)
            {
                json.WriteStartArray("categories");
                foreach (var code in d.CategoryCodes)
                {
                    json.WriteStringValue(code);
                }

                json.WriteEndArray();
            }
        });
        Array(json, "relatedActivities", a.RelatedActivities, r =>
        {
            json.WriteString("ref", r.Ref);
            json.WriteString("relationship", Code(r.Relationship));
        });
        if (a.Period is { } period)
        {
            json.WriteStartObject("period");
            json.WriteString("start", period.Start.ToString());
            Optional(json, "end", period.End?.ToString());
            json.WriteEndObject();
        }

        json.WriteStartArray("problems");
        foreach (var problem in a.Problems)
        {
            json.WriteStartObject();
            json.WriteString("path", problem.Path);
            json.WriteString("reason", problem.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Organisation(Utf8JsonWriter json, IatiOrganisationReference organisation)
    {
        json.WriteStartObject();
        Optional(json, "ref", organisation.Ref);
        Optional(json, "type", organisation.Type is { } type ? Code(type) : null);
        Narratives(json, "names", organisation.Names);
        json.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter json, IatiValue? value)
    {
        if (value is null)
        {
            return;
        }

        json.WriteStartObject("value");
        json.WriteNumber("amount", value.Amount);
        Optional(json, "currency", value.CurrencyCode);
        Optional(json, "valueDate", value.ValueDate is { } date ? Iso(date) : null);
        json.WriteEndObject();
    }

    private static void Percentage(Utf8JsonWriter json, decimal? percentage)
    {
        if (percentage is { } value)
        {
            json.WriteNumber("percentage", value);
        }
    }

    private static void Narratives(Utf8JsonWriter json, string name, ImmutableArray<IatiNarrative> narratives) => Array(json, name, narratives, n =>
    {
        json.WriteString("text", n.Text);
        Optional(json, "language", n.Language);
    });

    private static void Array<T>(Utf8JsonWriter json, string name, ImmutableArray<T> items, Action<T> write)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An array of strings, left out when empty.</summary>
    private static void Codes(Utf8JsonWriter json, string name, IEnumerable<string> codes)
    {
        var first = true;
        foreach (var code in codes)
        {
            if (first)
            {
                json.WriteStartArray(name);
                first = false;
            }

            json.WriteStringValue(code);
        }

        if (!first)
        {
            json.WriteEndArray();
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>An enum value as a camelCase code: <c>PlannedStart</c> → <c>plannedStart</c>.</summary>
    private static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
