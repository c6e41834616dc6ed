using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Json;

namespace StAMM.Domain.Reporting.Rendering;

/// <summary>
/// Renders a <see cref="PortfolioReport"/> the ways people and systems read it: one self-contained HTML page, Markdown,
/// one CSV file per table and the JSON report document, with its charts as SVG.
/// </summary>
/// <remarks>
/// <para>Every output is made from the same tables, so the page, the Markdown and the CSV files never disagree; figures
/// are written in the invariant culture, unknown ones as <c>unknown</c> (in JSON as null), never 0.</para>
/// <para>Charts are drawn with ScottPlot (stacked bars, fixed size, labelled axes with units, a legend); the same report
/// renders to the same text on every run. Thread-safe.</para>
/// </remarks>
public static class ReportRenderer
{
    /// <summary>The folder, beside the page, that <see cref="RenderedReport.WriteTo"/> writes the charts' SVG files into.</summary>
    public const string ChartFolder = "charts";

    /// <summary>Renders a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The rendered page, Markdown, CSV files, JSON document and charts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static RenderedReport Render(PortfolioReport report)
    {
        Guard.Against.Null(report);
        var sections = ReportLayout.Sections(report);
        var charts = sections.Select(s => new RenderedChart(s.Chart.Name, s.Chart.Title, s.Chart.AltText, ChartRenderer.Svg(s.Chart))).ToImmutableArray();
        var svg = charts.ToDictionary(c => c.Name, c => c.Svg, StringComparer.Ordinal);
        var tables = sections.SelectMany(s => s.AllTables).Prepend(ReportLayout.Summary(report));
        return new RenderedReport(
            HtmlWriter.Write(report, sections, svg),
            MarkdownWriter.Write(report, sections, ChartFolder),
            StammJson.WriteReport(report),
            [.. tables.Select(t => new RenderedFile(t.Name + ".csv", CsvWriter.Write(t, report)))],
            charts);
    }
}

/// <summary>A rendered report: the texts of its files and its charts.</summary>
/// <remarks>Made by <see cref="ReportRenderer.Render"/>. Immutable.</remarks>
public sealed class RenderedReport
{
    /// <summary>The name of the HTML page.</summary>
    public const string HtmlFile = "report.html";

    /// <summary>The name of the Markdown page.</summary>
    public const string MarkdownFile = "report.md";

    /// <summary>The name of the JSON report document.</summary>
    public const string JsonFile = "report.json";

    internal RenderedReport(string html, string markdown, string json, ImmutableArray<RenderedFile> csvFiles, ImmutableArray<RenderedChart> charts)
    {
        Html = html;
        Markdown = markdown;
        Json = json;
        CsvFiles = csvFiles;
        Charts = charts;
    }

    /// <summary>The self-contained HTML page: inline CSS, charts as inline SVG beside their tables, a print style sheet.</summary>
    public string Html { get; }

    /// <summary>The Markdown page; its images are the charts' SVG files in <see cref="ReportRenderer.ChartFolder"/>.</summary>
    public string Markdown { get; }

    /// <summary>The JSON report document (<c>kind: "report"</c>).</summary>
    public string Json { get; }

    /// <summary>One CSV file per table (RFC 4180, UTF-8, a header row), the summary first.</summary>
    public ImmutableArray<RenderedFile> CsvFiles { get; }

    /// <summary>The charts, in the order of the page.</summary>
    public ImmutableArray<RenderedChart> Charts { get; }

    /// <summary>
    /// Writes the files into a folder (created when missing): <see cref="HtmlFile"/>, <see cref="MarkdownFile"/>,
    /// <see cref="JsonFile"/>, the CSV files, and the charts' SVG files under <see cref="ReportRenderer.ChartFolder"/>.
    /// Files of the same names are replaced.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The paths written, relative to the folder.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public ImmutableArray<string> WriteTo(string directory)
    {
        Guard.Against.NullOrEmpty(directory);
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var written = ImmutableArray.CreateBuilder<string>();
        void Write(string relative, string content)
        {
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, utf8);
            written.Add(relative.Replace('\\', '/'));
        }

        Write(HtmlFile, Html);
        Write(MarkdownFile, Markdown);
        Write(JsonFile, Json);
        foreach (var csv in CsvFiles)
        {
            Write(csv.Name, csv.Content);
        }

        foreach (var chart in Charts)
        {
            Write(Path.Combine(ReportRenderer.ChartFolder, chart.Name + ".svg"), chart.Svg);
        }

        return written.ToImmutable();
    }
}

/// <summary>A file of a rendered report: its name and text.</summary>
/// <remarks>Immutable.</remarks>
public sealed class RenderedFile
{
    internal RenderedFile(string name, string content)
    {
        Name = name;
        Content = content;
    }

    /// <summary>The file name, such as <c>activities-by-type.csv</c>.</summary>
    public string Name { get; }

    /// <summary>The text.</summary>
    public string Content { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}

/// <summary>A chart of a rendered report: its name, title, alt text and SVG.</summary>
/// <remarks>Immutable.</remarks>
public sealed class RenderedChart
{
    internal RenderedChart(string name, string title, string altText, string svg)
    {
        Name = name;
        Title = title;
        AltText = altText;
        Svg = svg;
    }

    /// <summary>The name, such as <c>activities-per-year-by-type</c>; its file is <c>charts/{name}.svg</c>.</summary>
    public string Name { get; }

    /// <summary>The title drawn above the chart.</summary>
    public string Title { get; }

    /// <summary>What the chart shows, in words, for those who cannot see it.</summary>
    public string AltText { get; }

    /// <summary>The standalone SVG document, with its title and description inside it for screen readers.</summary>
    public string Svg { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}
