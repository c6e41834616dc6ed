using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// Builds a <see cref="TechnicalAssistanceProject"/>. The default is StAMM-like: the built-in project's identifier,
/// titles, Western Balkans regional scope, implementation status, open-ended period from December 2018, ICMPD as
/// implementer and SEM and the Czech Ministry of the Interior as donors, but no activities, so a test adds the ones it needs.
/// </summary>
/// <remarks>
/// <para>Immutable: every method returns a new builder. Start with <see cref="A.Project"/>.</para>
/// <para>Problems of the parts are reported with the factory's paths: <c>period.end</c>, <c>scope.countries</c>,
/// <c>contributions[1].amount</c>, <c>activities[2].title</c>. The project's own checks (activities fit its period,
/// scope and donors) run when its parts are valid.</para>
/// </remarks>
public sealed class ProjectBuilder : ITestDataBuilder<TechnicalAssistanceProject>
{
    private readonly State _state;

    /// <summary>A builder with the StAMM-like default and no activities.</summary>
    public ProjectBuilder()
        : this(FromProject(Stamm.Project) with { Activities = [] })
    {
    }

    private ProjectBuilder(State state) => _state = state;

    /// <summary>A builder that starts from an existing project, activities included, to change one thing of it.</summary>
    /// <param name="project">The project, such as <see cref="Stamm.Project"/>.</param>
    /// <returns>The builder.</returns>
    public static ProjectBuilder Like(TechnicalAssistanceProject project) => new(FromProject(project));

    /// <summary>Sets the identifier.</summary>
    /// <param name="identifier">The identifier.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithIdentifier(string? identifier) => new(_state with { Identifier = identifier });

    /// <summary>Sets the acronym.</summary>
    /// <param name="acronym">The acronym.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithAcronym(string? acronym) => new(_state with { Acronym = acronym });

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder Titled(string? title) => new(_state with { Title = title });

    /// <summary>Sets the other titles.</summary>
    /// <param name="titles">The titles.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder AlsoTitled(params string[] titles) => new(_state with { AlternativeTitles = [.. titles] });

    /// <summary>Sets the summary.</summary>
    /// <param name="summary">The summary, or null.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithSummary(string? summary) => new(_state with { Summary = summary });

    /// <summary>Sets the objective.</summary>
    /// <param name="objective">The objective, or null.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithObjective(string? objective) => new(_state with { Objective = objective });

    /// <summary>Sets the themes.</summary>
    /// <param name="themes">The themes.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder About(params ThematicArea[] themes) => new(_state with { ThematicAreas = [.. themes] });

    /// <summary>Sets the scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder In(GeographicScope scope) => new(_state with { Scope = Parts.Of(scope) });

    /// <summary>Makes it a national project in one country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder In(Country country) => In(GeographicScope.National(country));

    /// <summary>Makes it a regional project over a group of countries.</summary>
    /// <param name="group">The group, such as <see cref="CountryGroup.WesternBalkans"/>.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder In(CountryGroup group) => In(GeographicScope.Regional(group));

    /// <summary>Makes it a multi-country project over the given countries.</summary>
    /// <param name="countries">The countries; fewer than two, or one named twice, is a problem when built (path <c>scope.countries</c>).</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder InCountries(params Country[] countries)
    {
        ImmutableArray<Country> list = [.. countries];
        return new(_state with { Scope = () => GeographicScope.Create(ScopeKind.MultiCountry, list) });
    }

    /// <summary>Sets the status.</summary>
    /// <param name="status">The status; closed needs an end.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithStatus(ProjectStatus status) => new(_state with { Status = status });

    /// <summary>Sets the start to a day.</summary>
    /// <param name="start">The first day.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder StartingOn(LocalDate start) => new(_state with { Start = PartialDate.OfDay(start) });

    /// <summary>Sets the start to a month.</summary>
    /// <param name="start">The month.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder StartingIn(YearMonth start) => new(_state with { Start = PartialDate.OfMonth(start) });

    /// <summary>Sets the end to a day.</summary>
    /// <param name="end">The last day; before the start is a problem when built (path <c>period.end</c>).</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder EndingOn(LocalDate end) => new(_state with { End = PartialDate.OfDay(end) });

    /// <summary>Sets the end to a month.</summary>
    /// <param name="end">The month.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder EndingIn(YearMonth end) => new(_state with { End = PartialDate.OfMonth(end) });

    /// <summary>Removes the end: the project is open-ended.</summary>
    /// <returns>A new builder.</returns>
    public ProjectBuilder OpenEnded() => new(_state with { End = null });

    /// <summary>Sets the implementer.</summary>
    /// <param name="implementer">The implementing organisation.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder ImplementedBy(Organisation implementer) =>
        new(_state with { Implementer = implementer ?? throw new ArgumentNullException(nameof(implementer)) });

    /// <summary>Makes <paramref name="donor"/> the only donor, with an unknown amount.</summary>
    /// <param name="donor">The donor.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder FundedBy(Donor donor) => new(_state with { Contributions = [Parts.Built(A.Contribution.From(donor))] });

    /// <summary>Adds a donor, with an unknown amount.</summary>
    /// <param name="donor">The donor.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder AlsoFundedBy(Donor donor) => WithContribution(A.Contribution.From(donor));

    /// <summary>Adds a contribution.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithContribution(Contribution contribution) => new(_state with { Contributions = _state.Contributions.Add(Parts.Of(contribution)) });

    /// <summary>Adds the contribution another builder makes.</summary>
    /// <param name="contribution">The contribution's builder; its problems are reported below <c>contributions[i]</c>.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithContribution(ContributionBuilder contribution) => new(_state with { Contributions = _state.Contributions.Add(Parts.Built(contribution)) });

    /// <summary>Removes every contribution, and so every donor.</summary>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithoutContributions() => new(_state with { Contributions = [] });

    /// <summary>Sets whether further donors are invited.</summary>
    /// <param name="open">Whether they are.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder OpenToFurtherDonors(bool open = true) => new(_state with { OpenToFurtherDonors = open });

    /// <summary>Adds an activity.</summary>
    /// <param name="activity">The activity; one that does not fit the project is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithActivity(Activity activity) => new(_state with { Activities = _state.Activities.Add(Parts.Of(activity)) });

    /// <summary>Adds the activity another builder makes.</summary>
    /// <param name="activity">The activity's builder; its problems are reported below <c>activities[i]</c>.</param>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithActivity(ActivityBuilder activity) => new(_state with { Activities = _state.Activities.Add(Parts.Built(activity)) });

    /// <summary>Removes every activity.</summary>
    /// <returns>A new builder.</returns>
    public ProjectBuilder WithoutActivities() => new(_state with { Activities = [] });

    /// <inheritdoc />
    public ValidationResult<TechnicalAssistanceProject> Build()
    {
        var s = _state;
        var parts = new Parts();
        var scope = parts.Take(s.Scope(), "scope");
        var period = parts.Take(ProjectPeriod.Create(s.Start, s.End), "period");
        var contributions = parts.TakeAll(s.Contributions, "contributions");
        var activities = parts.TakeAll(s.Activities, "activities");
        return parts.Then(() => TechnicalAssistanceProject.Create(
            s.Identifier,
            s.Acronym,
            s.Title,
            scope!,
            s.Status,
            period!,
            s.Implementer,
            contributions,
            activities,
            s.ThematicAreas,
            s.AlternativeTitles,
            s.Summary,
            s.Objective,
            s.OpenToFurtherDonors));
    }

    /// <inheritdoc />
    public TechnicalAssistanceProject BuildValid() => Build().OrThrow();

    private static State FromProject(TechnicalAssistanceProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new State(
            project.Identifier,
            project.Acronym,
            project.Title,
            project.AlternativeTitles,
            project.Summary,
            project.Objective,
            [.. project.ThematicAreas],
            Parts.Of(project.Scope),
            project.Status,
            project.Period.Start,
            project.Period.End,
            project.Implementer,
            [.. project.Contributions.Select(Parts.Of)],
            project.OpenToFurtherDonors,
            [.. project.Activities.Select(Parts.Of)]);
    }

    private sealed record State(
        string? Identifier,
        string? Acronym,
        string? Title,
        ImmutableArray<string> AlternativeTitles,
        string? Summary,
        string? Objective,
        ImmutableArray<ThematicArea> ThematicAreas,
        Func<ValidationResult<GeographicScope>> Scope,
        ProjectStatus Status,
        PartialDate Start,
        PartialDate? End,
        Organisation Implementer,
        ImmutableArray<Func<ValidationResult<Contribution>>> Contributions,
        bool OpenToFurtherDonors,
        ImmutableArray<Func<ValidationResult<Activity>>> Activities);
}
