using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Activities;

/// <summary>
/// One piece of technical assistance delivered under a project: a training, workshop, expert mission, study
/// visit, assessment, peer review or policy support.
/// </summary>
/// <remarks>
/// <para>An activity is valid on its own (this factory); that it fits its project (dates within the project's period,
/// participants from its scope, funders among its donors, themes among its thematic areas) is checked when it is put
/// into a <see cref="TechnicalAssistanceProject"/>.</para>
/// <para>Topics may name countries outside the project's scope, such as the countries of origin a training
/// discusses; those are <see cref="TopicCountries"/>, not participants.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed class Activity : IEquatable<Activity>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxIdentifierLength = 100;

    private Activity(
        string identifier,
        ActivityType type,
        string title,
        string? summary,
        ActivityPeriod period,
        Venue? venue,
        ImmutableArray<Institution> beneficiaries,
        Participants participants,
        int? experts,
        ImmutableArray<string> topics,
        ImmutableSortedSet<Country> topicCountries,
        ImmutableArray<FundingSource> funding,
        ImmutableSortedSet<MigrationDialogue> dialogues,
        ImmutableArray<DocumentLink> documents,
        ImmutableSortedSet<ThematicArea> thematicAreas)
    {
        Identifier = identifier;
        Type = type;
        Title = title;
        Summary = summary;
        Period = period;
        Venue = venue;
        Beneficiaries = beneficiaries;
        Participants = participants;
        Experts = experts;
        Topics = topics;
        TopicCountries = topicCountries;
        Funding = funding;
        Dialogues = dialogues;
        Documents = documents;
        ThematicAreas = thematicAreas;
        foreach (var theme in thematicAreas)
        {
            ThemeMask |= 1 << (int)theme;
        }
    }

    /// <summary>The activity's identifier within its project, such as <c>2019-negotiation-skills-training</c>.</summary>
    public string Identifier { get; }

    /// <summary>The format.</summary>
    public ActivityType Type { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>What the activity did and why, when described.</summary>
    public string? Summary { get; }

    /// <summary>When it takes place.</summary>
    public ActivityPeriod Period { get; }

    /// <summary>Where it takes place; <see langword="null"/> for outputs with no venue, such as a desk report.</summary>
    public Venue? Venue { get; }

    /// <summary>The institutions it serves.</summary>
    public ImmutableArray<Institution> Beneficiaries { get; }

    /// <summary>Who takes part.</summary>
    public Participants Participants { get; }

    /// <summary>How many experts are deployed, when known.</summary>
    public int? Experts { get; }

    /// <summary>The subjects covered, in words.</summary>
    public ImmutableArray<string> Topics { get; }

    /// <summary>
    /// The themes it serves, such as <see cref="ThematicArea.Asylum"/>; empty when not known. They are among its
    /// project's <see cref="TechnicalAssistanceProject.ThematicAreas"/>, and the duplicate check
    /// (<see cref="Eligibility.Rules.NoDuplicateRule"/>) matches a request on them.
    /// </summary>
    public ImmutableSortedSet<ThematicArea> ThematicAreas { get; }

    /// <summary>Countries the subjects concern that are not participants, such as countries of origin.</summary>
    public ImmutableSortedSet<Country> TopicCountries { get; }

    /// <summary>Who paid for it.</summary>
    public ImmutableArray<FundingSource> Funding { get; }

    /// <summary>The migration dialogues it serves.</summary>
    public ImmutableSortedSet<MigrationDialogue> Dialogues { get; }

    /// <summary>Documents it produced or relies on.</summary>
    public ImmutableArray<DocumentLink> Documents { get; }

    /// <summary>The themes as bits (bit n = <see cref="ThematicArea"/> n), for the duplicate check's index.</summary>
    internal int ThemeMask { get; }

    /// <summary>Validates and creates an activity.</summary>
    /// <param name="identifier">An identifier unique within the project: 1 to 100 letters, digits and <c>- _ . : /</c>.</param>
    /// <param name="type">The format.</param>
    /// <param name="title">The title.</param>
    /// <param name="period">When it takes place.</param>
    /// <param name="venue">Where, if it has a venue. A study visit cannot be online.</param>
    /// <param name="beneficiaries">The institutions it serves; none named twice.</param>
    /// <param name="participants">Who takes part; <see cref="Participants.Unknown"/> when not given.</param>
    /// <param name="experts">How many experts are deployed, if known; not negative.</param>
    /// <param name="topics">The subjects, in words; none blank.</param>
    /// <param name="topicCountries">Countries the subjects concern.</param>
    /// <param name="funding">Who paid; no donor named twice.</param>
    /// <param name="dialogues">The dialogues it serves.</param>
    /// <param name="documents">Documents it produced or relies on.</param>
    /// <param name="summary">What it did and why.</param>
    /// <param name="thematicAreas">The themes it serves; none when not known. That they are among the project's is checked by the project.</param>
    /// <returns>The activity, or every problem (paths such as <c>title</c>, <c>venue</c>, <c>beneficiaries[1]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection holds a null, or <paramref name="type"/>, a dialogue or a theme is not defined.</exception>
    public static ValidationResult<Activity> Create(
        string? identifier,
        ActivityType type,
        string? title,
        ActivityPeriod period,
        Venue? venue = null,
        IEnumerable<Institution>? beneficiaries = null,
        Participants? participants = null,
        int? experts = null,
        IEnumerable<string>? topics = null,
        IEnumerable<Country>? topicCountries = null,
        IEnumerable<FundingSource>? funding = null,
        IEnumerable<MigrationDialogue>? dialogues = null,
        IEnumerable<DocumentLink>? documents = null,
        string? summary = null,
        IEnumerable<ThematicArea>? thematicAreas = null)
    {
        Guard.Against.EnumOutOfRange(type);
        Guard.Against.Null(period);
        var beneficiaryList = Guard.Against.NullElements(beneficiaries);
        var topicList = Guard.Against.NullElements(topics);
        var topicCountryList = Guard.Against.NullElements(topicCountries);
        var fundingList = Guard.Against.NullElements(funding);
        var dialogueList = Guard.Against.UndefinedElements(dialogues);
        var documentList = Guard.Against.NullElements(documents);
        var themeList = Guard.Against.UndefinedElements(thematicAreas);

        var problems = new ProblemCollector();
        var validIdentifier = CheckIdentifier(problems, identifier, "identifier");
        var validTitle = Text.Required(problems, title, "title");
        var validSummary = Text.Optional(problems, summary, "summary", Text.LongLength);

        if (type == ActivityType.StudyVisit && venue is { Mode: VenueMode.Online })
        {
            problems.Add(ProblemCodes.NotAllowed, "venue", "A study visit takes place in person; it cannot be online.");
        }

        if (experts is { } e)
        {
            SexBreakdown.NotNegative(problems, e, "experts");
        }

        problems.AddDuplicates(beneficiaryList.AsSpan(), b => b, "beneficiaries", (b, _) => $"'{b.Name}' is named more than once.");

        var cleanTopics = ImmutableArray.CreateBuilder<string>(topicList.Length);
        for (var i = 0; i < topicList.Length; i++)
        {
            cleanTopics.Add(Text.Required(problems, topicList[i], $"topics[{i}]"));
        }

        problems.AddDuplicates(fundingList.AsSpan(), f => f.Donor, "funding", (f, _) => $"{f.Donor.Name} is named more than once.");

        return problems.Finish(() => new Activity(
            validIdentifier,
            type,
            validTitle,
            validSummary,
            period,
            venue,
            beneficiaryList,
            participants ?? Participants.Unknown,
            experts,
            cleanTopics.MoveToImmutable(),
            [.. topicCountryList],
            fundingList,
            [.. dialogueList],
            documentList,
            [.. themeList]));
    }

    /// <summary>Tells whether a donor funded this activity.</summary>
    /// <param name="donor">A donor.</param>
    /// <returns><see langword="true"/> when the donor is among the funding sources.</returns>
    public bool IsFundedBy(Donor donor)
    {
        Guard.Against.Null(donor);
        foreach (var source in Funding)
        {
            if (source.Donor == donor)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Activity? other) =>
        other is not null
        && Identifier == other.Identifier
        && Type == other.Type
        && Title == other.Title
        && Summary == other.Summary
        && Period == other.Period
        && Venue == other.Venue
        && Beneficiaries.SequenceEqual(other.Beneficiaries)
        && Participants.Equals(other.Participants)
        && Experts == other.Experts
        && Topics.SequenceEqual(other.Topics)
        && TopicCountries.SequenceEqual(other.TopicCountries)
        && Funding.SequenceEqual(other.Funding)
        && Dialogues.SequenceEqual(other.Dialogues)
        && Documents.SequenceEqual(other.Documents)
        && ThematicAreas.SequenceEqual(other.ThematicAreas);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Activity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Identifier, Type, Title, Period, Venue, Participants);

    /// <summary>Returns type, title and dates.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Type}: {Title} ({Period})";

    /// <summary>Compares by value.</summary>
    /// <param name="left">An activity.</param>
    /// <param name="right">An activity.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Activity? left, Activity? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">An activity.</param>
    /// <param name="right">An activity.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Activity? left, Activity? right) => !(left == right);

    internal static string CheckIdentifier(ProblemCollector problems, string? identifier, string path)
    {
        if (string.IsNullOrWhiteSpace(identifier))
        {
            problems.Add(ProblemCodes.Required, path, "An identifier is required.");
            return string.Empty;
        }

        var text = identifier.Trim();
        if (text.Length > MaxIdentifierLength)
        {
            problems.Add(ProblemCodes.TooLong, path, $"An identifier has at most {MaxIdentifierLength} characters; {text.Length} were given.");
        }
        else
        {
            foreach (var c in text)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/'))
                {
                    problems.Add(ProblemCodes.InvalidFormat, path, $"An identifier may hold letters, digits and '-', '_', '.', ':', '/'; '{c}' is not allowed.");
                    break;
                }
            }
        }

        return text;
    }
}
