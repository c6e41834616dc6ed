using StAMM.Domain.Json;
using StAMM.Domain.Reporting.Rendering;

namespace StAMM.Domain.Reporting.Tests;

/// <summary>The charts docs/reporting.md shows: those of the report of the sample portfolio (docs/samples/portfolio).</summary>
public sealed class SampleFilesTests
{
    public const string SamplePortfolio = "docs/samples/portfolio/stamm-portfolio.json";

    private static readonly Lazy<RenderedReport> SampleReport = new(() =>
        ReportRenderer.Render(PortfolioReport.Of(StammJson.ReadPortfolio(File.ReadAllText(Repository.PathOf(SamplePortfolio))).OrThrow())));

    [Fact]
    public void The_charts_in_the_docs_are_those_of_the_sample_portfolio_s_report()
    {
        SampleReport.Value.Charts.Should().HaveCount(4);
        foreach (var chart in SampleReport.Value.Charts)
        {
            Repository.ShouldMatchGenerated($"docs/images/reporting/{chart.Name}.svg", chart.Svg);
        }
    }

    [Fact]
    public void The_report_in_the_docs_is_that_of_the_sample_portfolio() =>
        Repository.ShouldMatchGenerated("docs/samples/report/report.md", SampleReport.Value.Markdown);
}
