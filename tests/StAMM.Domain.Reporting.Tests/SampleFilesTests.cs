using StAMM.Domain.Json;
using StAMM.Domain.Reporting.Rendering;

namespace StAMM.Domain.Reporting.Tests;

/// <summary>The sample portfolio the docs report on, and the report's charts shown in docs/reporting.md.</summary>
public sealed class SampleFilesTests
{
    public const string SamplePortfolio = "docs/samples/reporting/portfolio.json";

    [Fact]
    public void The_committed_sample_portfolio_is_the_generated_one() =>
        Repository.ShouldMatchGenerated(
            SamplePortfolio,
            StammJson.WritePortfolio(Samples.Portfolio, JsonWriteOptions.Default, "An illustrative portfolio of the StAMM project for the reporting docs: generated (DeliveringPortfolios.Sample(24) in the tests), every amount, request and person invented."));

    [Fact]
    public void The_committed_sample_portfolio_reads_back_as_the_sample()
    {
        var read = StammJson.ReadPortfolio(File.ReadAllText(Repository.PathOf(SamplePortfolio)));

        read.Problems.Should().BeEmpty();
        read.OrThrow().Should().Be(Samples.Portfolio);
    }

    [Fact]
    public void The_charts_in_the_docs_are_those_of_the_sample_s_report()
    {
        foreach (var chart in Samples.Rendered.Charts)
        {
            Repository.ShouldMatchGenerated($"docs/images/reporting/{chart.Name}.svg", chart.Svg);
        }
    }
}
