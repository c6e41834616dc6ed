using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Tests.BuiltIn;

/// <summary>The facts of ICMPD's public StAMM page, one test each.</summary>
public sealed class StammProjectTests
{
    private static readonly Country[] WesternBalkansSix =
    [
        Country.FromCode("AL"), Country.FromCode("BA"), Country.FromCode("XK"),
        Country.FromCode("ME"), Country.FromCode("RS"), Country.FromCode("MK"),
    ];

    private static TechnicalAssistanceProject Project => Stamm.Project;

    private static Activity Negotiation => Project.Activities[0];

    private static Activity CulturalDiversity => Project.Activities[1];

    private static Activity Covid => Project.Activities[2];

    // The project

    [Fact]
    public void The_acronym_is_StAMM() => Project.Acronym.Should().Be("StAMM");

    [Fact]
    public void The_title_is_the_one_on_the_project_page() =>
        Project.Title.Should().Be("StAMM: Short-term technical assistance on Asylum, Migration, and Mobility in Western Balkans");

    [Fact]
    public void The_alternative_title_is_the_one_the_COVID_report_uses() =>
        Project.AlternativeTitles.Should().Equal("Short-term Technical Assistance on Asylum, Migration, and Mobility – Western Balkans (StAMM WB)");

    [Fact]
    public void The_thematic_areas_are_exactly_capacity_development_and_governance() =>
        Project.ThematicAreas.Should().BeEquivalentTo([ThematicArea.CapacityDevelopment, ThematicArea.Governance]);

    [Fact]
    public void The_scope_is_regional() => Project.Scope.Kind.Should().Be(ScopeKind.Regional);

    [Fact]
    public void The_scope_is_exactly_the_Western_Balkans_six() =>
        Project.Scope.Countries.Select(c => c.Code).Should().BeEquivalentTo(["AL", "BA", "XK", "ME", "RS", "MK"]);

    [Fact]
    public void The_scope_reports_under_IATI_region_89_Europe_regional() =>
        Project.Scope.Region.Should().Be(IatiRegion.FromCode(89));

    [Fact]
    public void The_status_is_implementation()
    {
        Project.Status.Should().Be(ProjectStatus.Implementation);
    }

    [Fact]
    public void The_project_is_ongoing() => Project.Status.IsActive().Should().BeTrue();

    [Fact]
    public void The_period_starts_in_December_2018() =>
        Project.Period.Start.YearMonth.Should().Be(new YearMonth(2018, 12));

    [Fact]
    public void The_start_is_known_only_to_the_month() =>
        Project.Period.Start.Precision.Should().Be(DatePrecision.Month);

    [Fact]
    public void The_end_is_unknown()
    {
        Project.Period.End.Should().BeNull();
        Project.Period.IsOpenEnded.Should().BeTrue();
    }

    [Fact]
    public void The_donors_are_exactly_SEM_and_the_Czech_Ministry_of_the_Interior() =>
        Project.Donors.Should().Equal(Stamm.StateSecretariatForMigration, Stamm.CzechMinistryOfTheInterior);

    [Fact]
    public void SEM_is_the_Swiss_State_Secretariat_for_Migration()
    {
        var sem = Stamm.StateSecretariatForMigration.Organisation;
        sem.Name.Should().Be("Swiss State Secretariat for Migration");
        sem.Acronym.Should().Be("SEM");
        sem.Country.Should().Be(Country.Switzerland);
        sem.Type.Should().Be(OrganisationType.Government);
    }

    [Fact]
    public void The_Czech_donor_is_the_Ministry_of_the_Interior_of_the_Czech_Republic()
    {
        var ministry = Stamm.CzechMinistryOfTheInterior.Organisation;
        ministry.Name.Should().Be("Ministry of the Interior of the Czech Republic");
        ministry.Country.Should().Be(Country.Czechia);
    }

    [Fact]
    public void The_Czech_Ministry_of_the_Interior_funds_through_Aid_in_Place() =>
        Stamm.CzechMinistryOfTheInterior.Programmes.Select(p => p.Name).Should().Equal("Aid in Place");

    [Fact]
    public void The_project_is_open_to_further_donors() => Project.OpenToFurtherDonors.Should().BeTrue();

    [Fact]
    public void No_contribution_amount_is_known() =>
        Project.Contributions.Should().HaveCount(2).And.OnlyContain(c => c.Amount == null);

    [Fact]
    public void No_contribution_period_is_known() =>
        Project.Contributions.Should().HaveCount(2).And.OnlyContain(c => c.Period == null);

    [Fact]
    public void The_implementer_is_ICMPD()
    {
        Project.Implementer.Acronym.Should().Be("ICMPD");
        Project.Implementer.Name.Should().Be("International Centre for Migration Policy Development");
    }

    [Fact]
    public void ICMPD_is_accountable_and_implementing_and_the_donors_are_funding() =>
        Project.ParticipatingOrganisations.Select(p => (p.Organisation.ShortName, p.Role)).Should().Equal(
            ("SEM", OrganisationRole.Funding),
            ("Ministry of the Interior of the Czech Republic", OrganisationRole.Funding),
            ("ICMPD", OrganisationRole.Accountable),
            ("ICMPD", OrganisationRole.Implementing));

    [Fact]
    public void The_project_has_exactly_the_three_published_activities() =>
        Project.Activities.Should().Equal(Stamm.NegotiationSkillsTraining, Stamm.CulturalDiversityTraining, Stamm.CovidAssessment);

    // StAMM Negotiations Skills Training

    [Fact]
    public void The_negotiation_training_is_a_training_called_StAMM_Negotiations_Skills_Training()
    {
        Negotiation.Type.Should().Be(ActivityType.Training);
        Negotiation.Title.Should().Be("StAMM Negotiations Skills Training");
    }

    [Fact]
    public void The_negotiation_training_ran_13_to_15_March_2019()
    {
        Negotiation.Period.Precision.Should().Be(DatePrecision.Day);
        Negotiation.Period.Start.Should().Be(new LocalDate(2019, 3, 13));
        Negotiation.Period.End.Should().Be(new LocalDate(2019, 3, 15));
    }

    [Fact]
    public void The_negotiation_training_lasted_three_days() => Negotiation.Period.DurationInDays.Should().Be(3);

    [Fact]
    public void The_negotiation_training_was_held_in_person_in_Sarajevo_Bosnia_and_Herzegovina()
    {
        Negotiation.Venue.Should().NotBeNull();
        Negotiation.Venue!.Mode.Should().Be(VenueMode.InPerson);
        Negotiation.Venue.City.Should().Be("Sarajevo");
        Negotiation.Venue.Country.Should().Be(Country.FromCode("BA"));
    }

    [Fact]
    public void The_negotiation_training_had_participants_from_all_six() =>
        Negotiation.Participants.Countries.Should().BeEquivalentTo(WesternBalkansSix);

    [Fact]
    public void The_number_of_participants_of_the_negotiation_training_is_unknown() =>
        Negotiation.Participants.Count.Should().BeNull();

    [Fact]
    public void The_negotiation_training_served_the_ministries_of_all_six()
    {
        Negotiation.Beneficiaries.Should().HaveCount(6).And.OnlyContain(i => i.Type == InstitutionType.Ministry);
        Negotiation.Beneficiaries.Select(i => i.Country).Should().BeEquivalentTo(WesternBalkansSix);
    }

    [Fact]
    public void The_negotiation_training_served_the_Prague_and_Budapest_Processes() =>
        Negotiation.Dialogues.Should().BeEquivalentTo([MigrationDialogue.PragueProcess, MigrationDialogue.BudapestProcess]);

    [Fact]
    public void The_negotiation_training_serves_capacity_development_the_page_s_strengthening_of_competencies() =>
        Negotiation.ThematicAreas.Should().Equal(ThematicArea.CapacityDevelopment);

    [Fact]
    public void The_negotiation_training_was_funded_by_SEM() =>
        Negotiation.Funding.Should().Equal(FundingSource.From(Stamm.StateSecretariatForMigration));

    // Training on management of cultural diversity in migration centres

    [Fact]
    public void The_cultural_diversity_training_is_a_training_on_management_of_cultural_diversity_in_migration_centres()
    {
        CulturalDiversity.Type.Should().Be(ActivityType.Training);
        CulturalDiversity.Title.Should().Be("Training on management of cultural diversity in migration centres");
    }

    [Fact]
    public void The_cultural_diversity_training_ran_25_to_26_June_2020()
    {
        CulturalDiversity.Period.Precision.Should().Be(DatePrecision.Day);
        CulturalDiversity.Period.Start.Should().Be(new LocalDate(2020, 6, 25));
        CulturalDiversity.Period.End.Should().Be(new LocalDate(2020, 6, 26));
    }

    [Fact]
    public void The_cultural_diversity_training_was_online() => CulturalDiversity.Venue.Should().Be(Venue.Online);

    [Fact]
    public void The_cultural_diversity_training_had_15_participants() => CulturalDiversity.Participants.Count.Should().Be(15);

    [Fact]
    public void The_participants_of_the_cultural_diversity_training_came_from_Bosnia_and_Herzegovina() =>
        CulturalDiversity.Participants.Countries.Should().Equal(Country.FromCode("BA"));

    [Fact]
    public void The_cultural_diversity_training_served_the_Service_for_Foreigners_Affairs_of_Bosnia_and_Herzegovina()
    {
        var beneficiary = CulturalDiversity.Beneficiaries.Should().ContainSingle().Subject;
        beneficiary.Name.Should().Be("Service for Foreigners' Affairs");
        beneficiary.Country.Should().Be(Country.FromCode("BA"));
    }

    [Fact]
    public void The_Service_for_Foreigners_Affairs_is_part_of_the_Ministry_of_Security_of_Bosnia_and_Herzegovina()
    {
        var parent = CulturalDiversity.Beneficiaries.Should().ContainSingle().Subject.Parent;
        parent.Should().NotBeNull();
        parent!.Name.Should().Be("Ministry of Security");
        parent.Country.Should().Be(Country.FromCode("BA"));
        parent.Type.Should().Be(InstitutionType.Ministry);
    }

    [Fact]
    public void The_cultural_diversity_training_discussed_Pakistan_Afghanistan_Algeria_and_Morocco() =>
        CulturalDiversity.TopicCountries.Select(c => c.Code).Should().BeEquivalentTo(["PK", "AF", "DZ", "MA"]);

    [Fact]
    public void The_topic_countries_of_the_cultural_diversity_training_lie_outside_the_scope() =>
        CulturalDiversity.TopicCountries.Should().NotBeEmpty().And.OnlyContain(c => !Project.Scope.Contains(c));

    [Fact]
    public void The_cultural_diversity_training_serves_capacity_development_the_page_s_strengthening_of_capacities() =>
        CulturalDiversity.ThematicAreas.Should().Equal(ThematicArea.CapacityDevelopment);

    [Fact]
    public void The_cultural_diversity_training_was_funded_by_SEM() =>
        CulturalDiversity.Funding.Should().Equal(FundingSource.From(Stamm.StateSecretariatForMigration));

    // Assessment of the migration situation and implications of COVID-19

    [Fact]
    public void The_COVID_assessment_is_an_assessment_report()
    {
        Covid.Type.Should().Be(ActivityType.Assessment);
        Covid.Title.Should().Be("Assessment of the migration situation and implications of COVID-19 on migration management in the Western Balkans");
    }

    [Fact]
    public void The_COVID_assessment_is_dated_December_2020_to_the_month()
    {
        Covid.Period.Precision.Should().Be(DatePrecision.Month);
        Covid.Period.Start.Should().Be(new LocalDate(2020, 12, 1));
        Covid.Period.End.Should().Be(new LocalDate(2020, 12, 31));
    }

    [Fact]
    public void The_COVID_assessment_has_no_known_duration_in_days() => Covid.Period.DurationInDays.Should().BeNull();

    [Fact]
    public void The_topic_countries_of_the_COVID_assessment_are_the_six() =>
        Covid.TopicCountries.Should().BeEquivalentTo(WesternBalkansSix);

    [Fact]
    public void The_COVID_assessment_was_funded_by_the_Czech_Ministry_of_the_Interior_through_Aid_in_Place()
    {
        var source = Covid.Funding.Should().ContainSingle().Subject;
        source.Donor.Should().Be(Stamm.CzechMinistryOfTheInterior);
        source.Programme.Should().NotBeNull();
        source.Programme!.Name.Should().Be("Aid in Place");
    }

    [Fact]
    public void The_COVID_assessment_is_a_document_of_category_A08()
    {
        var document = Covid.Documents.Should().ContainSingle().Subject;
        document.Category.Should().Be("A08");
        document.Published.Should().Be(PartialDate.OfMonth(new YearMonth(2020, 12)));
    }

    [Fact]
    public void The_themes_of_the_COVID_assessment_are_unknown_the_page_places_it_under_neither_tag() =>
        Covid.ThematicAreas.Should().BeEmpty();

    [Fact]
    public void The_COVID_assessment_has_no_venue() => Covid.Venue.Should().BeNull();
}
