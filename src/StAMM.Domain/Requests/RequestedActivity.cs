using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Requests;

/// <summary>
/// The activity asked for: its kind, themes, title and need, the obligation it serves, how many experts and
/// activities, the countries a regional activity serves and the designation of Kosovo its outputs use. One part of an
/// <see cref="AssistanceRequest"/>.
/// </summary>
/// <remarks>Immutable value; equality by all members. Thread-safe.</remarks>
public sealed class RequestedActivity : IEquatable<RequestedActivity>
{
    private RequestedActivity(
        ActivityType type,
        ImmutableSortedSet<ThematicArea> themes,
        string title,
        string need,
        string? servesObligation,
        int? expertsRequested,
        int plannedActivities,
        GeographicScope? scope,
        KosovoDesignation? outputDesignation)
    {
        Type = type;
        Themes = themes;
        Title = title;
        Need = need;
        ServesObligation = servesObligation;
        ExpertsRequested = expertsRequested;
        PlannedActivities = plannedActivities;
        Scope = scope;
        OutputDesignation = outputDesignation;
    }

    /// <summary>The kind of assistance asked for.</summary>
    public ActivityType Type { get; }

    /// <summary>The thematic areas; at least one.</summary>
    public ImmutableSortedSet<ThematicArea> Themes { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The description of the need.</summary>
    public string Need { get; }

    /// <summary>The obligation, strategy or action plan the request serves, such as a chapter of an EU accession plan.</summary>
    public string? ServesObligation { get; }

    /// <summary>How many experts are asked for, if said.</summary>
    public int? ExpertsRequested { get; }

    /// <summary>How many activities the request asks for (a series of sessions); at least 1.</summary>
    public int PlannedActivities { get; }

    /// <summary>The countries an activity covering several countries serves, with percentage shares when known; <see langword="null"/> for a national request.</summary>
    public GeographicScope? Scope { get; }

    /// <summary>The Kosovo designation the outputs (agenda, report, certificates) will use; <see langword="null"/> when not configured.</summary>
    public KosovoDesignation? OutputDesignation { get; }

    /// <summary>Validates and creates the activity asked for.</summary>
    /// <param name="type">The kind of assistance.</param>
    /// <param name="themes">At least one thematic area; duplicates are merged.</param>
    /// <param name="title">The title.</param>
    /// <param name="need">The description of the need.</param>
    /// <param name="servesObligation">The obligation or strategy it serves.</param>
    /// <param name="expertsRequested">How many experts, if said; not negative.</param>
    /// <param name="plannedActivities">How many activities; at least 1.</param>
    /// <param name="scope">The countries a regional or multi-country activity serves, with shares if known.</param>
    /// <param name="outputDesignation">The Kosovo designation its outputs will use.</param>
    /// <returns>The activity, or every problem, at the paths of the request document (<c>title</c>, <c>themes</c>, <c>expertsRequested</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="themes"/> is null.</exception>
    /// <exception cref="ArgumentException">An enum value is not defined.</exception>
    public static ValidationResult<RequestedActivity> Create(
        ActivityType type,
        IEnumerable<ThematicArea> themes,
        string? title,
        string? need,
        string? servesObligation = null,
        int? expertsRequested = null,
        int plannedActivities = 1,
        GeographicScope? scope = null,
        KosovoDesignation? outputDesignation = null)
    {
        Guard.Against.EnumOutOfRange(type);
        Guard.Against.Null(themes);
        var themeList = Guard.Against.UndefinedElements(themes);
        var problems = new ProblemCollector();
        var validTitle = Text.Required(problems, title, "title");
        var validNeed = Text.Required(problems, need, "need", Text.LongLength);
        var validObligation = Text.Optional(problems, servesObligation, "servesObligation");
        if (themeList.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "themes", "At least one thematic area is required.");
        }

        if (expertsRequested is < 0)
        {
            problems.Add(ProblemCodes.OutOfRange, "expertsRequested", $"A count cannot be negative; {expertsRequested} was given.");
        }

        if (plannedActivities < 1)
        {
            problems.Add(ProblemCodes.OutOfRange, "plannedActivities", $"A request asks for at least one activity; {plannedActivities} was given.");
        }

        return problems.Finish(() => new RequestedActivity(
            type, [.. themeList], validTitle, validNeed, validObligation, expertsRequested, plannedActivities, scope, outputDesignation));
    }

    /// <inheritdoc />
    public bool Equals(RequestedActivity? other) =>
        other is not null
        && Type == other.Type
        && Themes.SequenceEqual(other.Themes)
        && Title == other.Title
        && Need == other.Need
        && ServesObligation == other.ServesObligation
        && ExpertsRequested == other.ExpertsRequested
        && PlannedActivities == other.PlannedActivities
        && Scope == other.Scope
        && OutputDesignation == other.OutputDesignation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestedActivity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Title, Need, ExpertsRequested, PlannedActivities);

    /// <summary>Returns the type and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Type} '{Title}'";

    /// <summary>Compares by value.</summary>
    /// <param name="left">An activity asked for.</param>
    /// <param name="right">An activity asked for.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(RequestedActivity? left, RequestedActivity? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">An activity asked for.</param>
    /// <param name="right">An activity asked for.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(RequestedActivity? left, RequestedActivity? right) => !(left == right);
}
