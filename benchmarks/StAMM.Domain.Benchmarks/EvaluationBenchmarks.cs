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

        var contact = Contact.Create("Amra Hodžić", "amra.hodzic@msb.gov.ba").OrThrow();
        var submitted = Instant.FromUtc(2025, 3, 3, 9, 0);
        _eligible = AssistanceRequest.Create(
            "2025-017-BA-MoS",
            submitted,
            RequestingParty.Create(ministry, contact),
            RequestedActivity.Create(
                ActivityType.Workshop, [ThematicArea.Asylum], "Workshop on asylum procedures", "Caseworkers need training on the revised asylum procedure.",
                servesObligation: "Strategy on Migration and Asylum 2021-2025"),
            RequestLogistics.Create(
                RequestedDates.Exactly(new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 11)).OrThrow(),
                Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow(),
                Participants.Create(20, [Country.BosniaAndHerzegovina]).OrThrow()),
            CostEstimate.Create([CostLine.Create(CostCategory.Travel, Money.Of(4_000m, Currency.Eur)).OrThrow(), CostLine.Create(CostCategory.ExpertFee, Money.Of(8_000m, Currency.Eur)).OrThrow()]),
            RequestDeclarations.Create(
                [AttachmentKind.OfficialRequestLetter, AttachmentKind.RequestForm, AttachmentKind.AgendaOrTermsOfReference],
                declaresNoParallelFunding: true,
                coordination: "Coordinated with the EU Delegation.")).OrThrow();
        _failing = AssistanceRequest.Create(
            "2025-018-BA-MoS",
            submitted,
            RequestingParty.Create(ministry, contact),
            RequestedActivity.Create(ActivityType.Workshop, [ThematicArea.Asylum], "Workshop for the Kosovo border police", "Late, long, expensive and incomplete."),
            RequestLogistics.Create(
                RequestedDates.Exactly(new LocalDate(2025, 3, 13), new LocalDate(2025, 3, 18)).OrThrow(),
                participants: Participants.Create(8, [Country.BosniaAndHerzegovina, Country.Kosovo]).OrThrow()),
            CostEstimate.Create([CostLine.Create(CostCategory.Salaries, Money.Of(70_000m, Currency.Eur)).OrThrow()]),
            RequestDeclarations.Create([AttachmentKind.OfficialRequestLetter])).OrThrow();
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
