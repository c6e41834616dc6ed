using BenchmarkDotNet.Attributes;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Benchmarks.Peers;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Reporting;
using StAMM.Domain.Reporting.Rendering;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// The report of a portfolio of 100 000 cases (1 000 under the dry job), issue 18's target: at most 1 s for the
/// figures. Rendering (tables, four ScottPlot charts, HTML, Markdown, CSV, JSON) is measured separately. The portfolio
/// is built in setup, not measured: generated requests decided by the built-in rules, the eligible ones approved and
/// delivered with participants known in part, half of those closed, the others rejected.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private Portfolio _portfolio = null!;
    private PortfolioReport _report = null!;

    /// <summary>How many cases the portfolio holds.</summary>
    [ParamsSource(nameof(Counts))]
    public int Cases { get; set; }

    /// <summary>100 000, or 1 000 under the dry job.</summary>
    public static IEnumerable<int> Counts => Smoke.IsDry ? [1_000] : [100_000];

    [GlobalSetup]
    public void Setup()
    {
        _portfolio = ReportPortfolio.Build(Cases);
        _report = PortfolioReport.Of(_portfolio);
        if (_report.Requests.Count != Cases || _report.Activities.Count == 0)
        {
            throw new InvalidOperationException($"The benchmark portfolio is not what it should be: {_report}.");
        }
    }

    [Benchmark(Baseline = true)]
    public PortfolioReport WholeLife() => PortfolioReport.Of(_portfolio);

    [Benchmark]
    public PortfolioReport YearOfOneDonor() => PortfolioReport.Of(_portfolio, ReportScope.Year(2026).ForDonor(Stamm.CzechMinistryOfTheInterior));

    [Benchmark]
    public int Render() => ReportRenderer.Render(_report).Html.Length;
}

/// <summary>Builds a large portfolio in O(n log n): the events are made case by case against one context, then folded once.</summary>
internal static class ReportPortfolio
{
    private static readonly Institution Icmpd =
        Institution.Create("International Centre for Migration Policy Development", Geography.Country.Austria, InstitutionType.RegionalOrganisation, acronym: "ICMPD").OrThrow();

    private static readonly Actor Officer = Actor.Create("Ana Officer", "programme officer", Icmpd).OrThrow();

    private static readonly Actor Approver = Actor.Create("Alex Approver", "head of facility", Icmpd).OrThrow();

    public static Portfolio Build(int cases)
    {
        Contribution[] contributions =
        [
            Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(1_000_000_000m, Currency.Eur)).OrThrow(),
            Contribution.Create(Stamm.CzechMinistryOfTheInterior, amount: Money.Of(1_000_000_000m, Currency.Eur)).OrThrow(),
        ];
        var evaluator = new Evaluator(StammRuleSet.Default);
        var context = PeerScenario.Context;
        var requests = PeerScenario.Generate(cases, seed: 18);
        var events = new List<CaseEvent>(cases * 5);
        var clock = requests.Min(r => r.Submitted);
        for (var i = 0; i < requests.Length; i++)
        {
            var request = requests[i];
            Instant Next() => clock = clock.Plus(Duration.FromMinutes(1));
            var step = AssistanceCase.Submit(request, Next(), Officer).OrThrow();
            events.Add(step.Event);
            step = step.Case.Evaluate(evaluator.Evaluate(request, context), Next(), Officer).OrThrow();
            events.Add(step.Event);
            if (step.Case.Decision!.Kind != DecisionKind.Eligible)
            {
                events.Add(step.Case.Reject(["Not eligible as requested."], Next(), Officer).OrThrow().Event);
                continue;
            }

            var commitment = Commitment.Create(contributions[i % 2], Money.Of(1_000m, Currency.Eur)).OrThrow();
            step = step.Case.Approve(commitment, Next(), Approver).OrThrow();
            events.Add(step.Event);
            var start = request.Dates.EarliestStart;
            var period = ActivityPeriod.Exact(start, start.PlusDays(request.Dates.DurationInDays - 1));
            var participants = (i % 4) switch
            {
                0 => Participants.Unknown,
                1 => Participants.Create(10 + (i % 20)).OrThrow(),
                _ => Participants.Create(10 + (i % 20), [request.RequesterCountry], bySex: SexBreakdown.Create(5, 5 + (i % 20)).OrThrow()).OrThrow(),
            };
            var costs = new[] { CostLine.Create(CostCategory.Travel, Money.Of(100m + (i % 800), Currency.Eur)).OrThrow() };
            if (step.Case.Deliver(period, request.Venue, participants, costs, Next(), Officer).OrNull() is not { } delivered
                || !Stamm.Project.WithActivity(((CaseDelivered)delivered.Event).Activity).IsValid)
            {
                continue;
            }

            events.Add(delivered.Event);
            if (i % 2 == 0)
            {
                events.Add(delivered.Case.Close(Next(), Officer).OrThrow().Event);
            }
        }

        return Portfolio.Create(Stamm.Project, [StammRuleSet.Default], contributions, events).OrThrow();
    }
}
