using System.Text;

namespace StAMM.Domain.Reporting.Rendering;

/// <summary>
/// Writes a table as CSV by RFC 4180: a header row, comma-separated fields, CRLF line ends, a field quoted (its quotes
/// doubled) when it holds a comma, quote or line break. Where Kosovo appears, a last row carries the footnote in its
/// first field, so every row keeps the header's number of fields.
/// </summary>
internal static class CsvWriter
{
    public static string Write(ReportTable table, PortfolioReport report)
    {
        var text = new StringBuilder();
        Row(text, table.Columns);
        foreach (var row in table.Rows)
        {
            Row(text, row);
        }

        if (table.NamesKosovo && report.KosovoDesignation is { } designation)
        {
            Row(text, [designation.FootnoteLine, .. Enumerable.Repeat(string.Empty, table.Columns.Length - 1)]);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append("\r\n");
    }
}
