using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace StAMM.Domain.Time;

/// <summary>
/// A date known to the day (<see cref="LocalDate"/>) or only to the month (<see cref="YearMonth"/>), such as
/// the StAMM project's start, "December 2018".
/// </summary>
/// <remarks>
/// <para>Sources often give only a month; recording the first of the month instead would invent a fact. A
/// partial date keeps the precision and still answers <see cref="FirstDay"/> and <see cref="LastDay"/>.</para>
/// <para>ISO calendar only. Immutable value; equality by precision and value, so December 2018 differs from 1 December 2018.</para>
/// </remarks>
public sealed class PartialDate : IEquatable<PartialDate>
{
    private PartialDate(DatePrecision precision, LocalDate firstDay, LocalDate lastDay)
    {
        Precision = precision;
        FirstDay = firstDay;
        LastDay = lastDay;
    }

    /// <summary>Day or month.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The earliest day the date can mean.</summary>
    public LocalDate FirstDay { get; }

    /// <summary>The latest day the date can mean; equal to <see cref="FirstDay"/> for a day.</summary>
    public LocalDate LastDay { get; }

    /// <summary>The month the date lies in.</summary>
    public YearMonth YearMonth => FirstDay.ToYearMonth();

    /// <summary>The days the date can mean: one day, or every day of the month.</summary>
    public DateInterval Days => new(FirstDay, LastDay);

    /// <summary>A date known to the day.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public static PartialDate OfDay(LocalDate date)
    {
        SupportedDates.Guard(date, nameof(date));
        return new(DatePrecision.Day, date, date);
    }

    /// <summary>A date known only to the month.</summary>
    /// <param name="month">The month, in the ISO calendar.</param>
    /// <returns>The partial date.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar or not in the years 1 to 9999.</exception>
    public static PartialDate OfMonth(YearMonth month)
    {
        Guard.Against.InvalidInput(month, nameof(month), m => m.Calendar == CalendarSystem.Iso, "Only ISO-calendar months are supported.");
        SupportedDates.Guard(month.OnDayOfMonth(1), nameof(month));
        return new(DatePrecision.Month, month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)));
    }

    /// <inheritdoc />
    public bool Equals(PartialDate? other) => other is not null && Precision == other.Precision && FirstDay == other.FirstDay;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PartialDate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Precision, FirstDay);

    /// <summary>Returns the ISO form: <c>2019-03-13</c> for a day, <c>2018-12</c> for a month.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Precision == DatePrecision.Day
        ? LocalDatePattern.Iso.Format(FirstDay)
        : YearMonthPattern.Iso.Format(YearMonth);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(PartialDate? left, PartialDate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(PartialDate? left, PartialDate? right) => !(left == right);
}
