using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Reporting.Rendering;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Reporting.Tests;

public sealed partial class RenderingTests
{
    private static readonly string[] ChartNames = ["activities-per-year-by-type", "participants-by-country-and-sex", "contributions", "requests-by-decision"];

    [Fact]
    public void The_same_report_renders_to_the_same_text_every_time()
    {
        var again = ReportRenderer.Render(PortfolioReport.Of(Samples.Portfolio));

        again.Html.Should().Be(Samples.Rendered.Html);
        again.Markdown.Should().Be(Samples.Rendered.Markdown);
        again.CsvFiles.Select(f => f.Content).Should().Equal(Samples.Rendered.CsvFiles.Select(f => f.Content));
    }

    [Fact]
    public void Reports_rendered_at_once_on_several_threads_are_the_same_text()
    {
        var report = PortfolioReport.Of(Samples.Portfolio);
        var pages = new string[8];

        Parallel.For(0, pages.Length, i => pages[i] = ReportRenderer.Render(report).Html);

        pages.Should().OnlyContain(p => p == Samples.Rendered.Html);
    }

    [Fact]
    public void Rendering_does_not_depend_on_the_current_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            ReportRenderer.Render(PortfolioReport.Of(Samples.Portfolio)).Html.Should().Be(Samples.Rendered.Html);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_page_holds_the_four_charts_as_inline_svg_each_with_its_title_and_alt_text_and_needs_no_network()
    {
        var html = Samples.Rendered.Html;

        foreach (var name in ChartNames)
        {
            html.Should().Contain($"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"760\" height=\"440\" id=\"chart-{name}\" class=\"chart\" role=\"img\" aria-labelledby=\"chart-{name}-title chart-{name}-desc\"");
            html.Should().Contain($"<desc id=\"chart-{name}-desc\">");
        }

        Regex.Count(html, "<svg").Should().Be(4);
        Regex.Matches(html, @"(src|href)=""(https?:)?//").Should().BeEmpty("the page is self-contained");
        html.Should().NotContain("<script").And.NotContain("<link ");
    }

    [Fact]
    public void Each_chart_sits_beside_the_table_of_its_figures()
    {
        var html = Samples.Rendered.Html;

        foreach (var (chart, table) in new[] { ("activities-per-year-by-type", "activities-by-year-and-type"), ("participants-by-country-and-sex", "participants-by-country-and-sex"), ("contributions", "contributions"), ("requests-by-decision", "requests-by-decision") })
        {
            var start = html.IndexOf($"id=\"chart-{chart}\"", StringComparison.Ordinal);
            var block = html[html.LastIndexOf("<div class=\"chart-with-table\">", start, StringComparison.Ordinal)..];
            block = block[..block.IndexOf("<div class=\"tables\">", StringComparison.Ordinal)];
            block.Should().Contain($"<table id=\"{table}-table\">", chart);
        }
    }

    [Fact]
    public void Each_chart_has_a_title_labelled_axes_with_units_and_a_legend()
    {
        foreach (var chart in Samples.Rendered.Charts)
        {
            var texts = SvgText(chart.Svg);
            texts.Should().Contain(chart.Title);
            texts.Should().Contain(t => t.Contains('(') && t.Contains(')'), "the value axis names its unit, such as 'Activities (count)'");
        }

        SvgText(Samples.Rendered.Charts[0].Svg).Should().Contain(["Training", "Year of the activity's first day", "Activities (count)"]);
        SvgText(Samples.Rendered.Charts[1].Svg).Should().Contain(["Women", "Men", "Sex unknown", "Participants (people)"]);
        SvgText(Samples.Rendered.Charts[2].Svg).Should().Contain(["Spent", "Available", "Share of the contribution's amount (%)"]);
        SvgText(Samples.Rendered.Charts[3].Svg).Should().Contain(["Eligible", "Ineligible", "Requests (count)"]);
    }

    [Fact]
    public void The_charts_of_one_page_share_no_identifier()
    {
        var ids = Regex.Matches(Samples.Rendered.Html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();

        ids.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_print_style_sheet_starts_each_section_on_a_new_page()
    {
        var html = Samples.Rendered.Html;

        html.Should().Contain("@media print");
        html.Should().Contain("section { break-before: page; page-break-before: always; }");
        Regex.Count(html, "<section ").Should().Be(4);
    }

    [Fact]
    public void Where_Kosovo_appears_every_output_names_it_with_its_marker_and_prints_the_footnote()
    {
        var footnote = KosovoDesignation.Default.FootnoteLine;
        var rendered = Samples.Rendered;

        rendered.Html.Should().Contain("Kosovo*").And.Contain(System.Net.WebUtility.HtmlEncode(footnote));
        rendered.Markdown.Should().Contain("Kosovo\\*");
        var byCountry = rendered.CsvFiles.Single(f => f.Name == "requests-by-country.csv").Content;
        byCountry.Should().Contain("XK,Kosovo*,");
        Csv(byCountry)[^1][0].Should().Be(footnote);
    }

    [Fact]
    public void A_report_where_Kosovo_does_not_appear_prints_no_footnote()
    {
        var rendered = ReportRenderer.Render(PortfolioReport.Of(IllustrativeFacility.EmptyPortfolio()));

        rendered.Html.Should().NotContain(KosovoDesignation.Default.Footnote);
        rendered.Markdown.Should().NotContain(KosovoDesignation.Default.Footnote);
    }

    [Fact]
    public void Every_CSV_file_has_a_header_row_and_as_many_fields_in_every_row()
    {
        foreach (var file in Samples.Rendered.CsvFiles)
        {
            var rows = Csv(file.Content);
            rows.Should().NotBeEmpty(file.Name);
            rows.Should().OnlyContain(r => r.Length == rows[0].Length, file.Name);
            file.Content.Should().EndWith("\r\n");
        }

        Csv(Samples.Rendered.CsvFiles.Single(f => f.Name == "participants-by-country-and-sex.csv").Content)[0]
            .Should().Equal("Country", "Participants", "Women", "Men", "Other", "Sex unknown");
    }

    [Fact]
    public void A_CSV_field_with_a_comma_quote_or_line_break_is_quoted_with_its_quotes_doubled()
    {
        var rendered = Samples.Rendered.CsvFiles.Single(f => f.Name == "activity-spend.csv").Content;
        var titles = Csv(rendered).Skip(1).Select(r => r[2]).ToArray();

        titles.Should().NotBeEmpty();
        Csv("a,b\r\n\"x, \"\"y\"\"\",z\r\n")[1].Should().Equal("x, \"y\"", "z");
    }

    [Fact]
    public void The_figures_of_a_contribution_of_unknown_amount_are_written_as_unknown_never_zero()
    {
        var unknown = Portfolio.Create(Stamm.Project, [IllustrativeFacility.Rules2026]).OrThrow();

        var rows = Csv(ReportRenderer.Render(PortfolioReport.Of(unknown)).CsvFiles.Single(f => f.Name == "contributions.csv").Content);

        rows.Skip(1).Should().NotBeEmpty().And.OnlyContain(r => r[3] == "unknown" && r[4] == "unknown" && r[5] == "unknown" && r[6] == "unknown");
    }

    [Fact]
    public void The_participants_whose_country_is_not_known_are_a_row_of_their_own()
    {
        var report = PortfolioReport.Of(Samples.Portfolio);
        var rows = Csv(Samples.Rendered.CsvFiles.Single(f => f.Name == "participants-by-country-and-sex.csv").Content);

        rows.Should().Contain(r => r[0] == "Country unknown" && r[1] == report.Participants.CountryUnknown.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_JSON_file_is_the_report_document()
    {
        using var document = JsonDocument.Parse(Samples.Rendered.Json);

        document.RootElement.GetProperty("kind").GetString().Should().Be("report");
    }

    [Fact]
    public void An_empty_portfolio_renders_every_file_with_empty_tables_and_charts()
    {
        var rendered = ReportRenderer.Render(PortfolioReport.Of(IllustrativeFacility.EmptyPortfolio()));

        rendered.Charts.Should().HaveCount(4);
        rendered.Html.Should().Contain("None in the period.");
        SvgText(rendered.Charts[0].Svg).Should().Contain("No data in the period");
    }

    [Fact]
    public void Writing_to_a_folder_writes_the_page_the_Markdown_the_JSON_each_CSV_and_each_chart()
    {
        var folder = Directory.CreateTempSubdirectory("stamm-report-").FullName;
        try
        {
            var written = Samples.Rendered.WriteTo(folder);

            written.Should().Contain(["report.html", "report.md", "report.json", "summary.csv", "charts/contributions.svg"]);
            written.Should().OnlyContain(p => File.Exists(Path.Combine(folder, p)));
            File.ReadAllBytes(Path.Combine(folder, "report.html")).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
            File.ReadAllText(Path.Combine(folder, "report.md"), Encoding.UTF8).Should().Contain("](charts/contributions.svg)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The texts an SVG draws.</summary>
    private static string[] SvgText(string svg) =>
        [.. XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    /// <summary>Parses RFC 4180 CSV: quoted fields with doubled quotes, CRLF rows.</summary>
    internal static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
