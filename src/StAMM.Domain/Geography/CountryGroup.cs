using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Geography;

/// <summary>A named group of countries, such as the Western Balkans six, with the IATI region it reports under.</summary>
/// <remarks>Immutable and thread-safe; equality is by name, countries and region.</remarks>
public sealed class CountryGroup : IEquatable<CountryGroup>
{
    private readonly CountrySet _set;

    private CountryGroup(string name, ImmutableSortedSet<Country> countries, IatiRegion? region)
    {
        Name = name;
        Countries = countries;
        Region = region;
        _set = CountrySet.Of(countries);
    }

    /// <summary>
    /// The Western Balkans six: Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia,
    /// reported to IATI as region 89 "Europe, regional" (Albania is not a state of the former Yugoslavia, so 88 does not fit).
    /// </summary>
    public static CountryGroup WesternBalkans { get; } = new(
        "Western Balkans",
        [Country.Albania, Country.BosniaAndHerzegovina, Country.Kosovo, Country.Montenegro, Country.NorthMacedonia, Country.Serbia],
        IatiRegion.EuropeRegional);

    /// <summary>The states of the former Yugoslavia, reported to IATI as region 88 "States Ex-Yugoslavia unspecified".</summary>
    public static CountryGroup FormerYugoslavia { get; } = new(
        "States of the former Yugoslavia",
        [Country.BosniaAndHerzegovina, Country.FromCode("HR"), Country.Kosovo, Country.Montenegro, Country.NorthMacedonia, Country.Serbia, Country.FromCode("SI")],
        IatiRegion.StatesExYugoslaviaUnspecified);

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>The member countries, ordered by code.</summary>
    public ImmutableSortedSet<Country> Countries { get; }

    /// <summary>The IATI region the group reports under, when one applies.</summary>
    public IatiRegion? Region { get; }

    internal CountrySet Set => _set;

    /// <summary>Creates a group.</summary>
    /// <param name="name">The group's name.</param>
    /// <param name="countries">At least one country; duplicates are merged.</param>
    /// <param name="region">The IATI region, if one applies.</param>
    /// <returns>The group, or the problems.</returns>
    public static ValidationResult<CountryGroup> Create(string? name, IEnumerable<Country> countries, IatiRegion? region = null)
    {
        var members = Guard.Against.NullElements(countries);
        var problems = new ProblemCollector();
        var validName = Text.Required(problems, name, "name");
        if (members.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "countries", "A group needs at least one country.");
        }

        return problems.Finish(() => new CountryGroup(validName, [.. members], region));
    }

    /// <summary>Tells whether the country belongs to the group.</summary>
    /// <param name="country">A country.</param>
    /// <returns><see langword="true"/> for a member.</returns>
    public bool Contains(Country country) => _set.Contains(Guard.Against.Null(country));

    /// <inheritdoc />
    public bool Equals(CountryGroup? other) =>
        other is not null && Name == other.Name && _set == other._set && Region == other.Region;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountryGroup);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, _set, Region);

    /// <summary>Returns the group's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
