using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Projects;

public sealed class TechnicalAssistanceProjectTests
{
    private static readonly ProjectPeriod FromDecember2018 = ProjectPeriod.StartingIn(PartialDate.OfMonth(new YearMonth(2018, 12)));
    private static readonly GeographicScope WesternBalkans = GeographicScope.Regional(CountryGroup.WesternBalkans);
    private static readonly Contribution FromSem = Contribution.Create(Stamm.StateSecretariatForMigration).OrThrow();
    private static readonly Donor OtherDonor = Donor.Create(Organisation.Create("Another donor", OrganisationType.Government).OrThrow()).OrThrow();

    private static ValidationResult<TechnicalAssistanceProject> Project(
        string? identifier = "P-1",
        string? acronym = "P1",
        string? title = "A project",
        ProjectStatus status = ProjectStatus.Implementation,
        ProjectPeriod? period = null,
        IEnumerable<Contribution>? contributions = null,
        IEnumerable<Activity>? activities = null,
        IEnumerable<ThematicArea>? thematicAreas = null,
        IEnumerable<string>? alternativeTitles = null,
        string? summary = null,
        string? objective = null) =>
        TechnicalAssistanceProject.Create(
            identifier,
            acronym,
            title,
            WesternBalkans,
            status,
            period ?? FromDecember2018,
            Stamm.Icmpd,
            contributions ?? [FromSem],
            activities,
            thematicAreas,
            alternativeTitles,
            summary,
            objective);

    private static Activity ActivityOn(
        string identifier,
        LocalDate start,
        LocalDate end,
        IEnumerable<FundingSource>? funding = null,
        Participants? participants = null,
        IEnumerable<Institution>? beneficiaries = null) =>
        Activity.Create(identifier, ActivityType.Training, "Training", ActivityPeriod.Exact(start, end), beneficiaries: beneficiaries, participants: participants, funding: funding).OrThrow();

    private static Activity In2019(string identifier = "a-2019", IEnumerable<FundingSource>? funding = null) =>
        ActivityOn(identifier, new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 15), funding ?? [FundingSource.From(Stamm.StateSecretariatForMigration)]);

    private static Activity Before2018(IEnumerable<FundingSource>? funding = null) =>
        ActivityOn("a-2017", new LocalDate(2017, 5, 1), new LocalDate(2017, 5, 2), funding);

    // Create

    [Fact]
    public void A_project_keeps_what_it_was_given()
    {
        var activity = In2019();
        var project = Project(
            activities: [activity],
            thematicAreas: [ThematicArea.Governance, ThematicArea.CapacityDevelopment],
            alternativeTitles: [" Other title "],
            summary: " Summary ",
            objective: " Objective ").Should().BeValid().Which;
        project.Identifier.Should().Be("P-1");
        project.Acronym.Should().Be("P1");
        project.Title.Should().Be("A project");
        project.AlternativeTitles.Should().Equal("Other title");
        project.Summary.Should().Be("Summary");
        project.Objective.Should().Be("Objective");
        project.ThematicAreas.Should().Equal(ThematicArea.CapacityDevelopment, ThematicArea.Governance);
        project.Scope.Should().Be(WesternBalkans);
        project.Status.Should().Be(ProjectStatus.Implementation);
        project.Period.Should().Be(FromDecember2018);
        project.Implementer.Should().Be(Stamm.Icmpd);
        project.Contributions.Should().Equal(FromSem);
        project.Activities.Should().Equal(activity);
    }

    [Fact]
    public void A_donor_with_two_contributions_is_one_donor() =>
        Project(contributions: [FromSem, Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(1m, Currency.Chf)).OrThrow()])
            .Should().BeValid().Which.Donors.Should().Equal(Stamm.StateSecretariatForMigration);

    [Theory]
    [InlineData(null, ProblemCodes.Required)]
    [InlineData(" ", ProblemCodes.Required)]
    [InlineData("P 1", ProblemCodes.InvalidFormat)]
    public void A_project_needs_a_well_formed_identifier(string? identifier, string code) =>
        Project(identifier: identifier).Should().FailWithExactly(code, "identifier");

    [Fact]
    public void A_project_needs_an_acronym() => Project(acronym: "").Should().FailWithExactly(ProblemCodes.Required, "acronym");

    [Fact]
    public void An_acronym_of_more_than_50_characters_is_too_long() =>
        Project(acronym: new string('A', 51)).Should().FailWithExactly(ProblemCodes.TooLong, "acronym");

    [Fact]
    public void A_project_needs_a_title() => Project(title: "  ").Should().FailWithExactly(ProblemCodes.Required, "title");

    [Fact]
    public void A_blank_alternative_title_is_rejected_at_its_position() =>
        Project(alternativeTitles: ["StAMM WB", " "]).Should().FailWithExactly(ProblemCodes.Required, "alternativeTitles[1]");

    [Fact]
    public void A_summary_of_more_than_10000_characters_is_too_long() =>
        Project(summary: new string('s', 10_001)).Should().FailWithExactly(ProblemCodes.TooLong, "summary");

    [Fact]
    public void An_objective_of_more_than_10000_characters_is_too_long() =>
        Project(objective: new string('o', 10_001)).Should().FailWithExactly(ProblemCodes.TooLong, "objective");

    [Fact]
    public void A_closed_project_without_an_end_is_rejected() =>
        Project(status: ProjectStatus.Closed).Should().FailWithExactly(ProblemCodes.ClosedWithoutEnd, "period.end");

    [Fact]
    public void A_closed_project_with_an_end_is_valid() =>
        Project(status: ProjectStatus.Closed, period: ProjectPeriod.Create(FromDecember2018.Start, PartialDate.OfMonth(new YearMonth(2023, 12))).OrThrow())
            .Should().BeValid().Which.Status.Should().Be(ProjectStatus.Closed);

    [Fact]
    public void Two_activities_with_one_identifier_are_rejected_at_the_second() =>
        Project(activities: [In2019("a"), In2019("b"), In2019("a")]).Should().FailWithExactly(ProblemCodes.Duplicate, "activities[2].identifier");

    [Fact]
    public void Every_repeated_identifier_is_reported_at_its_own_path_naming_the_first_use()
    {
        var result = Project(activities: [In2019("a"), In2019("b"), In2019("a"), In2019("b"), In2019("a")]);

        result.Should().FailWithExactly(
            (ProblemCodes.Duplicate, "activities[2].identifier"),
            (ProblemCodes.Duplicate, "activities[3].identifier"),
            (ProblemCodes.Duplicate, "activities[4].identifier"));
        result.Problems.Select(p => p.Message).Should().Equal(
            "The identifier 'a' is used by activities[0] too.",
            "The identifier 'b' is used by activities[1] too.",
            "The identifier 'a' is used by activities[0] too.");
    }

    [Fact]
    public void An_activity_before_the_project_start_is_rejected() =>
        Project(activities: [In2019(), Before2018()]).Should().FailWithExactly(ProblemCodes.OutsideProjectPeriod, "activities[1].period");

    [Fact]
    public void An_activity_in_the_start_month_before_the_start_day_is_accepted_because_only_the_month_is_known() =>
        Project(activities: [ActivityOn("a", new LocalDate(2018, 12, 1), new LocalDate(2018, 12, 2))]).Should().BeValid();

    [Fact]
    public void An_activity_after_the_project_end_is_rejected() =>
        Project(
            period: ProjectPeriod.Create(FromDecember2018.Start, PartialDate.OfDay(new LocalDate(2019, 3, 14))).OrThrow(),
            activities: [In2019()]).Should().FailWithExactly(ProblemCodes.OutsideProjectPeriod, "activities[0].period");

    [Fact]
    public void Participants_from_outside_the_scope_are_rejected() =>
        Project(activities: [ActivityOn("a", new LocalDate(2019, 1, 1), new LocalDate(2019, 1, 1), participants: Participants.Create(countries: [Country.BosniaAndHerzegovina, Country.Austria]).OrThrow())])
            .Should().FailWithExactly(ProblemCodes.OutsideProjectScope, "activities[0].participants.countries");

    [Fact]
    public void A_beneficiary_from_outside_the_scope_is_rejected()
    {
        var austrianMinistry = Institution.Create("Federal Ministry of the Interior", Country.Austria, InstitutionType.Ministry).OrThrow();
        Project(activities: [ActivityOn("a", new LocalDate(2019, 1, 1), new LocalDate(2019, 1, 1), beneficiaries: [Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, austrianMinistry])])
            .Should().FailWithExactly(ProblemCodes.OutsideProjectScope, "activities[0].beneficiaries[1]");
    }

    [Fact]
    public void Topic_countries_outside_the_scope_are_accepted()
    {
        var activity = Activity.Create(
            "origins", ActivityType.Training, "Countries of origin", ActivityPeriod.Exact(new LocalDate(2020, 6, 25), new LocalDate(2020, 6, 26)),
            topicCountries: [Country.FromCode("PK"), Country.FromCode("AF")]).OrThrow();
        Project(activities: [activity]).Should().BeValid().Which.Activities.Should().Equal(activity);
    }

    [Fact]
    public void A_funder_that_is_not_a_donor_of_the_project_is_rejected() =>
        Project(activities: [In2019(funding: [FundingSource.From(OtherDonor)])]).Should().FailWithExactly(ProblemCodes.FunderNotDonor, "activities[0].funding[0]");

    [Fact]
    public void An_activity_theme_among_the_project_s_is_accepted()
    {
        var activity = Activity.Create("a", ActivityType.Workshop, "Workshop", ActivityPeriod.Exact(new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 14)), thematicAreas: [ThematicArea.Asylum]).OrThrow();

        Project(activities: [activity], thematicAreas: [ThematicArea.Asylum, ThematicArea.Reception]).Should().BeValid();
    }

    [Fact]
    public void An_activity_theme_that_is_not_the_project_s_is_rejected()
    {
        var activity = Activity.Create("a", ActivityType.Workshop, "Workshop", ActivityPeriod.Exact(new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 14)), thematicAreas: [ThematicArea.Asylum, ThematicArea.BorderManagement]).OrThrow();

        Project(activities: [activity], thematicAreas: [ThematicArea.Asylum]).Should().FailWithExactly(ProblemCodes.ThemeNotInProject, "activities[0].thematicAreas");
    }

    [Fact]
    public void Every_problem_of_a_project_is_reported_at_once() =>
        Project(title: " ", activities: [Before2018(funding: [FundingSource.From(OtherDonor)])]).Should().FailWithExactly(
            (ProblemCodes.Required, "title"),
            (ProblemCodes.OutsideProjectPeriod, "activities[0].period"),
            (ProblemCodes.FunderNotDonor, "activities[0].funding[0]"));

    [Fact]
    public void Problems_of_several_fields_and_activities_are_reported_in_field_order() =>
        Project(identifier: "", acronym: "", title: "", status: ProjectStatus.Closed, activities: [In2019("a"), In2019("a"), Before2018()]).Should().FailWithExactly(
            (ProblemCodes.Required, "identifier"),
            (ProblemCodes.Required, "acronym"),
            (ProblemCodes.Required, "title"),
            (ProblemCodes.ClosedWithoutEnd, "period.end"),
            (ProblemCodes.Duplicate, "activities[1].identifier"),
            (ProblemCodes.OutsideProjectPeriod, "activities[2].period"));

    // Programmer errors and immutability

    [Fact]
    public void A_null_scope_throws() =>
        FluentActions.Invoking(() => TechnicalAssistanceProject.Create("P", "P", "P", null!, ProjectStatus.Pipeline, FromDecember2018, Stamm.Icmpd))
            .Should().Throw<ArgumentNullException>();

    [Fact]
    public void A_null_period_throws() =>
        FluentActions.Invoking(() => TechnicalAssistanceProject.Create("P", "P", "P", WesternBalkans, ProjectStatus.Pipeline, null!, Stamm.Icmpd))
            .Should().Throw<ArgumentNullException>();

    [Fact]
    public void A_null_implementer_throws() =>
        FluentActions.Invoking(() => TechnicalAssistanceProject.Create("P", "P", "P", WesternBalkans, ProjectStatus.Pipeline, FromDecember2018, null!))
            .Should().Throw<ArgumentNullException>();

    [Fact]
    public void An_undefined_status_throws() =>
        FluentActions.Invoking(() => Project(status: (ProjectStatus)99)).Should().Throw<ArgumentException>();

    [Fact]
    public void An_undefined_thematic_area_throws() =>
        FluentActions.Invoking(() => Project(thematicAreas: [(ThematicArea)99])).Should().Throw<ArgumentException>();

    [Fact]
    public void A_null_activity_throws() =>
        FluentActions.Invoking(() => Project(activities: [In2019(), null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void A_null_contribution_throws() =>
        FluentActions.Invoking(() => Project(contributions: [null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void A_null_alternative_title_throws() =>
        FluentActions.Invoking(() => Project(alternativeTitles: [null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void Changing_the_lists_after_creation_does_not_change_the_project()
    {
        var activities = new List<Activity> { In2019("a") };
        var contributions = new List<Contribution> { FromSem };
        var themes = new List<ThematicArea> { ThematicArea.Governance };
        var project = Project(activities: activities, contributions: contributions, thematicAreas: themes).OrThrow();

        activities.Add(In2019("b"));
        contributions.Add(Contribution.Create(OtherDonor).OrThrow());
        themes.Add(ThematicArea.Asylum);

        project.Activities.Select(a => a.Identifier).Should().Equal("a");
        project.Donors.Should().Equal(Stamm.StateSecretariatForMigration);
        project.ThematicAreas.Should().Equal(ThematicArea.Governance);
    }

    // WithActivity

    [Fact]
    public void WithActivity_appends_a_fitting_activity()
    {
        var extra = In2019("2021-workshop");
        var changed = Stamm.Project.WithActivity(extra).Should().BeValid().Which;
        changed.Activities.Should().Equal(Stamm.NegotiationSkillsTraining, Stamm.CulturalDiversityTraining, Stamm.CovidAssessment, extra);
        changed.FindActivity("2021-workshop").Should().Be(extra);
    }

    [Fact]
    public void WithActivity_leaves_the_original_project_unchanged()
    {
        var original = Project().OrThrow();
        _ = original.WithActivity(In2019()).OrThrow();
        original.Activities.Should().BeEmpty();
    }

    [Fact]
    public void WithActivity_rejects_an_identifier_already_used() =>
        Stamm.Project.WithActivity(In2019(Stamm.NegotiationSkillsTraining.Identifier))
            .Should().FailWithExactly(ProblemCodes.Duplicate, "activities[3].identifier");

    [Fact]
    public void WithActivity_rejects_an_activity_outside_the_period() =>
        Stamm.Project.WithActivity(Before2018()).Should().FailWithExactly(ProblemCodes.OutsideProjectPeriod, "activities[3].period");

    [Fact]
    public void WithActivity_rejects_a_funder_that_is_not_a_donor() =>
        Stamm.Project.WithActivity(In2019(funding: [FundingSource.From(OtherDonor)]))
            .Should().FailWithExactly(ProblemCodes.FunderNotDonor, "activities[3].funding[0]");

    [Fact]
    public void WithActivity_rejects_a_theme_that_is_not_the_project_s() =>
        Stamm.Project.WithActivity(Activity.Create("a-2019", ActivityType.Training, "Training", ActivityPeriod.Exact(new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 15)), thematicAreas: [ThematicArea.Asylum]).OrThrow())
            .Should().FailWithExactly(ProblemCodes.ThemeNotInProject, "activities[3].thematicAreas");

    [Fact]
    public void WithActivity_reports_every_problem_at_once() =>
        Stamm.Project.WithActivity(ActivityOn(Stamm.CovidAssessment.Identifier, new LocalDate(2017, 1, 1), new LocalDate(2017, 1, 1), [FundingSource.From(OtherDonor)]))
            .Should().FailWithExactly(
                (ProblemCodes.Duplicate, "activities[3].identifier"),
                (ProblemCodes.OutsideProjectPeriod, "activities[3].period"),
                (ProblemCodes.FunderNotDonor, "activities[3].funding[0]"));

    [Fact]
    public void WithActivity_of_null_throws() =>
        FluentActions.Invoking(() => Stamm.Project.WithActivity(null!)).Should().Throw<ArgumentNullException>();

    // WithStatus

    public static TheoryData<ProjectStatus, ProjectStatus> EveryPairOfStatuses
    {
        get
        {
            var data = new TheoryData<ProjectStatus, ProjectStatus>();
            foreach (var from in Enum.GetValues<ProjectStatus>())
            {
                foreach (var to in Enum.GetValues<ProjectStatus>())
                {
                    data.Add(from, to);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryPairOfStatuses))]
    public void WithStatus_allows_exactly_the_moves_of_the_life_cycle(ProjectStatus from, ProjectStatus to)
    {
        var ended = ProjectPeriod.Create(FromDecember2018.Start, PartialDate.OfMonth(new YearMonth(2024, 12))).OrThrow();
        var project = Project(status: from, period: ended).OrThrow();
        var result = project.WithStatus(to);
        if (from.CanMoveTo(to))
        {
            result.Should().BeValid().Which.Status.Should().Be(to);
        }
        else
        {
            result.Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, "status");
        }
    }

    [Fact]
    public void An_ongoing_project_moves_to_finalisation() =>
        Stamm.Project.WithStatus(ProjectStatus.Finalisation).Should().BeValid().Which.Status.Should().Be(ProjectStatus.Finalisation);

    [Fact]
    public void An_ongoing_project_cannot_close_directly() =>
        Stamm.Project.WithStatus(ProjectStatus.Closed, PartialDate.OfMonth(new YearMonth(2024, 12)))
            .Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, "status");

    [Fact]
    public void A_project_closes_with_an_end_through_finalisation()
    {
        var end = PartialDate.OfMonth(new YearMonth(2024, 12));
        var closed = Stamm.Project.WithStatus(ProjectStatus.Finalisation).OrThrow().WithStatus(ProjectStatus.Closed, end).Should().BeValid().Which;
        closed.Status.Should().Be(ProjectStatus.Closed);
        closed.Period.End.Should().Be(end);
        closed.Period.Start.Should().Be(Stamm.Project.Period.Start);
        closed.Activities.Should().Equal(Stamm.Project.Activities);
    }

    [Fact]
    public void A_project_cannot_close_without_an_end() =>
        Stamm.Project.WithStatus(ProjectStatus.Finalisation).OrThrow().WithStatus(ProjectStatus.Closed)
            .Should().FailWithExactly(ProblemCodes.ClosedWithoutEnd, "period.end");

    [Fact]
    public void A_closed_project_cannot_reopen()
    {
        var closed = Stamm.Project.WithStatus(ProjectStatus.Finalisation).OrThrow()
            .WithStatus(ProjectStatus.Closed, PartialDate.OfMonth(new YearMonth(2024, 12))).OrThrow();
        closed.WithStatus(ProjectStatus.Implementation).Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, "status");
    }

    [Fact]
    public void A_cancelled_project_cannot_resume() =>
        Stamm.Project.WithStatus(ProjectStatus.Cancelled).OrThrow().WithStatus(ProjectStatus.Implementation)
            .Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, "status");

    [Fact]
    public void An_end_before_the_start_is_rejected() =>
        Stamm.Project.WithStatus(ProjectStatus.Finalisation, PartialDate.OfMonth(new YearMonth(2018, 1)))
            .Should().FailWithExactly(ProblemCodes.EndBeforeStart, "period.end");

    [Fact]
    public void An_end_before_an_activity_is_rejected_at_that_activity() =>
        Stamm.Project.WithStatus(ProjectStatus.Finalisation, PartialDate.OfDay(new LocalDate(2020, 6, 30)))
            .Should().FailWithExactly(ProblemCodes.OutsideProjectPeriod, "activities[2].period");

    [Fact]
    public void WithStatus_reports_every_problem_at_once() =>
        Stamm.Project.WithStatus(ProjectStatus.Closed, PartialDate.OfDay(new LocalDate(2019, 3, 14))).Should().FailWithExactly(
            (ProblemCodes.InvalidStatusTransition, "status"),
            (ProblemCodes.OutsideProjectPeriod, "activities[0].period"),
            (ProblemCodes.OutsideProjectPeriod, "activities[1].period"),
            (ProblemCodes.OutsideProjectPeriod, "activities[2].period"));

    [Fact]
    public void WithStatus_leaves_the_original_project_unchanged()
    {
        _ = Stamm.Project.WithStatus(ProjectStatus.Suspended).OrThrow();
        Stamm.Project.Status.Should().Be(ProjectStatus.Implementation);
    }

    [Fact]
    public void WithStatus_to_an_undefined_status_throws() =>
        FluentActions.Invoking(() => Stamm.Project.WithStatus((ProjectStatus)99)).Should().Throw<ArgumentException>();

    // Equality

    [Fact]
    public void Projects_with_equal_members_are_equal()
    {
        var a = Project(activities: [In2019()], thematicAreas: [ThematicArea.Governance]).OrThrow();
        var b = Project(activities: [In2019()], thematicAreas: [ThematicArea.Governance]).OrThrow();
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Projects_with_different_titles_differ() =>
        Project(title: "One").OrThrow().Should().NotBe(Project(title: "Two").OrThrow());

    [Fact]
    public void Projects_with_different_activities_differ() =>
        Project(activities: [In2019("a")]).OrThrow().Should().NotBe(Project(activities: [In2019("b")]).OrThrow());

    [Fact]
    public void Projects_with_different_donors_differ() =>
        Project().OrThrow().Should().NotBe(Project(contributions: [FromSem, Contribution.Create(OtherDonor).OrThrow()]).OrThrow());
}
