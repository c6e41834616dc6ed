using BenchmarkDotNet.Attributes;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// One evaluation of the full built-in rule set with its trace: an eligible request and one that fails several rules,
/// in a context of 1 000, 10 000 or 100 000 existing activities spread over 200 institutions and seven years, so the
/// duplicate check's cost can be compared across sizes (target: about the same).
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private Evaluator _evaluator = null!;
    private EvaluationContext _context = null!;
    private AssistanceRequest _eligible = null!;
    private AssistanceRequest _failing = null!;

    /// <summary>How many existing activities the context indexes.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int ExistingActivities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ministry = Stamm.MinistryOfSecurityOfBosniaAndHerzegovina;
        var countries = CountryGroup.WesternBalkans.Countries;
        var institutions = Enumerable.Range(0, 200)
            .Select(i => i == 0 ? ministry : Institution.Create($"Institution {i}", countries[i % countries.Count], InstitutionType.CentralAgency).OrThrow())
            .ToArray();
        var activities = new List<Activity>(ExistingActivities);
        var first = new LocalDate(2019, 1, 1);
        for (var i = 0; i < ExistingActivities; i++)
        {
            var start = first.PlusDays((int)((i * 7919L) % 2555));
            activities.Add(Activity.Create(
                $"existing-{i}",
                (ActivityType)(i % 7 + 1),
                "Existing activity",
                ActivityPeriod.Exact(start, start.PlusDays(i % 3)),
                beneficiaries: [institutions[i % institutions.Length]]).OrThrow());
        }

        var sem = Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(500_000m, Currency.Eur),
            earmarks: Earmarks.Create(countries: [Country.BosniaAndHerzegovina, Country.Serbia, Country.Kosovo, Country.NorthMacedonia])).OrThrow();
        var czech = Contribution.Create(Stamm.CzechMinistryOfTheInterior, Stamm.AidInPlace, Money.Of(300_000m, Currency.Eur),
            new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)),
            Earmarks.Create(themes: [ThematicArea.Asylum, ThematicArea.BorderManagement, ThematicArea.IrregularMigrationAndReturn])).OrThrow();
        _context = EvaluationContext.CreateAsOf(
            Stamm.Project,
            new LocalDate(2025, 3, 3),
            [ContributionBalance.Create(sem, Money.Of(100_000m, Currency.Eur)).OrThrow(), ContributionBalance.Create(czech, Money.Of(280_000m, Currency.Eur)).OrThrow()],
            activities).OrThrow();
        _evaluator = new Evaluator(StammRuleSet.Default);

        // The same two requests the peer comparison decides (one home for them: Peers/PeerScenario.cs).
        _eligible = Peers.PeerScenario.Eligible;
        _failing = Peers.PeerScenario.Failing;
        if (_evaluator.Evaluate(_eligible, _context).Kind != DecisionKind.Eligible || _evaluator.Evaluate(_failing, _context).Kind != DecisionKind.Ineligible)
        {
            throw new InvalidOperationException("The benchmark's requests do not decide as intended.");
        }
    }

    /// <summary>An eligible request: every rule runs and passes.</summary>
    [Benchmark(Baseline = true)]
    public Decision EvaluateEligible() => _evaluator.Evaluate(_eligible, _context);

    /// <summary>A request failing several rules (lead time, duration, attachments, form, cost lines, ceiling, participants, Kosovo).</summary>
    [Benchmark]
    public Decision EvaluateFailing() => _evaluator.Evaluate(_failing, _context);
}
