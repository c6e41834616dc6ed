using System.Text.Json;
using StAMM.Domain.Cases;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Portfolios;

namespace StAMM.Domain.Json.Writing;

/// <summary>
/// Writes portfolio and case-events documents event by event, so that a caller can flush the writer between events
/// and a large portfolio is never held as one text. The bytes are those of the source-generated serializer on the
/// whole contract (same property order, omissions and escaping); a test compares the two.
/// </summary>
internal static class PortfolioWriter
{
    private static readonly JsonEncodedText SchemaName = JsonEncodedText.Encode("$schema");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText DescriptionName = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText ProjectName = JsonEncodedText.Encode("project");
    private static readonly JsonEncodedText ContributionsName = JsonEncodedText.Encode("contributions");
    private static readonly JsonEncodedText RuleSetsName = JsonEncodedText.Encode("ruleSets");
    private static readonly JsonEncodedText EventsName = JsonEncodedText.Encode("events");

    /// <summary>Writes the portfolio document; yields after each event, when the caller may flush.</summary>
    public static IEnumerable<int> Portfolio(Utf8JsonWriter writer, Portfolio portfolio, string? description)
    {
        var header = PortfolioMapper.Header(portfolio, description);
        writer.WriteStartObject();
        writer.WriteString(SchemaName, header.Schema);
        writer.WriteString(KindName, header.Kind);
        writer.WriteString(SchemaVersionName, header.SchemaVersion);
        if (header.Description is not null)
        {
            writer.WriteString(DescriptionName, header.Description);
        }

        writer.WritePropertyName(ProjectName);
        JsonSerializer.Serialize(writer, header.Project, StammJsonContext.Default.ProjectDocumentContract);
        if (header.Contributions is { } contributions)
        {
            writer.WriteStartArray(ContributionsName);
            foreach (var contribution in contributions)
            {
                JsonSerializer.Serialize(writer, contribution, StammJsonContext.Default.ContributionContract);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray(RuleSetsName);
        foreach (var set in header.RuleSets)
        {
            JsonSerializer.Serialize(writer, set, StammJsonContext.Default.RuleSetDocumentContract);
        }

        writer.WriteEndArray();
        if (!portfolio.Events.IsEmpty)
        {
            writer.WriteStartArray(EventsName);
            for (var i = 0; i < portfolio.Events.Length; i++)
            {
                Event(writer, portfolio.Events[i], portfolio);
                yield return i;
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a case-events document; yields after each event, when the caller may flush.</summary>
    public static IEnumerable<int> CaseEvents(Utf8JsonWriter writer, Portfolio portfolio, IEnumerable<CaseEvent> events)
    {
        writer.WriteStartObject();
        writer.WriteString(SchemaName, DocumentKinds.SchemaAddress(DocumentKinds.CaseEvents));
        writer.WriteString(KindName, DocumentKinds.CaseEvents);
        writer.WriteString(SchemaVersionName, StammJson.SchemaVersion);
        writer.WriteStartArray(EventsName);
        var i = 0;
        foreach (var e in events)
        {
            Event(writer, e, portfolio);
            yield return i++;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one event as a JSON value.</summary>
    public static void Event(Utf8JsonWriter writer, CaseEvent e, Portfolio portfolio) =>
        JsonSerializer.Serialize(writer, PortfolioMapper.Event(e, portfolio.Contributions), StammJsonContext.Default.CaseEventContract);
}
