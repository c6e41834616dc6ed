using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The inputs of <see cref="TechnicalAssistanceProject.Create"/>.</summary>
/// <param name="Identifier">The identifier.</param>
/// <param name="Acronym">The acronym.</param>
/// <param name="Title">The title.</param>
/// <param name="Scope">Where it works.</param>
/// <param name="Status">Its status.</param>
/// <param name="Period">When it runs.</param>
/// <param name="Implementer">The implementer.</param>
/// <param name="Contributions">The donors' contributions.</param>
/// <param name="Activities">The activities.</param>
/// <param name="ThematicAreas">Its themes.</param>
/// <param name="AlternativeTitles">Other titles.</param>
/// <param name="Summary">What it does.</param>
/// <param name="Objective">What it aims at.</param>
/// <param name="OpenToFurtherDonors">Whether further donors are invited.</param>
internal sealed partial record ProjectInput(
    string? Identifier,
    string? Acronym,
    string? Title,
    GeographicScope Scope,
    ProjectStatus Status,
    ProjectPeriod Period,
    Organisation Implementer,
    ImmutableArray<Contribution> Contributions,
    ImmutableArray<Activity> Activities,
    ImmutableArray<ThematicArea> ThematicAreas,
    ImmutableArray<string> AlternativeTitles,
    string? Summary,
    string? Objective,
    bool OpenToFurtherDonors) : IFactoryInput<TechnicalAssistanceProject>
{
    /// <inheritdoc />
    public ValidationResult<TechnicalAssistanceProject> Create() => TechnicalAssistanceProject.Create(
        Identifier, Acronym, Title, Scope, Status, Period, Implementer, Contributions, Activities, ThematicAreas, AlternativeTitles, Summary, Objective, OpenToFurtherDonors);
}

/// <summary>The ways a <see cref="ProjectInput"/> can be just invalid.</summary>
internal enum ProjectFlaw
{
    /// <summary>The identifier is blank: <c>required</c> at <c>identifier</c>.</summary>
    BlankIdentifier = 1,

    /// <summary>The acronym is blank: <c>required</c> at <c>acronym</c>.</summary>
    BlankAcronym = 2,

    /// <summary>The title is blank: <c>required</c> at <c>title</c>.</summary>
    BlankTitle = 3,

    /// <summary>A closed project without an end: <c>closed-without-end</c> at <c>period.end</c>.</summary>
    ClosedWithoutEnd = 4,

    /// <summary>Two activities with one identifier: <c>duplicate</c> at <c>activities[i].identifier</c>.</summary>
    DuplicateActivityIdentifier = 5,

    /// <summary>An activity before the project's start: <c>outside-project-period</c> at <c>activities[i].period</c>.</summary>
    ActivityOutsidePeriod = 6,

    /// <summary>Participants from a country outside the scope: <c>outside-project-scope</c> at <c>activities[i].participants.countries</c>.</summary>
    ParticipantsOutsideScope = 7,

    /// <summary>An activity funded by a donor that has no contribution: <c>funder-not-donor</c> at <c>activities[i].funding[0]</c>.</summary>
    FunderNotDonor = 8,

    /// <summary>An activity serving a theme that is not the project's: <c>theme-not-in-project</c> at <c>activities[i].thematicAreas</c>.</summary>
    ThemeNotInProject = 9,
}

/// <summary>
/// Generators of <see cref="TechnicalAssistanceProject"/>s whose activities fit them: dates within the period,
/// participants and beneficiaries from the scope, funders among the donors, themes among the project's, identifiers unique.
/// </summary>
internal sealed class ProjectGenerator : FactoryGenerator<TechnicalAssistanceProject, ProjectInput, ProjectFlaw>
{
    private static readonly Donor OutsideDonor = Donor.Create(
        Organisation.Create("Donor outside the project", OrganisationType.Government).OrThrow()).OrThrow();

    internal ProjectGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<ProjectInput> Input { get; } = Projects(0, 4);

    private protected override Gen<FlawedInput<TechnicalAssistanceProject, ProjectInput, ProjectFlaw>> Flawed(ProjectFlaw flaw) => flaw switch
    {
        ProjectFlaw.BlankIdentifier => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Identifier = b }, flaw, ProblemCodes.Required, "identifier")),
        ProjectFlaw.BlankAcronym => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Acronym = b }, flaw, ProblemCodes.Required, "acronym")),
        ProjectFlaw.BlankTitle => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Title = b }, flaw, ProblemCodes.Required, "title")),
        ProjectFlaw.ClosedWithoutEnd => Input.Select(i =>
            Flaw(i with { Status = ProjectStatus.Closed, Period = ProjectPeriod.StartingIn(i.Period.Start) }, flaw, ProblemCodes.ClosedWithoutEnd, "period.end")),
        ProjectFlaw.DuplicateActivityIdentifier => Gen.Select(Projects(1, 4), Gen.Int[0, 3]).Select((i, pick) =>
            Flaw(i with { Activities = i.Activities.Add(i.Activities[pick % i.Activities.Length]) }, flaw, ProblemCodes.Duplicate, $"activities[{i.Activities.Length}].identifier")),
        ProjectFlaw.ActivityOutsidePeriod =>
            from i in Input
            from extra in Extra(i, Gen.Int[1, 400].Select(d => ActivityPeriod.Exact(i.Period.Start.FirstDay.PlusDays(-d), i.Period.Start.FirstDay.PlusDays(-d))), false)
            select Flaw(i with { Activities = i.Activities.Add(extra.Create().OrThrow()) }, flaw, ProblemCodes.OutsideProjectPeriod, $"activities[{i.Activities.Length}].period"),
        ProjectFlaw.ParticipantsOutsideScope =>
            from i in Input
            from extra in Extra(i, PeriodsOf(i.Period), true)
            select Flaw(i with { Activities = i.Activities.Add(extra.Create().OrThrow()) }, flaw, ProblemCodes.OutsideProjectScope, $"activities[{i.Activities.Length}].participants.countries"),
        ProjectFlaw.ThemeNotInProject =>
            from i in Input
            from extra in Extra(i, PeriodsOf(i.Period), false)
            from stranger in Gen.OneOf(Enum.GetValues<ThematicArea>().Except(i.ThematicAreas).ToArray())
            select Flaw(
                i with { Activities = i.Activities.Add((extra with { ThematicAreas = [.. extra.ThematicAreas, stranger] }).Create().OrThrow()) },
                flaw,
                ProblemCodes.ThemeNotInProject,
                $"activities[{i.Activities.Length}].thematicAreas"),
        _ =>
            from i in Input
            from extra in Extra(i, PeriodsOf(i.Period), false)
            select Flaw(
                i with { Activities = i.Activities.Add(Activity.Create(extra.Identifier, extra.Type, extra.Title, extra.Period, funding: [FundingSource.From(OutsideDonor)]).OrThrow()) },
                flaw,
                ProblemCodes.FunderNotDonor,
                $"activities[{i.Activities.Length}].funding[0]"),
    };

    private static Gen<ProjectInput> Projects(int minActivities, int maxActivities) =>
        from scope in Generate.Scope.Valid
        from period in Generate.ProjectPeriod.Valid
        from status in period.End is null ? Gen.OneOf(ProjectStatus.Pipeline, ProjectStatus.Implementation, ProjectStatus.Finalisation, ProjectStatus.Suspended, ProjectStatus.Cancelled) : Gen.Enum<ProjectStatus>()
        from implementer in Generate.Organisation.Valid
        from donors in Generate.Donor.Valid.Array[0, 3]
        from amounts in Values.PositiveMoney.Null(0.5).Array[3]
        from themes in Values.SubsetOf(Enum.GetValues<ThematicArea>(), 3)
        from count in Gen.Int[minActivities, maxActivities]
        from activities in Activities(scope, period, [.. donors.Distinct()], themes, count)
        from identifier in Values.Identifier
        from acronym in Values.Acronym
        from title in Values.Name
        from alternativeTitles in Values.Name.Array[0, 2]
        from summary in Values.OptionalName
        from objective in Values.OptionalName
        from open in Gen.Bool
        select new ProjectInput(
            identifier,
            acronym ?? "P",
            title,
            scope,
            status,
            period,
            implementer,
            [.. donors.Distinct().Select((d, k) => Contribution.Create(d, amount: amounts[k]).OrThrow())],
            activities,
            [.. themes],
            [.. alternativeTitles],
            summary,
            objective,
            open);

    private static Gen<ImmutableArray<Activity>> Activities(GeographicScope scope, ProjectPeriod period, Donor[] donors, ThematicArea[] themes, int count)
    {
        var result = Gen.Const(ImmutableArray<Activity>.Empty);
        for (var k = 0; k < count; k++)
        {
            var prefix = $"a{k}-";
            result = result.SelectMany(list => Fitting(prefix, scope, PeriodsOf(period), donors, themes).Select(a => list.Add(a)));
        }

        return result;
    }

    private static Gen<Activity> Fitting(string prefix, GeographicScope scope, Gen<ActivityPeriod> periods, Donor[] donors, ThematicArea[] themes)
    {
        Country[] countries = [.. scope.Countries];
        return ActivityGenerator.Fitting(
                prefix,
                periods,
                Gen.OneOf(countries),
                Values.SubsetOf(countries, 4),
                Values.SubsetOf(donors, 3),
                Values.SubsetOf(themes, 2))
            .Select(i => i.Create().OrThrow());
    }

    /// <summary>An activity to add to a valid project: fitting it, except for its period (from <paramref name="periods"/>) or, when asked, for one participant country outside the scope.</summary>
    private static Gen<ActivityInput> Extra(ProjectInput project, Gen<ActivityPeriod> periods, bool participantOutsideScope)
    {
        Country[] outside = [.. Country.All.Where(c => !project.Scope.Contains(c))];
        return
            from input in ActivityGenerator.Fitting($"x{project.Activities.Length}-", periods, Gen.OneOf([.. project.Scope.Countries]), Values.SubsetOf([.. project.Scope.Countries], 3), Values.SubsetOf(project.Contributions.Select(c => c.Donor).Distinct().ToArray(), 2), Values.SubsetOf([.. project.ThematicAreas], 2))
            from stranger in Gen.OneOf(outside)
            select participantOutsideScope
                ? input with { Participants = Participants.Create(countries: [.. input.Participants?.Countries ?? ImmutableSortedSet<Country>.Empty, stranger]).OrThrow() }
                : input;
    }

    private static Gen<ActivityPeriod> PeriodsOf(ProjectPeriod period) =>
        ActivityGenerator.Between(period.Start.FirstDay, period.End?.LastDay ?? period.Start.FirstDay.PlusYears(3));
}
