using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Activities;

/// <summary>
/// Who takes part in an activity: how many (when known), from which countries, optionally how many from each
/// country and by sex, and a description of the group (such as "Inspectors of the Service for Foreigners' Affairs").
/// </summary>
/// <remarks>
/// <para>Invariants: counts are not negative; per-country counts are only for the listed countries and, with a
/// known total, add up to it; a sex breakdown adds up to the known total.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed class Participants : IEquatable<Participants>
{
    private Participants(int? count, ImmutableSortedSet<Country> countries, ImmutableSortedDictionary<Country, int> countByCountry, SexBreakdown? bySex, string? description)
    {
        Count = count;
        Countries = countries;
        CountByCountry = countByCountry;
        BySex = bySex;
        Description = description;
    }

    /// <summary>Nothing is known about the participants.</summary>
    public static Participants Unknown { get; } = new(null, [], ImmutableSortedDictionary<Country, int>.Empty, null, null);

    /// <summary>The number of participants; <see langword="null"/> when not known.</summary>
    public int? Count { get; }

    /// <summary>The countries the participants come from; empty when not known.</summary>
    public ImmutableSortedSet<Country> Countries { get; }

    /// <summary>How many come from each country; empty when not known.</summary>
    public ImmutableSortedDictionary<Country, int> CountByCountry { get; }

    /// <summary>How many are women, men or other; <see langword="null"/> when not known.</summary>
    public SexBreakdown? BySex { get; }

    /// <summary>Who the participants are, in words.</summary>
    public string? Description { get; }

    /// <summary>Validates and creates a description of the participants.</summary>
    /// <param name="count">How many, if known; not negative.</param>
    /// <param name="countries">Their countries, if known; a country named twice is a problem.</param>
    /// <param name="countByCountry">How many from each country, if known.</param>
    /// <param name="bySex">How many by sex, if known.</param>
    /// <param name="description">Who they are, in words.</param>
    /// <returns>The participants, or the problems (paths <c>count</c>, <c>countries[i]</c>, <c>countByCountry</c>, <c>bySex</c>, <c>description</c>).</returns>
    /// <exception cref="ArgumentException">A collection holds a null.</exception>
    public static ValidationResult<Participants> Create(
        int? count = null,
        IEnumerable<Country>? countries = null,
        IReadOnlyDictionary<Country, int>? countByCountry = null,
        SexBreakdown? bySex = null,
        string? description = null)
    {
        var countryList = Guard.Against.NullElements(countries);
        var problems = new ProblemCollector();
        if (count is { } c)
        {
            SexBreakdown.NotNegative(problems, c, "count");
        }

        var set = default(CountrySet);
        for (var i = 0; i < countryList.Length; i++)
        {
            if (set.Contains(countryList[i]))
            {
                problems.Add(ProblemCodes.Duplicate, $"countries[{i}]", $"{countryList[i].Code} is named more than once.");
            }

            set = set.With(countryList[i]);
        }

        var perCountry = ImmutableSortedDictionary<Country, int>.Empty;
        if (countByCountry is not null)
        {
            long sum = 0;
            foreach (var (country, n) in countByCountry)
            {
                Guard.Against.Null(country, nameof(countByCountry));
                var path = $"countByCountry.{country.Code}";
                SexBreakdown.NotNegative(problems, n, path);
                if (!set.Contains(country))
                {
                    problems.Add(ProblemCodes.NotAllowed, path, $"{country.Code} has a count but is not among the participants' countries.");
                }

                sum += n;
            }

            if (count is { } total && countByCountry.Count > 0 && sum != total)
            {
                problems.Add(ProblemCodes.PartsExceedTotal, "countByCountry", $"The counts by country add up to {sum}, not to the {total} participants.");
            }

            perCountry = countByCountry.ToImmutableSortedDictionary();
        }

        if (bySex is not null && count is { } known && bySex.Total != known)
        {
            problems.Add(ProblemCodes.PartsExceedTotal, "bySex", $"The counts by sex add up to {bySex.Total}, not to the {known} participants.");
        }

        var validDescription = Text.Optional(problems, description, "description", Text.LongLength);
        return problems.Finish(() => new Participants(count, set.ToSortedSet(), perCountry, bySex, validDescription));
    }

    /// <inheritdoc />
    public bool Equals(Participants? other) =>
        other is not null
        && Count == other.Count
        && Countries.SequenceEqual(other.Countries)
        && CountByCountry.SequenceEqual(other.CountByCountry)
        && Equals(BySex, other.BySex)
        && Description == other.Description;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Participants);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Hashing.Sequence(Countries), CountByCountry.Count, BySex, Description);

    /// <summary>Returns the count and countries, such as <c>15 from BA</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(Count is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown number")}{(Countries.IsEmpty ? string.Empty : " from " + string.Join(", ", Countries))}";
}
