using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Projects;

/// <summary>
/// A technical-assistance project, such as StAMM: what it is for, where it works, who funds and implements it,
/// when it runs, where it is in its life cycle, and the activities it has delivered.
/// </summary>
/// <remarks>
/// <para>Invariants, checked by <see cref="Create"/> and kept by every method that returns a changed project:
/// activity identifiers are unique; every activity lies within the project's period, draws its participants and
/// beneficiaries from the project's scope, and is funded only by the project's donors; a closed project has an end.</para>
/// <para>Immutable value; equality by all members. Thread-safe.</para>
/// </remarks>
public sealed class TechnicalAssistanceProject : IEquatable<TechnicalAssistanceProject>
{
    private TechnicalAssistanceProject(
        string identifier,
        string acronym,
        string title,
        ImmutableArray<string> alternativeTitles,
        string? summary,
        string? objective,
        ImmutableSortedSet<ThematicArea> thematicAreas,
        GeographicScope scope,
        ProjectStatus status,
        ProjectPeriod period,
        ImmutableArray<Contribution> contributions,
        Organisation implementer,
        bool openToFurtherDonors,
        ImmutableArray<Activity> activities)
    {
        Identifier = identifier;
        Acronym = acronym;
        Title = title;
        AlternativeTitles = alternativeTitles;
        Summary = summary;
        Objective = objective;
        ThematicAreas = thematicAreas;
        Scope = scope;
        Status = status;
        Period = period;
        Contributions = contributions;
        Implementer = implementer;
        OpenToFurtherDonors = openToFurtherDonors;
        Activities = activities;
        Donors = [.. contributions.Select(c => c.Donor).Distinct()];
    }

    /// <summary>The project's identifier, unique for its implementer, such as <c>StAMM</c>.</summary>
    public string Identifier { get; }

    /// <summary>The short name, such as <c>StAMM</c>.</summary>
    public string Acronym { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>Other titles the project is known by.</summary>
    public ImmutableArray<string> AlternativeTitles { get; }

    /// <summary>What the project does, in a paragraph.</summary>
    public string? Summary { get; }

    /// <summary>What the project aims to achieve.</summary>
    public string? Objective { get; }

    /// <summary>Its themes and ICMPD tags.</summary>
    public ImmutableSortedSet<ThematicArea> ThematicAreas { get; }

    /// <summary>Where it works.</summary>
    public GeographicScope Scope { get; }

    /// <summary>Where it is in its life cycle.</summary>
    public ProjectStatus Status { get; }

    /// <summary>When it runs.</summary>
    public ProjectPeriod Period { get; }

    /// <summary>The donors' contributions.</summary>
    public ImmutableArray<Contribution> Contributions { get; }

    /// <summary>The donors, in the order of their first contribution.</summary>
    public ImmutableArray<Donor> Donors { get; }

    /// <summary>The organisation that implements the project and is accountable for it.</summary>
    public Organisation Implementer { get; }

    /// <summary>Whether further donors are invited to contribute.</summary>
    public bool OpenToFurtherDonors { get; }

    /// <summary>The activities delivered or planned, in the order given.</summary>
    public ImmutableArray<Activity> Activities { get; }

    /// <summary>
    /// The organisations in their IATI roles: each donor as funding, the implementer as accountable and implementing.
    /// </summary>
    public ImmutableArray<ParticipatingOrganisation> ParticipatingOrganisations =>
    [
        .. Donors.Select(d => new ParticipatingOrganisation(d.Organisation, OrganisationRole.Funding)),
        new ParticipatingOrganisation(Implementer, OrganisationRole.Accountable),
        new ParticipatingOrganisation(Implementer, OrganisationRole.Implementing),
    ];

    /// <summary>Validates and creates a project.</summary>
    /// <param name="identifier">The identifier: 1 to 100 letters, digits and <c>- _ . : /</c>.</param>
    /// <param name="acronym">The short name.</param>
    /// <param name="title">The title.</param>
    /// <param name="scope">Where it works.</param>
    /// <param name="status">Its status.</param>
    /// <param name="period">When it runs; a closed project needs an end.</param>
    /// <param name="implementer">The implementing organisation.</param>
    /// <param name="contributions">The donors' contributions.</param>
    /// <param name="activities">The activities; identifiers unique.</param>
    /// <param name="thematicAreas">Its themes.</param>
    /// <param name="alternativeTitles">Other titles.</param>
    /// <param name="summary">What it does.</param>
    /// <param name="objective">What it aims at.</param>
    /// <param name="openToFurtherDonors">Whether further donors are invited.</param>
    /// <returns>The project, or every problem, with paths such as <c>activities[2].period</c>.</returns>
    /// <exception cref="ArgumentNullException">A required object is null.</exception>
    /// <exception cref="ArgumentException">A collection holds a null, or an enum value is not defined.</exception>
    public static ValidationResult<TechnicalAssistanceProject> Create(
        string? identifier,
        string? acronym,
        string? title,
        GeographicScope scope,
        ProjectStatus status,
        ProjectPeriod period,
        Organisation implementer,
        IEnumerable<Contribution>? contributions = null,
        IEnumerable<Activity>? activities = null,
        IEnumerable<ThematicArea>? thematicAreas = null,
        IEnumerable<string>? alternativeTitles = null,
        string? summary = null,
        string? objective = null,
        bool openToFurtherDonors = false)
    {
        Guard.Against.Null(scope);
        Guard.Against.EnumOutOfRange(status);
        Guard.Against.Null(period);
        Guard.Against.Null(implementer);
        var contributionList = Guard.Against.NullElements(contributions);
        var activityList = Guard.Against.NullElements(activities);
        var themeList = Guard.Against.UndefinedElements(thematicAreas);
        var titleList = Guard.Against.NullElements(alternativeTitles);

        var problems = new ProblemCollector();
        var validIdentifier = Activity.CheckIdentifier(problems, identifier, "identifier");
        var validAcronym = Text.Required(problems, acronym, "acronym", 50);
        var validTitle = Text.Required(problems, title, "title");
        var validSummary = Text.Optional(problems, summary, "summary", Text.LongLength);
        var validObjective = Text.Optional(problems, objective, "objective", Text.LongLength);
        var cleanTitles = ImmutableArray.CreateBuilder<string>(titleList.Length);
        for (var i = 0; i < titleList.Length; i++)
        {
            cleanTitles.Add(Text.Required(problems, titleList[i], $"alternativeTitles[{i}]"));
        }

        CheckStatus(problems, status, period);
        var donors = contributionList.Select(c => c.Donor).Distinct().ToImmutableArray();

        problems.AddDuplicates(activityList.AsSpan(), a => a.Identifier, "activities", (a, first) => $"The identifier '{a.Identifier}' is used by activities[{first}] too.", ".identifier");
        for (var i = 0; i < activityList.Length; i++)
        {
            CheckFit(problems, activityList[i], i, period, scope, donors, themeList);
        }

        return problems.Finish(() => new TechnicalAssistanceProject(
            validIdentifier,
            validAcronym,
            validTitle,
            cleanTitles.MoveToImmutable(),
            validSummary,
            validObjective,
            [.. themeList],
            scope,
            status,
            period,
            contributionList,
            implementer,
            openToFurtherDonors,
            activityList));
    }

    /// <summary>Returns the project with one more activity, if it fits the project.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The changed project, or the problems (paths <c>activities[n]...</c>).</returns>
    public ValidationResult<TechnicalAssistanceProject> WithActivity(Activity activity)
    {
        Guard.Against.Null(activity);
        var problems = new ProblemCollector();
        CheckNewActivity(problems, activity);
        return problems.Finish(() => Copy(Activities.Add(activity), Status, Period));
    }

    /// <summary>
    /// Adds the problems <see cref="WithActivity"/> would report for an activity (paths <c>activities[n]...</c>, n the
    /// number of activities), without building the project that takes it.
    /// </summary>
    internal void CheckNewActivity(ProblemCollector problems, Activity activity)
    {
        if (FindActivity(activity.Identifier) is not null)
        {
            problems.Add(ProblemCodes.Duplicate, $"activities[{Activities.Length}].identifier", $"The identifier '{activity.Identifier}' is already used.");
        }

        CheckFit(problems, activity, Activities.Length, Period, Scope, Donors, ThematicAreas);
    }

    /// <summary>Returns the project moved to another status, if the life cycle allows the move.</summary>
    /// <param name="status">The new status; see <see cref="ProjectStatusExtensions.CanMoveTo"/>.</param>
    /// <param name="end">The end to record, when the move closes the project; the period's end otherwise stays.</param>
    /// <returns>The changed project, or the problems (paths <c>status</c>, <c>period.end</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not defined.</exception>
    public ValidationResult<TechnicalAssistanceProject> WithStatus(ProjectStatus status, PartialDate? end = null)
    {
        Guard.Against.EnumOutOfRange(status);
        var problems = new ProblemCollector();
        if (!Status.CanMoveTo(status))
        {
            problems.Add(ProblemCodes.InvalidStatusTransition, "status", $"A project cannot move from {Status} to {status}.");
        }

        var period = Period;
        if (end is not null && problems.TryTake(ProjectPeriod.Create(Period.Start, end), "period", out var withEnd))
        {
            period = withEnd;
            for (var i = 0; i < Activities.Length; i++)
            {
                if (!period.Contains(Activities[i].Period.Dates))
                {
                    problems.Add(ProblemCodes.OutsideProjectPeriod, $"activities[{i}].period", $"The activity ({Activities[i].Period}) would lie outside the period {period}.");
                }
            }
        }

        CheckStatus(problems, status, period);
        return problems.Finish(() => Copy(Activities, status, period));
    }

    /// <summary>Finds an activity by identifier.</summary>
    /// <param name="identifier">The identifier.</param>
    /// <returns>The activity, or <see langword="null"/>.</returns>
    public Activity? FindActivity(string identifier)
    {
        Guard.Against.Null(identifier);
        foreach (var activity in Activities)
        {
            if (activity.Identifier == identifier)
            {
                return activity;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(TechnicalAssistanceProject? other) =>
        other is not null
        && Identifier == other.Identifier
        && Acronym == other.Acronym
        && Title == other.Title
        && AlternativeTitles.SequenceEqual(other.AlternativeTitles)
        && Summary == other.Summary
        && Objective == other.Objective
        && ThematicAreas.SequenceEqual(other.ThematicAreas)
        && Scope.Equals(other.Scope)
        && Status == other.Status
        && Period == other.Period
        && Contributions.SequenceEqual(other.Contributions)
        && Implementer == other.Implementer
        && OpenToFurtherDonors == other.OpenToFurtherDonors
        && Activities.SequenceEqual(other.Activities);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TechnicalAssistanceProject);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Identifier, Title, Scope, Status, Period, Activities.Length);

    /// <summary>Returns the acronym and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Acronym}: {Title}";

    /// <summary>Compares by value.</summary>
    /// <param name="left">A project.</param>
    /// <param name="right">A project.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(TechnicalAssistanceProject? left, TechnicalAssistanceProject? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A project.</param>
    /// <param name="right">A project.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(TechnicalAssistanceProject? left, TechnicalAssistanceProject? right) => !(left == right);

    private static void CheckStatus(ProblemCollector problems, ProjectStatus status, ProjectPeriod period)
    {
        if (status == ProjectStatus.Closed && period.End is null)
        {
            problems.Add(ProblemCodes.ClosedWithoutEnd, "period.end", "A closed project has an end date.");
        }
    }

    /// <summary>Checks that the activity at <paramref name="index"/> fits the project; its path is built only for a problem.</summary>
    private static void CheckFit(ProblemCollector problems, Activity activity, int index, ProjectPeriod period, GeographicScope scope, ImmutableArray<Donor> donors, IEnumerable<ThematicArea> themes)
    {
        if (!period.Contains(activity.Period.Dates))
        {
            problems.Add(ProblemCodes.OutsideProjectPeriod, $"activities[{index}].period", $"The activity ({activity.Period}) lies outside the project's period {period}.");
        }

        foreach (var country in activity.Participants.Countries)
        {
            if (!scope.Contains(country))
            {
                problems.Add(ProblemCodes.OutsideProjectScope, $"activities[{index}].participants.countries", $"Participants from {country.Code} are outside the project's scope.");
            }
        }

        for (var i = 0; i < activity.Beneficiaries.Length; i++)
        {
            var beneficiary = activity.Beneficiaries[i];
            if (!scope.Contains(beneficiary.Country))
            {
                problems.Add(ProblemCodes.OutsideProjectScope, $"activities[{index}].beneficiaries[{i}]", $"'{beneficiary.Name}' is in {beneficiary.Country.Code}, outside the project's scope.");
            }
        }

        for (var i = 0; i < activity.Funding.Length; i++)
        {
            if (!donors.Contains(activity.Funding[i].Donor))
            {
                problems.Add(ProblemCodes.FunderNotDonor, $"activities[{index}].funding[{i}]", $"{activity.Funding[i].Donor.Name} is not a donor of the project.");
            }
        }

        // One problem per theme at the list's path: the activity's themes are a set, whose order need not be the document's.
        foreach (var theme in activity.ThematicAreas)
        {
            if (!themes.Contains(theme))
            {
                problems.Add(ProblemCodes.ThemeNotInProject, $"activities[{index}].thematicAreas", $"The theme {theme} is not among the project's thematic areas.");
            }
        }
    }

    private TechnicalAssistanceProject Copy(ImmutableArray<Activity> activities, ProjectStatus status, ProjectPeriod period) =>
        new(Identifier, Acronym, Title, AlternativeTitles, Summary, Objective, ThematicAreas, Scope, status, period, Contributions, Implementer, OpenToFurtherDonors, activities);
}
