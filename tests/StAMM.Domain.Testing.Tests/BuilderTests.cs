using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing.Tests;

public sealed class BuilderTests
{
    private static readonly Institution KosovoMinistry = Stamm.MigrationMinistries.Single(m => m.Country == Country.Kosovo);

    // Activities

    [Fact]
    public void The_default_activity_is_a_three_day_training_in_sarajevo_for_the_ministry_of_security_funded_by_sem()
    {
        var activity = An.Activity.Build().Should().BeValid().Which;
        activity.Type.Should().Be(ActivityType.Training);
        activity.Period.DurationInDays.Should().Be(3);
        activity.Venue.Should().Be(Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow());
        activity.Beneficiaries.Should().Equal(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina);
        activity.Participants.Countries.Should().Equal(Country.BosniaAndHerzegovina);
        activity.Funding.Should().Equal(FundingSource.From(Stamm.StateSecretariatForMigration));
    }

    [Fact]
    public void The_default_activity_fits_the_built_in_project() =>
        Stamm.Project.WithActivity(An.Activity.BuildValid()).Should().BeValid();

    [Fact]
    public void Each_change_returns_a_new_builder_and_leaves_the_old_one_alone()
    {
        var training = An.Activity;
        var online = training.Online();
        online.Should().NotBeSameAs(training);
        training.BuildValid().Venue!.Mode.Should().Be(VenueMode.InPerson);
        online.BuildValid().Venue.Should().Be(Venue.Online);
    }

    [Fact]
    public void For_another_institution_brings_participants_from_its_country()
    {
        var activity = An.Activity.For(KosovoMinistry).BuildValid();
        activity.Beneficiaries.Should().Equal(KosovoMinistry);
        activity.Participants.Countries.Should().Equal(Country.Kosovo);
    }

    [Fact]
    public void Dates_change_one_at_a_time()
    {
        var activity = An.Activity.StartingOn(new LocalDate(2026, 5, 4)).Lasting(days: 2).BuildValid();
        activity.Period.Should().Be(ActivityPeriod.Exact(new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 5)));
        An.Activity.InMonth(new YearMonth(2026, 6)).BuildValid().Period.Should().Be(ActivityPeriod.InMonth(new YearMonth(2026, 6)));
        An.Activity.InMonth(new YearMonth(2026, 6)).Lasting(days: 1).BuildValid().Period.DurationInDays.Should().Be(1);
    }

    [Fact]
    public void Lasting_less_than_a_day_is_a_programmer_error() =>
        FluentActions.Invoking(() => An.Activity.Lasting(days: 0)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void An_invalid_change_gives_the_problem_never_an_activity()
    {
        An.Activity.Titled(" ").Build().Should().FailWithExactly(ProblemCodes.Required, "title");
        An.Activity.OfType(ActivityType.StudyVisit).Online().Build().Should().FailWithExactly(ProblemCodes.NotAllowed, "venue");
        An.Activity.InPerson("", Country.Serbia).Build().Should().FailWithExactly(ProblemCodes.Required, "venue.city");
        An.Activity.WithParticipants(-1).Build().Should().FailWithExactly(ProblemCodes.OutOfRange, "participants.count");
        An.Activity.WithParticipantsBySex(5, 5).Build().Should().FailWithExactly(ProblemCodes.PartsExceedTotal, "participants.bySex");
        An.Activity.WithParticipantsBySex(-1, 21).Build().Should().FailWithExactly(ProblemCodes.OutOfRange, "participants.bySex.female");
        An.Activity.For(An.Institution.Named("")).Build().Should().FailWithExactly(ProblemCodes.Required, "beneficiaries[0].name");
        An.Activity.AlsoFor(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina).Build().Should().FailWithExactly(ProblemCodes.Duplicate, "beneficiaries[1]");
        An.Activity.FundedBy(Stamm.StateSecretariatForMigration, Stamm.AidInPlace).Build().Should().FailWithExactly(ProblemCodes.ProgrammeNotOfDonor, "funding[0].programme");
        An.Activity.AlsoFundedBy(Stamm.StateSecretariatForMigration).Build().Should().FailWithExactly(ProblemCodes.Duplicate, "funding[1]");
    }

    [Fact]
    public void BuildValid_throws_with_every_problem_listed() =>
        FluentActions.Invoking(() => An.Activity.WithIdentifier("").Titled("").BuildValid())
            .Should().Throw<InvalidDomainValueException>()
            .WithMessage("Invalid Activity:*identifier: An identifier is required. (required)*title: A value is required. (required)*");

    [Fact]
    public void Like_starts_from_an_existing_activity()
    {
        ActivityBuilder.Like(Stamm.NegotiationSkillsTraining).BuildValid().Should().Be(Stamm.NegotiationSkillsTraining);
        ActivityBuilder.Like(Stamm.CovidAssessment).BuildValid().Should().Be(Stamm.CovidAssessment);
        ActivityBuilder.Like(Stamm.CulturalDiversityTraining).Lasting(days: 3).BuildValid().Period.End.Should().Be(new LocalDate(2020, 6, 27));
    }

    [Fact]
    public void The_other_activity_settings_reach_the_activity()
    {
        var document = DocumentLink.Create("Agenda", "A07").OrThrow();
        var activity = An.Activity
            .OfType(ActivityType.Workshop)
            .WithSummary("Done.")
            .Hybrid("Podgorica", Country.Montenegro)
            .WithParticipants(30, [Country.Montenegro, Country.Serbia], "Border police")
            .WithParticipantsBySex(12, 18)
            .WithExperts(2)
            .WithTopics("Returns")
            .About(Country.FromCode("AF"))
            .Serving(MigrationDialogue.PragueProcess)
            .WithDocument(document)
            .FundedBy(Stamm.CzechMinistryOfTheInterior, Stamm.AidInPlace)
            .BuildValid();
        activity.Venue!.Mode.Should().Be(VenueMode.Hybrid);
        activity.Participants.BySex!.Total.Should().Be(30);
        activity.Participants.Countries.Should().Equal(Country.Montenegro, Country.Serbia);
        activity.Experts.Should().Be(2);
        activity.Topics.Should().Equal("Returns");
        activity.TopicCountries.Should().Equal(Country.FromCode("AF"));
        activity.Dialogues.Should().Equal(MigrationDialogue.PragueProcess);
        activity.Documents.Should().Equal(document);
        activity.Funding.Single().Programme.Should().Be(Stamm.AidInPlace);
        activity.Summary.Should().Be("Done.");
    }

    [Fact]
    public void Unknown_participants_venue_beneficiaries_and_funding_can_be_asked_for()
    {
        var activity = An.Activity.WithUnknownParticipants().WithoutVenue().WithoutBeneficiaries().WithoutFunding().BuildValid();
        activity.Participants.Should().Be(Participants.Unknown);
        activity.Venue.Should().BeNull();
        activity.Beneficiaries.Should().BeEmpty();
        activity.Funding.Should().BeEmpty();
        An.Activity.WithParticipants(Stamm.CulturalDiversityTraining.Participants).BuildValid().Participants.Should().Be(Stamm.CulturalDiversityTraining.Participants);
    }

    // Projects

    [Fact]
    public void The_default_project_is_stamm_like_without_activities()
    {
        var project = A.Project.BuildValid();
        project.Acronym.Should().Be("StAMM");
        project.Scope.Should().Be(Stamm.Project.Scope);
        project.Donors.Should().Equal(Stamm.Project.Donors);
        project.Activities.Should().BeEmpty();
        ProjectBuilder.Like(Stamm.Project).BuildValid().Should().Be(Stamm.Project);
    }

    [Fact]
    public void A_project_takes_activities_from_builders_and_checks_that_they_fit()
    {
        A.Project.WithActivity(An.Activity).WithActivity(An.Activity.WithIdentifier("second").For(KosovoMinistry))
            .Build().Should().BeValid().Which.Activities.Should().HaveCount(2);
        A.Project.StartingIn(new YearMonth(2026, 5)).WithActivity(An.Activity)
            .Build().Should().FailWithExactly(ProblemCodes.OutsideProjectPeriod, "activities[0].period");
        A.Project.In(Country.Serbia).WithActivity(An.Activity)
            .Build().Should().FailWithExactly((ProblemCodes.OutsideProjectScope, "activities[0].participants.countries"), (ProblemCodes.OutsideProjectScope, "activities[0].beneficiaries[0]"));
        A.Project.FundedBy(Stamm.CzechMinistryOfTheInterior).WithActivity(An.Activity)
            .Build().Should().FailWithExactly(ProblemCodes.FunderNotDonor, "activities[0].funding[0]");
        A.Project.WithActivity(An.Activity.Titled("")).Build().Should().FailWithExactly(ProblemCodes.Required, "activities[0].title");
    }

    [Fact]
    public void Project_settings_reach_the_project()
    {
        var donor = A.Donor.Named("Austrian Development Agency").WithAcronym("ADA").BasedIn(Country.Austria).BuildValid();
        var project = A.Project
            .WithIdentifier("P-1").WithAcronym("P1").Titled("Pilot").AlsoTitled("Pilot project")
            .WithSummary("S").WithObjective("O").About(ThematicArea.Asylum)
            .InCountries(Country.Albania, Country.Serbia)
            .StartingOn(new LocalDate(2025, 1, 1)).EndingIn(new YearMonth(2027, 12))
            .WithStatus(ProjectStatus.Closed)
            .ImplementedBy(Stamm.Icmpd)
            .FundedBy(donor).WithContribution(A.Contribution.From(A.Donor).Of(10_000m, Currency.Chf)).AlsoFundedBy(Stamm.CzechMinistryOfTheInterior)
            .OpenToFurtherDonors(false)
            .BuildValid();
        project.Identifier.Should().Be("P-1");
        project.Scope.Kind.Should().Be(ScopeKind.MultiCountry);
        project.Period.End.Should().Be(PartialDate.OfMonth(new YearMonth(2027, 12)));
        project.Donors.Should().HaveCount(3);
        project.Contributions[1].Amount.Should().Be(Money.Of(10_000m, Currency.Chf));
        project.OpenToFurtherDonors.Should().BeFalse();
        A.Project.In(CountryGroup.FormerYugoslavia).OpenEnded().WithoutContributions().WithoutActivities().BuildValid().Donors.Should().BeEmpty();
    }

    [Fact]
    public void Invalid_project_parts_are_reported_with_their_paths()
    {
        A.Project.InCountries(Country.Albania).Build().Should().FailWithExactly(ProblemCodes.ScopeCountryCount, "scope.countries");
        A.Project.EndingOn(new LocalDate(2018, 1, 1)).Build().Should().FailWithExactly(ProblemCodes.EndBeforeStart, "period.end");
        A.Project.WithStatus(ProjectStatus.Closed).Build().Should().FailWithExactly(ProblemCodes.ClosedWithoutEnd, "period.end");
        A.Project.WithContribution(A.Contribution.Of(0m, Currency.Eur)).Build().Should().FailWithExactly(ProblemCodes.OutOfRange, "contributions[2].amount");
    }

    // Donors, contributions, institutions

    [Fact]
    public void The_default_donor_is_sem() => A.Donor.BuildValid().Should().Be(Stamm.StateSecretariatForMigration);

    [Fact]
    public void Donor_settings_and_problems()
    {
        var donor = A.Donor.Named("Ministry of the Interior").WithAcronym(null).OfType(OrganisationType.Government).BasedIn(Country.Czechia)
            .WithIdentifier("CZ-ICO-00007064").WithProgramme("Aid in Place").BuildValid();
        donor.Organisation.Identifier!.Value.Should().Be("CZ-ICO-00007064");
        donor.Programmes.Should().Equal(Stamm.AidInPlace);
        DonorBuilder.Like(Stamm.CzechMinistryOfTheInterior).BuildValid().Should().Be(Stamm.CzechMinistryOfTheInterior);
        A.Donor.WithProgramme(Stamm.AidInPlace).WithProgramme(Stamm.AidInPlace).Build().Should().FailWithExactly(ProblemCodes.Duplicate, "programmes[1]");
        A.Donor.WithProgramme(" ").Build().Should().FailWithExactly(ProblemCodes.Required, "programmes[0].name");
        A.Donor.Named("").WithIdentifier("nohyphen").Build().Should().FailWithExactly((ProblemCodes.InvalidFormat, "organisation.identifier"), (ProblemCodes.Required, "organisation.name"));
        A.Donor.WithProgramme("X").WithoutProgrammes().BuildValid().Programmes.Should().BeEmpty();
    }

    [Fact]
    public void Contribution_settings_and_problems()
    {
        var earmarks = Earmarks.Create(countries: [Country.Serbia]);
        var contribution = A.Contribution.From(Stamm.CzechMinistryOfTheInterior).Through(Stamm.AidInPlace).Of(Money.Of(5m, Currency.Czk))
            .Between(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)).EarmarkedFor(earmarks).BuildValid();
        contribution.Programme.Should().Be(Stamm.AidInPlace);
        contribution.Period!.Length.Should().Be(366);
        contribution.Earmarks.Should().Be(earmarks);
        ContributionBuilder.Like(contribution).BuildValid().Should().Be(contribution);
        A.Contribution.Through(Stamm.AidInPlace).Build().Should().FailWithExactly(ProblemCodes.ProgrammeNotOfDonor, "programme");
        A.Contribution.From(A.Donor.Named(null)).Build().Should().FailWithExactly(ProblemCodes.Required, "donor.organisation.name");
    }

    [Fact]
    public void Institution_settings_and_problems()
    {
        An.Institution.BuildValid().Should().Be(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina);
        var unit = An.Institution.Named("Service for Foreigners' Affairs").OfType(InstitutionType.CentralAgency).UnitOf(An.Institution).BuildValid();
        unit.Should().Be(Stamm.ServiceForForeignersAffairs);
        InstitutionBuilder.Like(unit).BuildValid().Should().Be(unit);
        InstitutionBuilder.Like(unit).WithoutParent().WithAcronym("SFA").BuildValid().Parent.Should().BeNull();
        An.Institution.In(Country.Serbia).UnitOf(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina).Build()
            .Should().FailWithExactly(ProblemCodes.ParentInOtherCountry, "parent");
        An.Institution.UnitOf(An.Institution.Named("")).Build().Should().FailWithExactly(ProblemCodes.Required, "parent.name");
    }
}
