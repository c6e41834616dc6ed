using StAMM.Domain.Portfolios;
using StAMM.Domain.Reporting;
using StAMM.Domain.Reporting.Rendering;
using StAMM.Domain.Tests.Reporting;

namespace StAMM.Domain.Reporting.Tests;

/// <summary>The portfolio and its rendered report the tests share: deterministic, with Kosovo, unknown participants and spend.</summary>
internal static class Samples
{
    private static readonly Lazy<Portfolio> LazyPortfolio = new(() => DeliveringPortfolios.Sample(24));

    private static readonly Lazy<RenderedReport> LazyRendered = new(() => ReportRenderer.Render(PortfolioReport.Of(Portfolio)));

    public static Portfolio Portfolio => LazyPortfolio.Value;

    public static RenderedReport Rendered => LazyRendered.Value;
}
