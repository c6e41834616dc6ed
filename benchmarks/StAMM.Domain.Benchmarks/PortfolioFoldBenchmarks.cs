using BenchmarkDotNet.Attributes;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Portfolios;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// Folding a portfolio's events into its state (<see cref="Portfolio.Create"/>, every case and portfolio rule checked
/// on the way): 1 000, 10 000 and 100 000 events (target issue 16: 100 000 in at most 200 ms, linear in the events).
/// </summary>
[MemoryDiagnoser]
public class PortfolioFoldBenchmarks
{
    private List<CaseEvent> _events = null!;

    /// <summary>1 000, 10 000 and 100 000 events; under the dry job (CI's smoke run) the largest is left out.</summary>
    public static IEnumerable<int> Sizes => Smoke.IsDry ? [1_000, 10_000] : [1_000, 10_000, 100_000];

    /// <summary>How many events are folded.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup() => _events = PortfolioFixture.Events(Events);

    [Benchmark]
    public Portfolio Fold() =>
        Portfolio.Create(Stamm.Project, [PortfolioFixture.Rules], [PortfolioFixture.Czech, PortfolioFixture.Swiss], _events).OrThrow();
}
