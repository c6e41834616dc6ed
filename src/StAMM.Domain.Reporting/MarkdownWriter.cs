using System.Text;

namespace StAMM.Domain.Reporting.Rendering;

/// <summary>Writes the report as Markdown: each section's chart as an image (its SVG file beside the page) and its tables.</summary>
internal static class MarkdownWriter
{
    public static string Write(PortfolioReport report, IReadOnlyList<ReportSection> sections, string chartFolder)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(report.ProjectTitle)).Append(" (").Append(Escape(report.ProjectAcronym)).Append(")\n\n");
        text.Append("Report for ").Append(Escape(ReportLayout.Scope(report))).Append(".\n");
        text.Append(AsOf(report)).Append("\n\n");
        Table(text, ReportLayout.Summary(report), report);
        foreach (var section in sections)
        {
            text.Append("## ").Append(section.Title).Append("\n\n").Append(Escape(section.Intro)).Append("\n\n");
            text.Append("![").Append(Escape(section.Chart.AltText)).Append("](").Append(chartFolder).Append('/').Append(section.Chart.Name).Append(".svg)\n\n");
            foreach (var table in section.AllTables)
            {
                Table(text, table, report);
            }
        }

        if (report.KosovoDesignation is { } designation)
        {
            text.Append("---\n\n").Append(Escape(designation.FootnoteLine)).Append('\n');
        }

        return text.ToString();
    }

    public static string AsOf(PortfolioReport report) => report.AsOf is { } asOf
        ? $"Computed from the portfolio's events up to {NodaTime.Text.InstantPattern.General.Format(asOf)}."
        : "The portfolio holds no event yet.";

    private static void Table(StringBuilder text, ReportTable table, PortfolioReport report)
    {
        text.Append("**").Append(Escape(table.Title)).Append("**\n\n");
        if (table.Rows.IsEmpty)
        {
            text.Append("None in the period.\n\n");
            return;
        }

        text.Append("| ").AppendJoin(" | ", table.Columns.Select(Escape)).Append(" |\n|");
        for (var i = 0; i < table.Columns.Length; i++)
        {
            text.Append(table.IsNumeric(i) ? " ---: |" : " --- |");
        }

        text.Append('\n');
        foreach (var row in table.Rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }

        text.Append('\n');
        if (table.Note is { } note)
        {
            text.Append('_').Append(Escape(note)).Append("_\n\n");
        }

        if (table.NamesKosovo && report.KosovoDesignation is { } designation)
        {
            text.Append(Escape(designation.FootnoteLine)).Append("\n\n");
        }
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '|' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
