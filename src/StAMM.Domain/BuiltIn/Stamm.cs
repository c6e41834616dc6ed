using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.BuiltIn;

/// <summary>
/// The StAMM project, built in: <i>Short-term Technical Assistance on Asylum, Migration and Mobility in the Western
/// Balkans</i>, implemented by ICMPD since December 2018, as ICMPD's public project page describes it.
/// </summary>
/// <remarks>
/// <para>Every fact here comes from that page. Where it says nothing (an amount, an end date, an IATI identifier,
/// a participant count) the model says "unknown" (<see langword="null"/> or <see cref="Participants.Unknown"/>)
/// rather than inventing a value. Activity identifiers are this library's own keys.</para>
/// <para>An activity's themes are among the project's two tags (Capacity Development, Governance). The page says of
/// both trainings that they strengthen the participants' competencies, capacities and skills, so they serve
/// <see cref="ThematicArea.CapacityDevelopment"/>; it tags no activity, and says nothing that places the COVID-19
/// assessment under either tag, so the assessment's themes stay unknown (empty).</para>
/// <para>The values are built once, on first use, through the same validating factories users call; a fact that
/// broke an invariant would fail at start-up and in the tests.</para>
/// </remarks>
public static class Stamm
{
    /// <summary>The Swiss State Secretariat for Migration (SEM), a donor.</summary>
    public static Donor StateSecretariatForMigration { get; } = Donor.Create(
        Organisation.Create("Swiss State Secretariat for Migration", OrganisationType.Government, acronym: "SEM", country: Country.Switzerland).OrThrow()).OrThrow();

    /// <summary>The Czech Ministry of the Interior's "Aid in Place" programme.</summary>
    public static FundingProgramme AidInPlace { get; } = FundingProgramme.Create("Aid in Place").OrThrow();

    /// <summary>The Ministry of the Interior of the Czech Republic, a donor, which funds through <see cref="AidInPlace"/>.</summary>
    public static Donor CzechMinistryOfTheInterior { get; } = Donor.Create(
        Organisation.Create("Ministry of the Interior of the Czech Republic", OrganisationType.Government, country: Country.Czechia).OrThrow(),
        [AidInPlace]).OrThrow();

    /// <summary>The International Centre for Migration Policy Development, which implements StAMM.</summary>
    public static Organisation Icmpd { get; } =
        Organisation.Create("International Centre for Migration Policy Development", OrganisationType.Multilateral, acronym: "ICMPD").OrThrow();

    /// <summary>The Ministry of Security of Bosnia and Herzegovina.</summary>
    public static Institution MinistryOfSecurityOfBosniaAndHerzegovina { get; } =
        Institution.Create("Ministry of Security", Country.BosniaAndHerzegovina, InstitutionType.Ministry).OrThrow();

    /// <summary>The Service for Foreigners' Affairs, part of the Ministry of Security of Bosnia and Herzegovina.</summary>
    public static Institution ServiceForForeignersAffairs { get; } =
        Institution.Create("Service for Foreigners' Affairs", Country.BosniaAndHerzegovina, InstitutionType.CentralAgency, parent: MinistryOfSecurityOfBosniaAndHerzegovina).OrThrow();

    /// <summary>
    /// The ministries of security or of the interior of the six participants, whose representatives in the Prague
    /// and Budapest Processes the 2019 negotiation training served.
    /// </summary>
    public static ImmutableArray<Institution> MigrationMinistries { get; } =
    [
        Institution.Create("Ministry of the Interior", Country.Albania, InstitutionType.Ministry).OrThrow(),
        MinistryOfSecurityOfBosniaAndHerzegovina,
        Institution.Create("Ministry of the Interior", Country.Kosovo, InstitutionType.Ministry).OrThrow(),
        Institution.Create("Ministry of the Interior", Country.Montenegro, InstitutionType.Ministry).OrThrow(),
        Institution.Create("Ministry of the Interior", Country.NorthMacedonia, InstitutionType.Ministry).OrThrow(),
        Institution.Create("Ministry of the Interior", Country.Serbia, InstitutionType.Ministry).OrThrow(),
    ];

    /// <summary>StAMM Negotiations Skills Training, Sarajevo, 13-15 March 2019, funded by SEM.</summary>
    public static Activity NegotiationSkillsTraining { get; } = Activity.Create(
        identifier: "2019-03-negotiation-skills-training",
        type: ActivityType.Training,
        title: "StAMM Negotiations Skills Training",
        period: ActivityPeriod.Exact(new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 15)),
        venue: Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow(),
        beneficiaries: MigrationMinistries,
        participants: Participants.Create(
            countries: CountryGroup.WesternBalkans.Countries,
            description: "Representatives of the ministries of security and/or ministries of the interior participating in inter-regional migration dialogues under the Prague Process and the Budapest Process").OrThrow(),
        topics:
        [
            "Negotiation, lobbying and presentation (NLP) competencies",
            "Identifying an actual negotiation process",
            "Managing the course of negotiations",
        ],
        funding: [FundingSource.From(StateSecretariatForMigration)],
        dialogues: [MigrationDialogue.PragueProcess, MigrationDialogue.BudapestProcess],
        thematicAreas: [ThematicArea.CapacityDevelopment],
        summary: "Success in negotiation is often not a matter of chance, but the result of good planning and specialized skills. The training strengthened theoretical and practical skills to identify an actual negotiation process and to manage the course of negotiations.").OrThrow();

    /// <summary>Online training on management of cultural diversity in migration centres, 25-26 June 2020, for 15 inspectors; funded by SEM.</summary>
    public static Activity CulturalDiversityTraining { get; } = Activity.Create(
        identifier: "2020-06-cultural-diversity-training",
        type: ActivityType.Training,
        title: "Training on management of cultural diversity in migration centres",
        period: ActivityPeriod.Exact(new LocalDate(2020, 6, 25), new LocalDate(2020, 6, 26)),
        venue: Venue.Online,
        beneficiaries: [ServiceForForeignersAffairs],
        participants: Participants.Create(
            count: 15,
            countries: [Country.BosniaAndHerzegovina],
            description: "Inspectors of the Service for Foreigners' Affairs (Ministry of Security) of Bosnia and Herzegovina").OrThrow(),
        topics:
        [
            "Concepts of diversity and management of diversity",
            "Socio-cultural factors that influence the behaviour of individuals and groups",
            "Recognising stages in conflict and choosing the appropriate action",
            "Reducing prejudice and bias in intercultural settings",
            "Historical, political, social and cultural characteristics of the main countries of origin of migrants in the centres",
        ],
        topicCountries: [Country.FromCode("PK"), Country.FromCode("AF"), Country.FromCode("DZ"), Country.FromCode("MA")],
        funding: [FundingSource.From(StateSecretariatForMigration)],
        thematicAreas: [ThematicArea.CapacityDevelopment],
        summary: "Improves the competencies and skills of the staff of the Ministry of Security of Bosnia and Herzegovina in managing the diverse migrant population in reception centres more safely and efficiently, and mitigates the challenges stemming from its cultural diversity.").OrThrow();

    /// <summary>
    /// The comparative report "Assessment of the migration situation and implications of COVID-19 on migration
    /// management in the Western Balkans", December 2020, funded by the Czech Ministry of the Interior under Aid in Place.
    /// </summary>
    public static Activity CovidAssessment { get; } = Activity.Create(
        identifier: "2020-12-covid-19-assessment",
        type: ActivityType.Assessment,
        title: "Assessment of the migration situation and implications of COVID-19 on migration management in the Western Balkans",
        period: ActivityPeriod.InMonth(new YearMonth(2020, 12)),
        topics:
        [
            "Recent migration trends and policy developments",
            "Management of irregular migration: legal and strategic frameworks, institutional, regional and international cooperation",
            "Implications of the COVID-19 pandemic on migration management structures, operational practices and recorded needs",
        ],
        topicCountries: CountryGroup.WesternBalkans.Countries,
        funding: [FundingSource.Through(CzechMinistryOfTheInterior, AidInPlace).OrThrow()],
        documents:
        [
            DocumentLink.Create(
                "Assessment of the migration situation and implications of COVID-19 on migration management in the Western Balkans",
                "A08",
                published: PartialDate.OfMonth(new YearMonth(2020, 12))).OrThrow(),
        ],
        summary: "A comparative report covering the Western Balkans region: an overview of recent migration trends and policy developments, measures proposed to improve policies and practices on irregular migration, and the implications of the COVID-19 pandemic on migration management.").OrThrow();

    /// <summary>The StAMM project, with its three published activities.</summary>
    public static TechnicalAssistanceProject Project { get; } = TechnicalAssistanceProject.Create(
        identifier: "StAMM",
        acronym: "StAMM",
        title: "StAMM: Short-term technical assistance on Asylum, Migration, and Mobility in Western Balkans",
        alternativeTitles: ["Short-term Technical Assistance on Asylum, Migration, and Mobility – Western Balkans (StAMM WB)"],
        scope: GeographicScope.Regional(CountryGroup.WesternBalkans),
        status: ProjectStatus.Implementation,
        period: ProjectPeriod.StartingIn(PartialDate.OfMonth(new YearMonth(2018, 12))),
        implementer: Icmpd,
        contributions:
        [
            Contribution.Create(StateSecretariatForMigration).OrThrow(),
            Contribution.Create(CzechMinistryOfTheInterior).OrThrow(),
        ],
        openToFurtherDonors: true,
        thematicAreas: [ThematicArea.CapacityDevelopment, ThematicArea.Governance],
        summary: "The StAMM project supports authorities of the region to comprehensively manage migration through the provision of short-term technical assistance and supporting institutions to react promptly to newly arising needs.",
        objective: "The StAMM project contributes to the operationalization of partnerships and respective migration management strategies of Western Balkan countries by bringing together diverse stakeholders to strengthen bilateral and regional migration cooperation, to enhance operational and institutional capacities, capabilities, and skills of Western Balkan countries, to reinforce their preparedness and responsiveness to emerging scenarios and priorities at national and regional levels, and to support Western Balkan countries in areas of requests directed at fulfilling their regional and international obligations in the area of migration.",
        activities: [NegotiationSkillsTraining, CulturalDiversityTraining, CovidAssessment]).OrThrow();
}
