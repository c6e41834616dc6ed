#region usings
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;
#endregion

namespace StAMM.Domain.Guides;

/// <summary>docs/guides/modelling-a-project.md: a new project, its donors, their contributions and its scope.</summary>
/// <remarks>The project is an example made up for the guide; it claims nothing about real funding.</remarks>
public static class ModellingAProject
{
    /// <summary>The Austrian ministry's programme, used by the contribution and an activity.</summary>
    public static FundingProgramme MobilityProgramme { get; } = FundingProgramme.Create("Migration Partnerships").OrThrow();

    /// <summary>A donor of the guide's own, with one programme.</summary>
    public static Donor Austria()
    {
        #region donor
        var ministry = Organisation.Create(
            name: "Federal Ministry of the Interior of Austria",
            type: OrganisationType.Government,
            acronym: "BMI",
            country: Country.Austria).OrThrow();

        var austria = Donor.Create(ministry, programmes: [MobilityProgramme]).OrThrow();
        #endregion
        return austria;
    }

    /// <summary>The two contributions: earmarked Austrian money for two years, unrestricted Swiss money.</summary>
    public static (Contribution FromAustria, Contribution FromSwitzerland) Contributions()
    {
        var austria = Austria();
        #region contributions
        var fromAustria = Contribution.Create(
            donor: austria,
            programme: MobilityProgramme,
            amount: Money.Of(400_000m, Currency.Eur),
            period: new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2027, 12, 31)),
            earmarks: Earmarks.Create(
                countries: [Country.BosniaAndHerzegovina, Country.NorthMacedonia],
                themes: [ThematicArea.Asylum, ThematicArea.Reception])).OrThrow();

        // SEM, as the built-in StAMM data knows it; no earmarks, no end.
        var fromSwitzerland = Contribution.Create(
            donor: Stamm.StateSecretariatForMigration,
            amount: Money.Of(250_000m, Currency.Eur)).OrThrow();
        #endregion
        return (fromAustria, fromSwitzerland);
    }

    /// <summary>The scope: four places, each with its share.</summary>
    public static GeographicScope Scope()
    {
        #region scope
        var scope = GeographicScope.Create(
            ScopeKind.MultiCountry,
            countries: [Country.BosniaAndHerzegovina, Country.Kosovo, Country.NorthMacedonia, Country.Serbia],
            shares: [
                (Country.BosniaAndHerzegovina, 40m),
                (Country.Kosovo, 20m),
                (Country.NorthMacedonia, 20m),
                (Country.Serbia, 20m)]).OrThrow();
        #endregion
        return scope;
    }

    /// <summary>The project, or every problem with it.</summary>
    public static ValidationResult<TechnicalAssistanceProject> Create()
    {
        var (fromAustria, fromSwitzerland) = Contributions();
        var scope = Scope();
        #region project
        var result = TechnicalAssistanceProject.Create(
            identifier: "WB-ASYLUM",
            acronym: "WB-ASYLUM",
            title: "Support to asylum and reception systems in the Western Balkans",
            scope: scope,
            status: ProjectStatus.Implementation,
            period: ProjectPeriod.Create(
                PartialDate.OfDay(new LocalDate(2026, 1, 1)),
                PartialDate.OfMonth(new YearMonth(2027, 12))).OrThrow(),
            implementer: Stamm.Icmpd,
            contributions: [fromAustria, fromSwitzerland],
            thematicAreas: [ThematicArea.Asylum, ThematicArea.Reception],
            openToFurtherDonors: true);
        #endregion
        return result;
    }

    /// <summary>The project, for the other guides.</summary>
    public static TechnicalAssistanceProject Project() => Create().OrThrow();

    /// <summary>Prints the project, or its problems: the way to consume any result made from user input.</summary>
    public static void PrintProject()
    {
        var result = Create();
        #region consume
        result.Switch(
            project => Console.WriteLine(
                $"{project.Acronym}: {project.Donors.Length} donors, {project.Scope.Countries.Count} places, " +
                $"{project.Period.Start} to {project.Period.End}"),
            failure =>
            {
                foreach (var problem in failure.Problems)
                    Console.WriteLine($"{problem.Path}: {problem.Code}: {problem.Message}");
            });
        #endregion
    }

    /// <summary>A scope with two mistakes: both are reported, at once.</summary>
    public static ValidationResult<GeographicScope> WrongScope()
    {
        #region wrong-scope
        var wrong = GeographicScope.Create(
            ScopeKind.MultiCountry,
            countries: [Country.BosniaAndHerzegovina, Country.Serbia],
            shares: [(Country.BosniaAndHerzegovina, 70m), (Country.Montenegro, 20m)]);

        foreach (var problem in wrong.Problems)
            Console.WriteLine($"{problem.Path}: {problem.Code}");
        #endregion
        return wrong;
    }

    /// <summary>Adds one activity that fits and tries one that does not.</summary>
    public static (ValidationResult<TechnicalAssistanceProject> Fits, ValidationResult<TechnicalAssistanceProject> DoesNotFit) Activities()
    {
        var project = Project();
        #region activity
        var training = Activity.Create(
            identifier: "2026-04-reception-training",
            type: ActivityType.Training,
            title: "Training on reception standards",
            period: ActivityPeriod.Exact(new LocalDate(2026, 4, 14), new LocalDate(2026, 4, 16)),
            venue: Venue.InPerson("Skopje", Country.NorthMacedonia).OrThrow(),
            participants: Participants.Create(count: 18, countries: [Country.NorthMacedonia]).OrThrow(),
            funding: [FundingSource.Through(project.Donors[0], MobilityProgramme).OrThrow()]).OrThrow();

        var withTraining = project.WithActivity(training);            // valid: dates, place and donor fit

        var inMontenegro = Activity.Create(
            identifier: "2026-05-workshop-podgorica",
            type: ActivityType.Workshop,
            title: "Workshop on asylum case law",
            period: ActivityPeriod.Exact(new LocalDate(2028, 5, 5), new LocalDate(2028, 5, 6)),
            participants: Participants.Create(countries: [Country.Montenegro]).OrThrow()).OrThrow();

        var rejected = project.WithActivity(inMontenegro);            // after the end, outside the scope
        #endregion
        return (withTraining, rejected);
    }

    /// <summary>Moves the project through its life: allowed moves give a new project, others the reason.</summary>
    public static (ValidationResult<TechnicalAssistanceProject> Finalising, ValidationResult<TechnicalAssistanceProject> Reopened) Status()
    {
        var project = Project();
        #region status
        var finalising = project.WithStatus(ProjectStatus.Finalisation);    // Implementation -> Finalisation: allowed
        var closed = finalising.OrThrow().WithStatus(ProjectStatus.Closed);  // allowed; the end is already known
        var reopened = closed.OrThrow().WithStatus(ProjectStatus.Pipeline);  // invalid-status-transition at "status"
        #endregion
        return (finalising, reopened);
    }

    /// <summary>What remains of each contribution, for the evaluation guide.</summary>
    public static IReadOnlyList<ContributionBalance> Balances()
    {
        var project = Project();
        #region balances
        var balances = new[]
        {
            ContributionBalance.Create(project.Contributions[0], committed: Money.Of(310_000m, Currency.Eur)).OrThrow(),
            ContributionBalance.Create(project.Contributions[1], committed: Money.Of(50_000m, Currency.Eur)).OrThrow(),
        };
        #endregion
        return balances;
    }
}
