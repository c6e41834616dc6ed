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

namespace StAMM.Domain.Benchmarks.Peers;

/// <summary>
/// The inputs of the peer comparison: a context (the StAMM project on 3 March 2025, two earmarked contributions with
/// their balances, some existing activities and open requests for the duplicate check), the eligible request, the
/// request failing several rules, and seeded generated requests that reach every rule's outcomes.
/// </summary>
public static class PeerScenario
{
    public static readonly LocalDate Today = new(2025, 3, 3);

    private static readonly Instant Submitted = Instant.FromUtc(2025, 3, 3, 9, 0);

    private static readonly Contact WithPhone = Contact.Create("Amra Hodžić", "amra.hodzic@msb.gov.ba", "+387 33 123 456").OrThrow();

    private static readonly Contact WithoutPhone = Contact.Create("Amra Hodžić", "amra.hodzic@msb.gov.ba").OrThrow();

    /// <summary>Requesters of every kind: ministries of the region, a local authority, a civil-society organisation,
    /// an academic institution, a Croatian ministry (out of scope).</summary>
    public static IReadOnlyList<Institution> Institutions { get; } =
    [
        Stamm.MinistryOfSecurityOfBosniaAndHerzegovina,
        .. CountryGroup.WesternBalkans.Countries.Select(c => Institution.Create($"Ministry of the Interior of {c.Code}", c, InstitutionType.Ministry).OrThrow()),
        Institution.Create("Border Police of Serbia", Country.Serbia, InstitutionType.LawEnforcement).OrThrow(),
        Institution.Create("Municipality of Tuzla", Country.BosniaAndHerzegovina, InstitutionType.LocalAuthority).OrThrow(),
        Institution.Create("Vaša prava BiH", Country.BosniaAndHerzegovina, InstitutionType.CivilSociety).OrThrow(),
        Institution.Create("University of Tirana", Country.Albania, InstitutionType.Academic).OrThrow(),
        Institution.Create("Ministry of the Interior of Croatia", Country.FromCode("HR"), InstitutionType.Ministry).OrThrow(),
    ];

    /// <summary>The context every engine decides in.</summary>
    public static EvaluationContext Context { get; } = BuildContext();

    /// <summary>An eligible workshop: every rule runs and passes.</summary>
    public static AssistanceRequest Eligible { get; } = AssistanceRequest.Create(
        "2025-017-BA-MoS",
        Submitted,
        RequestingParty.Create(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, WithoutPhone),
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

    /// <summary>A request failing several rules: lead time, duration, attachments, form, cost lines, ceiling, participants, Kosovo.</summary>
    public static AssistanceRequest Failing { get; } = AssistanceRequest.Create(
        "2025-018-BA-MoS",
        Submitted,
        RequestingParty.Create(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, WithoutPhone),
        RequestedActivity.Create(ActivityType.Workshop, [ThematicArea.Asylum], "Workshop for the Kosovo border police", "Late, long, expensive and incomplete."),
        RequestLogistics.Create(
            RequestedDates.Exactly(new LocalDate(2025, 3, 13), new LocalDate(2025, 3, 18)).OrThrow(),
            participants: Participants.Create(8, [Country.BosniaAndHerzegovina, Country.Kosovo]).OrThrow()),
        CostEstimate.Create([CostLine.Create(CostCategory.Salaries, Money.Of(70_000m, Currency.Eur)).OrThrow()]),
        RequestDeclarations.Create([AttachmentKind.OfficialRequestLetter])).OrThrow();

    /// <summary>Generates well-formed requests from a seed; the same seed gives the same requests.</summary>
    public static AssistanceRequest[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var result = new AssistanceRequest[count];
        var countries = CountryGroup.WesternBalkans.Countries;
        var croatia = Country.FromCode("HR");
        ThematicArea[] themes = [.. Enum.GetValues<ThematicArea>()];
        AttachmentKind[] attachmentKinds = [.. Enum.GetValues<AttachmentKind>()];
        for (var i = 0; i < count; i++)
        {
            var requester = Institutions[random.Next(Institutions.Count)];
            var type = random.Next(25) != 0 ? (ActivityType)random.Next(1, 8) : (ActivityType)random.Next(8, 11);
            var start = random.Next(100) == 0 ? new LocalDate(2018, 11, 20) : Today.PlusDays(random.Next(10) == 0 ? random.Next(-5, 60) : random.Next(60, 700));
            var duration = random.Next(10) < 8 ? random.Next(1, 5) : random.Next(5, 16);
            var dates = random.Next(8) == 0
                ? RequestedDates.Within(start, start.PlusDays(duration + random.Next(0, 30)), duration).OrThrow()
                : RequestedDates.Exactly(start, start.PlusDays(duration - 1)).OrThrow();
            var participantCountries = new List<Country> { requester.Country };
            if (random.Next(4) == 0)
            {
                var other = random.Next(6) == 0 ? croatia : countries[random.Next(countries.Count)];
                if (other != requester.Country)
                {
                    participantCountries.Add(other);
                }
            }

            var currency = random.Next(30) == 0 ? Currency.Chf : Currency.Eur;
            var costs = new List<CostLine>();
            var lines = random.Next(25) == 0 ? 0 : random.Next(1, 4);
            for (var l = 0; l < lines; l++)
            {
                var category = random.Next(15) == 0 ? (CostCategory)random.Next(6, 10) : (CostCategory)random.Next(1, 6);
                var amount = random.Next(15) == 0 ? random.Next(20_000, 70_000) : random.Next(500, 8_000);
                costs.Add(CostLine.Create(category, Money.Of(amount, currency), category == CostCategory.Other ? "Other costs" : null).OrThrow());
            }

            var attachments = attachmentKinds.Where(_ => random.Next(25) != 0).ToList();
            var kosovoTitle = random.Next(8) switch
            {
                0 => "Workshop with Kosovo* border police",
                1 => "Workshop with Kosovo border police",
                _ => $"Workshop {i} on migration management",
            };
            var designation = random.Next(5) switch
            {
                0 => null,
                1 => KosovoDesignation.UnitedNations,
                2 => KosovoDesignation.Create("Custom footnote on the status of Kosovo.", "**"),
                _ => KosovoDesignation.EuropeanUnion,
            };
            // The draws in the order the request lists them, so a seed gives the requests it always gave.
            var contact = random.Next(3) == 0 ? WithPhone : WithoutPhone;
            ThematicArea[] requestThemes = random.Next(25) == 0 ? [ThematicArea.CapacityDevelopment] : [themes[random.Next(themes.Length)], ThematicArea.Asylum];
            var venue = random.Next(25) == 0 ? null : Venue.InPerson("Sarajevo", requester.Country).OrThrow();
            var participants = Participants.Create(random.Next(25) == 0 ? null : random.Next(1, 40), random.Next(25) == 0 ? [] : participantCountries).OrThrow();
            var obligation = random.Next(25) == 0 ? null : "Strategy on Migration and Asylum 2021-2025";
            int? experts = random.Next(3) == 0 ? null : random.Next(0, 5);
            var emergency = random.Next(10) == 0;
            var noParallelFunding = random.Next(6) != 0;
            var coordination = random.Next(6) == 0 ? null : "Coordinated with the EU Delegation.";
            var coRequester = random.Next(4) == 0 ? Institutions[random.Next(1, 7)] : null;
            var language = random.Next(40) switch { 0 => null, 1 => "de", _ => "en" };
            var justification = random.Next(4) == 0 ? "Needed for the new law." : null;
            var planned = random.Next(10) == 0 ? random.Next(2, 10) : 1;
            var request = AssistanceRequest.Create(
                $"gen-{seed}-{i}",
                Submitted,
                RequestingParty.Create(requester, contact, coRequester),
                RequestedActivity.Create(type, requestThemes, kosovoTitle, "A generated need.", obligation, experts, planned, outputDesignation: designation),
                RequestLogistics.Create(dates, venue, participants, language),
                CostEstimate.Create(costs),
                RequestDeclarations.Create(attachments, emergency, noParallelFunding, coordination, justification));
            if (!request.IsValid)
            {
                i--;
                continue;
            }

            result[i] = request.OrThrow();
        }

        return result;
    }

    private static EvaluationContext BuildContext()
    {
        var countries = CountryGroup.WesternBalkans.Countries;
        var sem = Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(500_000m, Currency.Eur),
            earmarks: Earmarks.Create(countries: [Country.BosniaAndHerzegovina, Country.Serbia, Country.Kosovo, Country.NorthMacedonia])).OrThrow();
        var czech = Contribution.Create(Stamm.CzechMinistryOfTheInterior, Stamm.AidInPlace, Money.Of(300_000m, Currency.Eur),
            new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)),
            Earmarks.Create(
                countries: [Country.Albania, Country.BosniaAndHerzegovina, Country.NorthMacedonia, Country.Serbia],
                themes: [ThematicArea.Asylum, ThematicArea.BorderManagement, ThematicArea.IrregularMigrationAndReturn])).OrThrow();
        // Two in three existing activities name a migration theme (10 to 18), so the duplicate check matches on themes as well as types.
        var activities = new List<Activity>(Stamm.Project.Activities);
        for (var i = 0; i < 400; i++)
        {
            var start = Today.PlusDays(i * 37 % 700);
            activities.Add(Activity.Create(
                $"existing-{i}",
                (ActivityType)(i % 7 + 1),
                "Existing activity",
                ActivityPeriod.Exact(start, start.PlusDays(i % 4)),
                beneficiaries: [Institutions[i % Institutions.Count]],
                thematicAreas: i % 3 == 0 ? [] : [(ThematicArea)(10 + (i % 9))]).OrThrow());
        }

        var open = Generate(50, seed: 7);
        return EvaluationContext.CreateAsOf(
            Stamm.Project,
            Today,
            [ContributionBalance.Create(sem, Money.Of(100_000m, Currency.Eur)).OrThrow(), ContributionBalance.Create(czech, Money.Of(280_000m, Currency.Eur)).OrThrow()],
            activities,
            open).OrThrow();
    }
}
