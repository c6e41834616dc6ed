using System.Net;
using System.Text;

namespace StAMM.Domain.Reporting.Rendering;

/// <summary>
/// Writes the report as one self-contained HTML page: inline CSS, each chart as inline SVG (with its title and alt text)
/// beside the table it draws, a print style sheet that starts each section on a new page, and the Kosovo footnote
/// wherever Kosovo appears. Nothing is fetched from the network.
/// </summary>
internal static class HtmlWriter
{
    private const string Style = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --band: #f4f6f8; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1500px; padding: 1.5rem 2rem; line-height: 1.45; }
        header { border-bottom: 3px solid #0072B2; margin-bottom: 1rem; }
        h1 { font-size: 1.7rem; margin: 0 0 .4rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
        nav ul { list-style: none; padding: 0; display: flex; gap: 1.2rem; flex-wrap: wrap; }
        .chart-with-table { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        figure { margin: 0; flex: 0 1 760px; }
        figure svg { width: 100%; max-width: 760px; height: auto; display: block; border: 1px solid var(--rule); }
        figcaption { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
        .tables { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; margin-top: 1.2rem; }
        table { border-collapse: collapse; font-size: .9rem; }
        caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
        th, td { border: 1px solid var(--rule); padding: .25rem .55rem; vertical-align: top; }
        th { background: var(--band); text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .note, .footnote { font-size: .85rem; color: var(--muted); max-width: 60rem; }
        footer { margin-top: 2.5rem; border-top: 1px solid var(--rule); padding-top: .6rem; font-size: .85rem; color: var(--muted); }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav { display: none; }
          section { break-before: page; page-break-before: always; }
          figure, table, .chart-with-table { break-inside: avoid; page-break-inside: avoid; }
          figure svg { border: none; max-width: 150mm; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    public static string Write(PortfolioReport report, IReadOnlyList<ReportSection> sections, IReadOnlyDictionary<string, string> charts)
    {
        var html = new StringBuilder();
        var title = $"{report.ProjectAcronym}: report for {ReportLayout.Scope(report)}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(E(report.ProjectTitle)).Append(" (").Append(E(report.ProjectAcronym)).Append(")</h1>\n");
        html.Append("<p>Report for ").Append(E(ReportLayout.Scope(report))).Append(". ").Append(E(MarkdownWriter.AsOf(report))).Append("</p>\n</header>\n");
        html.Append("<nav aria-label=\"Sections\"><ul>");
        foreach (var section in sections)
        {
            html.Append("<li><a href=\"#").Append(section.Id).Append("\">").Append(E(section.Title)).Append("</a></li>");
        }

        html.Append("</ul></nav>\n<div id=\"summary\">\n");
        Table(html, ReportLayout.Summary(report), report);
        html.Append("</div>\n");
        foreach (var section in sections)
        {
            html.Append("<section id=\"").Append(section.Id).Append("\" aria-labelledby=\"").Append(section.Id).Append("-heading\">\n");
            html.Append("<h2 id=\"").Append(section.Id).Append("-heading\">").Append(E(section.Title)).Append("</h2>\n");
            html.Append("<p>").Append(E(section.Intro)).Append("</p>\n<div class=\"chart-with-table\">\n");
            Figure(html, section, charts[section.Chart.Name]);
            Table(html, section.ChartTable, report);
            html.Append("</div>\n<div class=\"tables\">\n");
            foreach (var table in section.Tables)
            {
                Table(html, table, report);
            }

            html.Append("</div>\n");
            if (section.NamesKosovo && report.KosovoDesignation is { } designation)
            {
                html.Append("<p class=\"footnote\">").Append(E(designation.FootnoteLine)).Append("</p>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("<footer>\n");
        if (report.KosovoDesignation is { } kosovo)
        {
            html.Append("<p class=\"footnote\">").Append(E(kosovo.FootnoteLine)).Append("</p>\n");
        }

        html.Append("<p>Figures computed by StAMM.Domain from the portfolio's events; unknown figures are shown as unknown, never as 0.</p>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Figure(StringBuilder html, ReportSection section, string svg)
    {
        var id = "chart-" + section.Chart.Name;
        html.Append("<figure aria-describedby=\"").Append(section.ChartTable.Name).Append("-table\">\n");
        html.Append(Accessible(svg, id, section.Chart.Title, section.Chart.AltText));
        html.Append("<figcaption>").Append(E(section.Chart.Title)).Append(". The table beside the chart gives its figures.</figcaption>\n</figure>\n");
    }

    /// <summary>The chart's SVG for inline use: no XML declaration, scalable, announced as an image with its title and description.</summary>
    public static string Accessible(string svg, string id, string title, string description)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var body = svg[start..];
        var close = body.IndexOf('>', StringComparison.Ordinal);
        var open = body[..close];
        var rest = body[(close + 1)..];
        var attributes = $" id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {ChartRenderer.Width} {ChartRenderer.Height}\"";
        return open + attributes + ">\n<title id=\"" + id + "-title\">" + E(title) + "</title>\n<desc id=\"" + id + "-desc\">" + E(description) + "</desc>" + rest.TrimEnd() + "\n";
    }

    private static void Table(StringBuilder html, ReportTable table, PortfolioReport report)
    {
        html.Append("<div class=\"table\">\n<table id=\"").Append(table.Name).Append("-table\">\n<caption>").Append(E(table.Title)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        if (table.Rows.IsEmpty)
        {
            html.Append("<tr><td colspan=\"").Append(table.Columns.Length).Append("\">None in the period.</td></tr>\n");
        }

        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                if (i == 0)
                {
                    html.Append("<th scope=\"row\">").Append(E(row[i])).Append("</th>");
                }
                else
                {
                    html.Append(table.IsNumeric(i) ? "<td class=\"num\">" : "<td>").Append(E(row[i])).Append("</td>");
                }
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (table.Note is { } note)
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        }

        if (table.NamesKosovo && report.KosovoDesignation is { } designation)
        {
            html.Append("<p class=\"footnote\">").Append(E(designation.FootnoteLine)).Append("</p>\n");
        }

        html.Append("</div>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
