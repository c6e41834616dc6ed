using BenchmarkDotNet.Attributes;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// One evaluation of a new request against a portfolio of 10 000 or 100 000 cases, its context taken from the portfolio
/// (<see cref="Portfolio.ContextOn"/>, whose indexes are built once per portfolio value: the first call is in setup),
/// against the baseline of the same evaluation in a plain <see cref="EvaluationContext"/> of the built-in project with
/// the same contributions (target issue 16: within 1.2× of the baseline).
/// </summary>
[MemoryDiagnoser]
public class PortfolioEvaluationBenchmarks
{
    private Portfolio _portfolio = null!;
    private EvaluationContext _plain = null!;
    private EvaluationContext _fromPortfolio = null!;
    private Evaluator _evaluator = null!;
    private AssistanceRequest _request = null!;
    private LocalDate _day;

    /// <summary>10 000 and 100 000 cases; 1 000 under the dry job (CI's smoke run).</summary>
    public static IEnumerable<int> Sizes => Smoke.IsDry ? [1_000] : [10_000, 100_000];

    /// <summary>How many cases the portfolio holds.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _portfolio = PortfolioFixture.WithCases(Cases);
        var after = _portfolio.LastChanged!.Value.Plus(Duration.FromHours(1));
        _day = after.InUtc().Date;
        _request = PortfolioFixture.Request("2026-NEW", after, 1);
        _evaluator = new Evaluator(PortfolioFixture.Rules);
        _plain = EvaluationContext.CreateAsOf(
            Stamm.Project, _day, [ContributionBalance.Untouched(PortfolioFixture.Czech), ContributionBalance.Untouched(PortfolioFixture.Swiss)]).OrThrow();
        _fromPortfolio = _portfolio.ContextOn(_day);
    }

    [Benchmark(Baseline = true)]
    public Decision InPlainContext() => _evaluator.Evaluate(_request, _plain);

    [Benchmark]
    public Decision AgainstPortfolio() => _evaluator.Evaluate(_request, _portfolio.ContextOn(_day));

    /// <summary>The portfolio's context taken once: what the rules cost on its 10 000 or 100 000 cases, without <see cref="Portfolio.ContextOn"/>.</summary>
    [Benchmark]
    public Decision InPortfolioContextTakenOnce() => _evaluator.Evaluate(_request, _fromPortfolio);
}
