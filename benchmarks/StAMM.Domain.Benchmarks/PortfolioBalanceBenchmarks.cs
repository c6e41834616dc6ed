using BenchmarkDotNet.Attributes;
using NodaTime;
using StAMM.Domain.Portfolios;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// A contribution's balance as of a past instant (the middle of the log) on portfolios of 1 000, 10 000 and 100 000
/// events: a binary search in an index built once per portfolio value (built in setup), so the time grows as
/// log n (target issue 16: O(log n) per contribution).
/// </summary>
[MemoryDiagnoser]
public class PortfolioBalanceBenchmarks
{
    private Portfolio _portfolio = null!;
    private Instant _past;

    /// <summary>The sizes of <see cref="PortfolioFoldBenchmarks"/>.</summary>
    public static IEnumerable<int> Sizes => PortfolioFoldBenchmarks.Sizes;

    /// <summary>How many events the portfolio holds (the largest left out under the dry job).</summary>
    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var events = PortfolioFixture.Events(Events);
        _portfolio = PortfolioFixture.Empty();
        _portfolio = Portfolio.Create(_portfolio.Project, _portfolio.RuleSets, _portfolio.Contributions, events).OrThrow();
        _past = events[events.Count / 2].At;
        _portfolio.BalanceAsOf(PortfolioFixture.Czech, _past);
    }

    [Benchmark]
    public ContributionPosition BalanceAsOf() => _portfolio.BalanceAsOf(PortfolioFixture.Czech, _past);
}
