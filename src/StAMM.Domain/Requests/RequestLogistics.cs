using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Requests;

/// <summary>
/// When, where, with whom and in which language: the requested dates, the venue, the expected participants and the
/// working language. One part of an <see cref="AssistanceRequest"/>.
/// </summary>
/// <remarks>Immutable value; equality by all members. Thread-safe.</remarks>
public sealed class RequestLogistics : IEquatable<RequestLogistics>
{
    private RequestLogistics(RequestedDates dates, Venue? venue, Participants participants, string? language)
    {
        Dates = dates;
        Venue = venue;
        Participants = participants;
        Language = language;
    }

    /// <summary>When the activity should take place.</summary>
    public RequestedDates Dates { get; }

    /// <summary>Where, when known.</summary>
    public Venue? Venue { get; }

    /// <summary>The expected participants: how many and from which countries (<see cref="Participants.Unknown"/> when not given).</summary>
    public Participants Participants { get; }

    /// <summary>The language of the request, as a two-letter ISO 639-1 code such as <c>en</c>; <see langword="null"/> when not given.</summary>
    public string? Language { get; }

    /// <summary>Validates and creates the logistics.</summary>
    /// <param name="dates">When.</param>
    /// <param name="venue">Where, if known.</param>
    /// <param name="participants">The expected participants, if known.</param>
    /// <param name="language">A two-letter language code; <c>en</c> unless given, <see langword="null"/> or blank for not given.</param>
    /// <returns>The logistics, or the problem at <c>language</c> (the path of the request document).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public static ValidationResult<RequestLogistics> Create(
        RequestedDates dates,
        Venue? venue = null,
        Participants? participants = null,
        string? language = "en")
    {
        Guard.Against.Null(dates);
        var problems = new ProblemCollector();
        string? validLanguage = null;
        if (!string.IsNullOrWhiteSpace(language))
        {
            validLanguage = language.Trim().ToLowerInvariant();
            if (validLanguage.Length != 2 || !char.IsAsciiLetterLower(validLanguage[0]) || !char.IsAsciiLetterLower(validLanguage[1]))
            {
                problems.Add(ProblemCodes.InvalidFormat, "language", $"A language is a two-letter ISO 639-1 code such as 'en'; '{language}' was given.");
            }
        }

        return problems.Finish(() => new RequestLogistics(dates, venue, participants ?? Participants.Unknown, validLanguage));
    }

    /// <inheritdoc />
    public bool Equals(RequestLogistics? other) =>
        other is not null
        && Dates == other.Dates
        && Venue == other.Venue
        && Participants.Equals(other.Participants)
        && Language == other.Language;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestLogistics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dates, Venue, Participants, Language);

    /// <summary>Returns the dates and the venue.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Venue is null ? Dates.ToString() : $"{Dates}, {Venue}";

    /// <summary>Compares by value.</summary>
    /// <param name="left">Logistics.</param>
    /// <param name="right">Logistics.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(RequestLogistics? left, RequestLogistics? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">Logistics.</param>
    /// <param name="right">Logistics.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(RequestLogistics? left, RequestLogistics? right) => !(left == right);
}
