using StAMM.Domain.Json;
using StAMM.Domain.Reporting.Rendering;

namespace StAMM.Domain.Reporting.Tests;

/// <summary>
/// The sample report in the docs (docs/samples/report, shown by docs/reporting.md) is the report of the sample
/// portfolio, as <c>stamm report docs/samples/portfolio/stamm-portfolio.json --out docs/samples/report</c> writes it.
/// </summary>
public sealed class SampleFilesTests
{
    public const string SamplePortfolio = "docs/samples/portfolio/stamm-portfolio.json";

    public const string SampleReportFolder = "docs/samples/report";

    private static readonly Lazy<RenderedReport> SampleReport = new(() =>
        ReportRenderer.Render(PortfolioReport.Of(StammJson.ReadPortfolio(File.ReadAllText(Repository.PathOf(SamplePortfolio))).OrThrow())));

    [Fact]
    public void The_sample_report_in_the_docs_is_that_of_the_sample_portfolio()
    {
        var rendered = SampleReport.Value;
        var files = new Dictionary<string, string>
        {
            [RenderedReport.HtmlFile] = rendered.Html,
            [RenderedReport.MarkdownFile] = rendered.Markdown,
            [RenderedReport.JsonFile] = rendered.Json,
        };
        rendered.CsvFiles.ToList().ForEach(f => files[f.Name] = f.Content);
        rendered.Charts.ToList().ForEach(c => files[$"{ReportRenderer.ChartFolder}/{c.Name}.svg"] = c.Svg);

        foreach (var (name, content) in files)
        {
            Repository.ShouldMatchGenerated($"{SampleReportFolder}/{name}", content);
        }
    }

    [Fact]
    public void The_sample_portfolio_s_report_names_Kosovo_with_its_footnote_and_has_every_chart()
    {
        SampleReport.Value.Charts.Should().HaveCount(4);
        SampleReport.Value.Html.Should().Contain("Kosovo*").And.Contain(System.Net.WebUtility.HtmlEncode(Geography.KosovoDesignation.Default.FootnoteLine));
    }
}
