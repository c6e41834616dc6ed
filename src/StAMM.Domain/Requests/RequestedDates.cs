using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Requests;

/// <summary>
/// When a request asks for the activity to take place: exact days, or a window (earliest start, latest end and
/// duration in days) that leaves the exact days to the planners.
/// </summary>
/// <remarks>
/// <para>A closed type with two cases, told apart by <see cref="Kind"/>. Both expose the same view: the earliest
/// possible first day, the latest possible last day and the duration, so rules treat them alike. For an exact
/// request <see cref="EarliestStart"/> is the first day, <see cref="LatestEnd"/> the last and
/// <see cref="DurationInDays"/> the number of days.</para>
/// <para>Invariants: only ISO-calendar dates; the window is long enough for the duration. Immutable value;
/// equality by kind, days and duration.</para>
/// </remarks>
public sealed class RequestedDates : IEquatable<RequestedDates>
{
    private RequestedDates(RequestedDatesKind kind, LocalDate earliestStart, LocalDate latestEnd, int durationInDays)
    {
        Kind = kind;
        EarliestStart = earliestStart;
        LatestEnd = latestEnd;
        DurationInDays = durationInDays;
        StartDay = earliestStart.ToDateOnly().DayNumber;
        EndDay = latestEnd.ToDateOnly().DayNumber;
    }

    /// <summary>Exact days or a window.</summary>
    public RequestedDatesKind Kind { get; }

    /// <summary>The first day the activity may start on (for exact dates, the first day).</summary>
    public LocalDate EarliestStart { get; }

    /// <summary>The last day the activity may end on (for exact dates, the last day).</summary>
    public LocalDate LatestEnd { get; }

    /// <summary>How many calendar days the activity lasts.</summary>
    public int DurationInDays { get; }

    /// <summary>Every day the activity may touch: from <see cref="EarliestStart"/> to <see cref="LatestEnd"/>.</summary>
    public DateInterval Span => new(EarliestStart, LatestEnd);

    /// <summary>The exact days; <see langword="null"/> for a window.</summary>
    public DateInterval? ExactDays => Kind == RequestedDatesKind.Exact ? Span : null;

    /// <summary>The day number (<see cref="DateOnly.DayNumber"/>) of <see cref="EarliestStart"/>, for index look-ups.</summary>
    internal int StartDay { get; }

    /// <summary>The day number of <see cref="LatestEnd"/>.</summary>
    internal int EndDay { get; }

    /// <summary>Exact days.</summary>
    /// <param name="days">The days, in the ISO calendar.</param>
    /// <returns>The requested dates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">The days are not in the ISO calendar or not in the years 1 to 9999.</exception>
    public static RequestedDates Exactly(DateInterval days)
    {
        Guard.Against.Null(days);
        SupportedDates.Guard(days, nameof(days));
        return new(RequestedDatesKind.Exact, days.Start, days.End, days.Length);
    }

    /// <summary>Exact days from <paramref name="start"/> to <paramref name="end"/> inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The requested dates, or the problem (path <c>end</c>).</returns>
    public static ValidationResult<RequestedDates> Exactly(LocalDate start, LocalDate end)
    {
        var problems = new ProblemCollector();
        CheckIso(problems, start, "start");
        CheckIso(problems, end, "end");
        if (!problems.HasProblems && end < start)
        {
            problems.Add(ProblemCodes.EndBeforeStart, "end", $"The end {Iso(end)} lies before the start {Iso(start)}.");
        }

        return problems.Finish(() => new RequestedDates(RequestedDatesKind.Exact, start, end, end.ToDateOnly().DayNumber - start.ToDateOnly().DayNumber + 1));
    }

    /// <summary>Validates and creates a window.</summary>
    /// <param name="earliestStart">The first day the activity may start on.</param>
    /// <param name="latestEnd">The last day it may end on.</param>
    /// <param name="durationInDays">How many calendar days it lasts; at least 1 and no longer than the window.</param>
    /// <returns>The window, or the problems (paths <c>latestEnd</c>, <c>durationInDays</c>).</returns>
    public static ValidationResult<RequestedDates> Within(LocalDate earliestStart, LocalDate latestEnd, int durationInDays)
    {
        var problems = new ProblemCollector();
        CheckIso(problems, earliestStart, "earliestStart");
        CheckIso(problems, latestEnd, "latestEnd");
        if (!problems.HasProblems)
        {
            var windowLength = latestEnd.ToDateOnly().DayNumber - earliestStart.ToDateOnly().DayNumber + 1;
            if (latestEnd < earliestStart)
            {
                problems.Add(ProblemCodes.EndBeforeStart, "latestEnd", $"The latest end {Iso(latestEnd)} lies before the earliest start {Iso(earliestStart)}.");
            }
            else if (durationInDays > windowLength)
            {
                problems.Add(ProblemCodes.OutOfRange, "durationInDays", $"{durationInDays} days do not fit a window of {windowLength} days.");
            }
        }

        if (durationInDays < 1)
        {
            problems.Add(ProblemCodes.OutOfRange, "durationInDays", $"An activity lasts at least one day; {durationInDays} was given.");
        }

        return problems.Finish(() => new RequestedDates(RequestedDatesKind.Window, earliestStart, latestEnd, durationInDays));
    }

    /// <inheritdoc />
    public bool Equals(RequestedDates? other) =>
        other is not null && Kind == other.Kind && EarliestStart == other.EarliestStart && LatestEnd == other.LatestEnd && DurationInDays == other.DurationInDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestedDates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, EarliestStart, LatestEnd, DurationInDays);

    /// <summary>Returns <c>2026-03-13/2026-03-15</c> for exact days, <c>3 days within 2026-03-01/2026-04-30</c> for a window.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == RequestedDatesKind.Exact
        ? $"{Iso(EarliestStart)}/{Iso(LatestEnd)}"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DurationInDays} days within {Iso(EarliestStart)}/{Iso(LatestEnd)}");

    /// <summary>Compares by value.</summary>
    /// <param name="left">Dates.</param>
    /// <param name="right">Dates.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(RequestedDates? left, RequestedDates? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">Dates.</param>
    /// <param name="right">Dates.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(RequestedDates? left, RequestedDates? right) => !(left == right);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static void CheckIso(ProblemCollector problems, LocalDate date, string path) => SupportedDates.Check(problems, date, path);
}
