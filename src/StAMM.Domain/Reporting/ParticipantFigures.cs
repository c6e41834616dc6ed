using System.Collections.Immutable;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Reporting;

/// <summary>
/// The people who took part in the report's activities: how many were counted, from which countries, women and men,
/// and in which year, with the part whose country or sex is not known shown as unknown, never spread or guessed.
/// </summary>
/// <remarks>
/// <para>An activity's participants are counted when their number is known (or, without a number, when its one
/// breakdown, or both breakdowns agreeing, give it). An activity whose number is not known adds to
/// <see cref="ActivitiesWithUnknownCount"/>, never to <see cref="Counted"/>: the true total is at least
/// <see cref="Counted"/>.</para>
/// <para>Every breakdown adds up to <see cref="Counted"/>: <see cref="ByCountry"/> (its last row, without a country,
/// holding those whose country is not known), <see cref="BySex"/> (with its unknown part) and <see cref="ByYear"/>.</para>
/// <para>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</para>
/// </remarks>
public sealed record ParticipantFigures
{
    internal ParticipantFigures(int counted, int activitiesWithUnknownCount, ImmutableArray<ParticipantCountry> byCountry, SexFigures bySex, ImmutableArray<ParticipantYear> byYear)
    {
        Counted = counted;
        ActivitiesWithUnknownCount = activitiesWithUnknownCount;
        ByCountry = byCountry;
        BySex = bySex;
        ByYear = byYear;
    }

    /// <summary>The participants counted: those of the activities whose number of participants is known.</summary>
    public int Counted { get; }

    /// <summary>How many activities have an unknown number of participants (not in <see cref="Counted"/>).</summary>
    public int ActivitiesWithUnknownCount { get; }

    /// <summary>
    /// The participants of each country, ordered by country code, then one row without a country for those whose
    /// country is not known (left out when there are none); each with the part by sex that is known for that country.
    /// </summary>
    public ImmutableArray<ParticipantCountry> ByCountry { get; }

    /// <summary>The participants by sex, with those whose sex is not known.</summary>
    public SexFigures BySex { get; }

    /// <summary>The participants of the activities that began in each year, oldest first.</summary>
    public ImmutableArray<ParticipantYear> ByYear { get; }

    /// <summary>The participants whose country is not known; 0 when every counted participant's country is.</summary>
    public int CountryUnknown => ByCountry.IsEmpty || ByCountry[^1].Country is not null ? 0 : ByCountry[^1].Participants;

    /// <inheritdoc />
    public bool Equals(ParticipantFigures? other) =>
        other is not null
        && Counted == other.Counted
        && ActivitiesWithUnknownCount == other.ActivitiesWithUnknownCount
        && BySex.Equals(other.BySex)
        && Sequences.Same(ByCountry, other.ByCountry)
        && Sequences.Same(ByYear, other.ByYear);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Counted, ActivitiesWithUnknownCount, BySex, Sequences.Hash(ByCountry), Sequences.Hash(ByYear));

    /// <summary>Returns the count, such as <c>120 participants counted (2 activities of unknown count)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ActivitiesWithUnknownCount == 0
        ? $"{Counted} participants counted"
        : $"{Counted} participants counted ({ActivitiesWithUnknownCount} activities of unknown count)";
}

/// <summary>Participants by sex: women, men, others, and those whose sex is not known.</summary>
/// <remarks>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</remarks>
public sealed record SexFigures
{
    internal SexFigures(int female, int male, int other, int unknown)
    {
        Female = female;
        Male = male;
        Other = other;
        Unknown = unknown;
    }

    /// <summary>Women.</summary>
    public int Female { get; }

    /// <summary>Men.</summary>
    public int Male { get; }

    /// <summary>Participants who identified otherwise or did not say.</summary>
    public int Other { get; }

    /// <summary>Participants counted whose sex is not known: their activity gave no breakdown by sex.</summary>
    public int Unknown { get; }

    /// <summary>The sum of the four parts.</summary>
    public int Total => Female + Male + Other + Unknown;

    /// <summary>Returns the parts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Female} women, {Male} men, {Other} other, {Unknown} unknown";
}

/// <summary>The participants from one country, or those whose country is not known, with the part by sex known for them.</summary>
/// <remarks>
/// <para>Sex is known for a country's participants only where an activity's participants all came from that country
/// and its breakdown by sex is known; the rest is <see cref="SexUnknown"/>, never split by guess.</para>
/// <para>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</para>
/// </remarks>
public sealed record ParticipantCountry
{
    internal ParticipantCountry(Country? country, int participants, int female, int male, int other)
    {
        Country = country;
        Participants = participants;
        Female = female;
        Male = male;
        Other = other;
    }

    /// <summary>The country; <see langword="null"/> for the participants whose country is not known.</summary>
    public Country? Country { get; }

    /// <summary>How many participants.</summary>
    public int Participants { get; }

    /// <summary>Women, where known for this country.</summary>
    public int Female { get; }

    /// <summary>Men, where known for this country.</summary>
    public int Male { get; }

    /// <summary>Others, where known for this country.</summary>
    public int Other { get; }

    /// <summary>The participants whose sex is not known for this country.</summary>
    public int SexUnknown => Participants - Female - Male - Other;

    /// <summary>Returns the country and count.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Country?.Code ?? "unknown"}: {Participants}";
}

/// <summary>The participants of the activities that began in one year.</summary>
/// <remarks>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</remarks>
public sealed record ParticipantYear
{
    internal ParticipantYear(int year, int counted, int activitiesWithUnknownCount)
    {
        Year = year;
        Counted = counted;
        ActivitiesWithUnknownCount = activitiesWithUnknownCount;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The participants counted.</summary>
    public int Counted { get; }

    /// <summary>How many of the year's activities have an unknown number of participants.</summary>
    public int ActivitiesWithUnknownCount { get; }

    /// <summary>Returns the year and count.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Year}: {Counted}";
}
