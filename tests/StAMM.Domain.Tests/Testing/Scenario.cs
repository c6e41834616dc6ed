using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Tests.Testing;

/// <summary>
/// Builds a request and the context it is evaluated in. The defaults make a clearly eligible request: a two-day
/// workshop on asylum for 20 officials of the Ministry of Security of Bosnia and Herzegovina, submitted 99 days ahead,
/// costing EUR 12 000, with every document. Each <c>With...</c> returns a changed copy.
/// </summary>
/// <remarks>
/// The context's contributions (test data, not facts about StAMM): SEM, EUR 500 000 (EUR 100 000 committed), may be
/// spent in BA, RS, XK and MK, any theme, no period limit; Czech MoI "Aid in Place", EUR 300 000 (EUR 280 000
/// committed), in AL, BA, MK and RS, for asylum, border management and irregular migration, in 2025 only.
/// Montenegro is funded by neither, so a Montenegrin request fails the country earmark.
/// </remarks>
public sealed record Scenario
{
    public static readonly LocalDate Submission = new(2025, 3, 3);

    public static readonly Institution MinistryOfSecurity = Stamm.MinistryOfSecurityOfBosniaAndHerzegovina;

    public static Contribution SemContribution { get; } = Contribution.Create(
        Stamm.StateSecretariatForMigration,
        amount: Money.Of(500_000m, Currency.Eur),
        earmarks: Earmarks.Create(countries: [Country.BosniaAndHerzegovina, Country.Serbia, Country.Kosovo, Country.NorthMacedonia])).OrThrow();

    public static Contribution CzechContribution { get; } = Contribution.Create(
        Stamm.CzechMinistryOfTheInterior,
        Stamm.AidInPlace,
        Money.Of(300_000m, Currency.Eur),
        new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)),
        Earmarks.Create(
            countries: [Country.Albania, Country.BosniaAndHerzegovina, Country.NorthMacedonia, Country.Serbia],
            themes: [ThematicArea.Asylum, ThematicArea.BorderManagement, ThematicArea.IrregularMigrationAndReturn])).OrThrow();

    public static ContributionBalance SemBalance { get; } = ContributionBalance.Create(SemContribution, committed: Money.Of(100_000m, Currency.Eur)).OrThrow();

    public static ContributionBalance CzechBalance { get; } = ContributionBalance.Create(CzechContribution, committed: Money.Of(280_000m, Currency.Eur)).OrThrow();

    public string Identifier { get; init; } = "2025-017-BA-MoS";

    public Institution Requester { get; init; } = MinistryOfSecurity;

    public Institution? CoRequester { get; init; }

    public ActivityType Type { get; init; } = ActivityType.Workshop;

    public IReadOnlyList<ThematicArea> Themes { get; init; } = [ThematicArea.Asylum];

    public string Title { get; init; } = "Workshop on asylum procedures";

    public int LeadDays { get; init; } = 99;

    public int DurationDays { get; init; } = 2;

    public RequestedDates? Dates { get; init; }

    public Venue? Venue { get; init; } = Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow();

    public int? ParticipantCount { get; init; } = 20;

    public IReadOnlyList<Country> ParticipantCountries { get; init; } = [Country.BosniaAndHerzegovina];

    public IReadOnlyList<(CostCategory Category, decimal Amount)> Costs { get; init; } =
        [(CostCategory.Travel, 4_000m), (CostCategory.ExpertFee, 5_000m), (CostCategory.VenueAndCatering, 3_000m)];

    public IReadOnlyList<AttachmentKind> Attachments { get; init; } =
        [AttachmentKind.OfficialRequestLetter, AttachmentKind.RequestForm, AttachmentKind.AgendaOrTermsOfReference, AttachmentKind.ParticipantList];

    public string? ServesObligation { get; init; } = "Strategy on Migration and Asylum 2021-2025";

    public int? Experts { get; init; } = 2;

    public bool Emergency { get; init; }

    public bool DeclaresNoParallelFunding { get; init; } = true;

    public string? Coordination { get; init; } = "Coordinated with the EU Delegation; no TAIEX or IPA support for this topic.";

    public string? Language { get; init; } = "en";

    public string? Justification { get; init; }

    public int PlannedActivities { get; init; } = 1;

    public KosovoDesignation? OutputDesignation { get; init; } = KosovoDesignation.EuropeanUnion;

    public GeographicScope? Scope { get; init; }

    public ProjectStatus ProjectStatus { get; init; } = ProjectStatus.Implementation;

    public IReadOnlyList<Activity> ExistingActivities { get; init; } = [];

    public IReadOnlyList<AssistanceRequest> OpenRequests { get; init; } = [];

    public Scenario WithDates(LocalDate start, LocalDate end) => this with { Dates = RequestedDates.Exactly(start, end).OrThrow() };

    public AssistanceRequest Request()
    {
        var start = Submission.PlusDays(LeadDays);
        return AssistanceRequest.Create(
            identifier: Identifier,
            submitted: Submission.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(9)),
            requester: Requester,
            contact: Contact.Create("Amra Hodžić", "amra.hodzic@msb.gov.ba", "+387 33 123 456").OrThrow(),
            activityType: Type,
            themes: Themes,
            title: Title,
            need: "Caseworkers need training on the revised asylum procedure.",
            dates: Dates ?? RequestedDates.Exactly(start, start.PlusDays(DurationDays - 1)).OrThrow(),
            venue: Venue,
            participants: Participants.Create(ParticipantCount, ParticipantCountries).OrThrow(),
            costs: Costs.Select(c => CostLine.Create(c.Category, Money.Of(c.Amount, Currency.Eur), c.Category == CostCategory.Other ? "Other costs" : null).OrThrow()),
            attachments: Attachments,
            servesObligation: ServesObligation,
            expertsRequested: Experts,
            isEmergency: Emergency,
            declaresNoParallelFunding: DeclaresNoParallelFunding,
            coordination: Coordination,
            coRequester: CoRequester,
            language: Language,
            justification: Justification,
            plannedActivities: PlannedActivities,
            outputDesignation: OutputDesignation,
            scope: Scope).OrThrow();
    }

    public EvaluationContext Context()
    {
        var project = ProjectStatus == Stamm.Project.Status
            ? Stamm.Project
            : Stamm.Project.WithStatus(ProjectStatus).OrThrow();
        return EvaluationContext.CreateAsOf(project, Submission, [SemBalance, CzechBalance], [.. Stamm.Project.Activities, .. ExistingActivities], OpenRequests).OrThrow();
    }

    public Decision Evaluate(RuleSet? rules = null) => new Evaluator(rules ?? StammRuleSet.Default).Evaluate(Request(), Context());

    public static Institution Ministry(Country country) => Institution.Create("Ministry of the Interior", country, InstitutionType.Ministry).OrThrow();
}
