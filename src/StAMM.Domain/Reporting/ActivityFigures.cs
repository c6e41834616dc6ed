using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;

namespace StAMM.Domain.Reporting;

/// <summary>
/// The activities delivered through the portfolio's cases in the report's period: how many, of which type, on which
/// theme, in which country and month, and their days.
/// </summary>
/// <remarks>
/// <para>An activity counts in the month and year of its first day; its country is that of the requesting institution;
/// its themes are its request's. The breakdowns by type, country, month and year each add up to <see cref="Count"/>;
/// an activity on two themes counts under both, so the breakdown by theme adds up to at least <see cref="Count"/>.</para>
/// <para>Days are calendar days of the activities whose days are known; an activity known only by its month adds to
/// <see cref="WithUnknownDays"/>, never to <see cref="Days"/>.</para>
/// <para>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</para>
/// </remarks>
public sealed record ActivityFigures
{
    internal ActivityFigures(
        int count,
        int days,
        int withUnknownDays,
        ImmutableArray<Tally<ActivityType>> byType,
        ImmutableArray<Tally<ThematicArea>> byTheme,
        ImmutableArray<Tally<Country>> byCountry,
        ImmutableArray<Tally<YearMonth>> byMonth,
        ImmutableArray<ActivityYear> byYear)
    {
        Count = count;
        Days = days;
        WithUnknownDays = withUnknownDays;
        ByType = byType;
        ByTheme = byTheme;
        ByCountry = byCountry;
        ByMonth = byMonth;
        ByYear = byYear;
    }

    /// <summary>How many activities.</summary>
    public int Count { get; }

    /// <summary>The calendar days of the activities whose days are known.</summary>
    public int Days { get; }

    /// <summary>How many activities are known only by their month, so their days are unknown.</summary>
    public int WithUnknownDays { get; }

    /// <summary>How many of each type, in the order of <see cref="ActivityType"/>; types without activities are left out.</summary>
    public ImmutableArray<Tally<ActivityType>> ByType { get; }

    /// <summary>How many on each theme, in the order of <see cref="ThematicArea"/>; an activity on two themes counts under both.</summary>
    public ImmutableArray<Tally<ThematicArea>> ByTheme { get; }

    /// <summary>How many in each country of the requesting institutions, ordered by country code.</summary>
    public ImmutableArray<Tally<Country>> ByCountry { get; }

    /// <summary>How many began in each month, oldest first; months without activities are left out.</summary>
    public ImmutableArray<Tally<YearMonth>> ByMonth { get; }

    /// <summary>How many began in each year, by type, oldest first.</summary>
    public ImmutableArray<ActivityYear> ByYear { get; }

    /// <inheritdoc />
    public bool Equals(ActivityFigures? other) =>
        other is not null
        && Count == other.Count
        && Days == other.Days
        && WithUnknownDays == other.WithUnknownDays
        && Sequences.Same(ByType, other.ByType)
        && Sequences.Same(ByTheme, other.ByTheme)
        && Sequences.Same(ByCountry, other.ByCountry)
        && Sequences.Same(ByMonth, other.ByMonth)
        && Sequences.Same(ByYear, other.ByYear);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Days, WithUnknownDays, Sequences.Hash(ByType), Sequences.Hash(ByCountry), Sequences.Hash(ByMonth));

    /// <summary>Returns the count and days, such as <c>12 activities, 30 days</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        WithUnknownDays == 0 ? $"{Count} activities, {Days} days" : $"{Count} activities, {Days} days known ({WithUnknownDays} of unknown days)";
}

/// <summary>The activities that began in one year, by type.</summary>
/// <remarks>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</remarks>
public sealed record ActivityYear
{
    internal ActivityYear(int year, int count, ImmutableArray<Tally<ActivityType>> byType)
    {
        Year = year;
        Count = count;
        ByType = byType;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>How many activities; the sum of <see cref="ByType"/>.</summary>
    public int Count { get; }

    /// <summary>How many of each type, in the order of <see cref="ActivityType"/>; types without activities are left out.</summary>
    public ImmutableArray<Tally<ActivityType>> ByType { get; }

    /// <summary>How many of a type began in the year.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The count; 0 when none did.</returns>
    public int Of(ActivityType type)
    {
        foreach (var tally in ByType)
        {
            if (tally.Key == type)
            {
                return tally.Count;
            }
        }

        return 0;
    }

    /// <inheritdoc />
    public bool Equals(ActivityYear? other) =>
        other is not null && Year == other.Year && Count == other.Count && Sequences.Same(ByType, other.ByType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Count, Sequences.Hash(ByType));

    /// <summary>Returns the year and count.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Year}: {Count}";
}
