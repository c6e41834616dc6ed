using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Time;

/// <summary>
/// When a project runs: a start known to the day or month, and an end that may be unknown while the project is ongoing.
/// </summary>
/// <remarks>Invariant: the end, when known, does not lie before the start. Immutable value; equality by start and end.</remarks>
public sealed record ProjectPeriod
{
    private ProjectPeriod(PartialDate start, PartialDate? end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The start.</summary>
    public PartialDate Start { get; }

    /// <summary>The end; <see langword="null"/> while it is not known (an ongoing, open-ended project).</summary>
    public PartialDate? End { get; }

    /// <summary><see langword="true"/> when the end is not known.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Validates and creates a period.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end, or <see langword="null"/> when not known.</param>
    /// <returns>The period, or the problem (path <c>end</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="start"/> is null.</exception>
    public static ValidationResult<ProjectPeriod> Create(PartialDate start, PartialDate? end = null)
    {
        Guard.Against.Null(start);
        var problems = new ProblemCollector();
        if (end is not null && end.LastDay < start.FirstDay)
        {
            problems.Add(ProblemCodes.EndBeforeStart, "end", $"The end {end} lies before the start {start}.");
        }

        return problems.Finish(() => new ProjectPeriod(start, end));
    }

    /// <summary>A period that starts and has no known end.</summary>
    /// <param name="start">The start.</param>
    /// <returns>The period.</returns>
    public static ProjectPeriod StartingIn(PartialDate start) => new(Guard.Against.Null(start), null);

    /// <summary>Tells whether every day of <paramref name="dates"/> can lie within the period.</summary>
    /// <param name="dates">Some days.</param>
    /// <returns><see langword="true"/> when the days lie on or after the start's first day and, when the end is known, on or before its last day.</returns>
    public bool Contains(DateInterval dates)
    {
        Guard.Against.Null(dates);
        return dates.Start >= Start.FirstDay && (End is null || dates.End <= End.LastDay);
    }

    /// <summary>Tells whether the project can be running on a day.</summary>
    /// <param name="date">A day.</param>
    /// <returns><see langword="true"/> when inside the period.</returns>
    public bool Contains(LocalDate date) => date >= Start.FirstDay && (End is null || date <= End.LastDay);

    /// <summary>Returns the ISO interval, such as <c>2018-12/..</c> for an open end.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Start}/{(End is null ? ".." : End.ToString())}";
}
