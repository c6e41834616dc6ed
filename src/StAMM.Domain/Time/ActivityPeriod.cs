using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace StAMM.Domain.Time;

/// <summary>
/// When an activity takes place: exact days (13-15 March 2019 is three days), or only the month for outputs such
/// as a report published in December 2020.
/// </summary>
/// <remarks>Immutable value; equality by precision and days.</remarks>
public sealed class ActivityPeriod : IEquatable<ActivityPeriod>
{
    private ActivityPeriod(DatePrecision precision, DateInterval dates)
    {
        Precision = precision;
        Dates = dates;
    }

    /// <summary>Day when the days are known; Month when only the month is.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The days; for a month precision, every day of the month.</summary>
    public DateInterval Dates { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start => Dates.Start;

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End => Dates.End;

    /// <summary>The number of calendar days when exact; <see langword="null"/> when only the month is known.</summary>
    public int? DurationInDays => Precision == DatePrecision.Day ? Dates.Length : null;

    /// <summary>Exact days.</summary>
    /// <param name="dates">The days, in the ISO calendar.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The days are not in the ISO calendar or not in the years 1 to 9999.</exception>
    public static ActivityPeriod Exact(DateInterval dates)
    {
        Guard.Against.Null(dates);
        return new(DatePrecision.Day, SupportedDates.Guard(dates, nameof(dates)));
    }

    /// <summary>Exact days from <paramref name="start"/> to <paramref name="end"/> inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or a day is not in the years 1 to 9999.</exception>
    public static ActivityPeriod Exact(LocalDate start, LocalDate end) => Exact(new DateInterval(start, end));

    /// <summary>A month, when the days are not known.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The period.</returns>
    public static ActivityPeriod InMonth(YearMonth month) => new(DatePrecision.Month, PartialDate.OfMonth(month).Days);

    /// <inheritdoc />
    public bool Equals(ActivityPeriod? other) => other is not null && Precision == other.Precision && Dates.Equals(other.Dates);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ActivityPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Precision, Dates);

    /// <summary>Returns the ISO form: <c>2019-03-13/2019-03-15</c> for days, <c>2020-12</c> for a month.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Precision == DatePrecision.Month
        ? YearMonthPattern.Iso.Format(Start.ToYearMonth())
        : $"{LocalDatePattern.Iso.Format(Start)}/{LocalDatePattern.Iso.Format(End)}";

    /// <summary>Compares by value.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">A period.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(ActivityPeriod? left, ActivityPeriod? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A period.</param>
    /// <param name="right">A period.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(ActivityPeriod? left, ActivityPeriod? right) => !(left == right);
}
