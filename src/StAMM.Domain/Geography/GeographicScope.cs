using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Geography;

/// <summary>
/// Where a project or activity works: national, multi-country or regional; its countries; and, when known,
/// each country's percentage share.
/// </summary>
/// <remarks>
/// <para>Invariants: a national scope has one country, a multi-country scope at least two, a regional scope at
/// least one; shares, when given, name each country of the scope exactly once, each above 0 and at most 100,
/// and sum to 100 within <see cref="ShareSumTolerance"/>.</para>
/// <para>Set operations (<see cref="Contains"/>, <see cref="Overlaps"/>, <see cref="Intersect"/>,
/// <see cref="Union"/>) work on a bit set of the countries and do not allocate, except to build a result.</para>
/// <para>Immutable and thread-safe; equality is by kind, countries, shares and region.</para>
/// </remarks>
public sealed class GeographicScope : IEquatable<GeographicScope>
{
    /// <summary>
    /// How far the shares may sum from 100 and still be accepted: 0.01 percentage points. Real files round, so
    /// three shares of 33.33 (99.99) and 175 shares of 0.5714285714285714 (99.999999999999995) are both accepted.
    /// </summary>
    public const decimal ShareSumTolerance = 0.01m;

    private readonly CountrySet _set;

    private GeographicScope(ScopeKind kind, CountrySet set, ImmutableArray<CountryShare> shares, IatiRegion? region)
    {
        Kind = kind;
        _set = set;
        Countries = set.ToSortedSet();
        Shares = shares;
        Region = region;
    }

    /// <summary>National, multi-country or regional.</summary>
    public ScopeKind Kind { get; }

    /// <summary>The countries, ordered by code; never empty.</summary>
    public ImmutableSortedSet<Country> Countries { get; }

    /// <summary>Each country's percentage share, ordered by country; empty when the shares are not known.</summary>
    public ImmutableArray<CountryShare> Shares { get; }

    /// <summary>The IATI region of a regional scope, when one applies.</summary>
    public IatiRegion? Region { get; }

    /// <summary><see langword="true"/> when shares are known.</summary>
    public bool HasShares => !Shares.IsEmpty;

    internal CountrySet Set => _set;

    /// <summary>A national scope of one country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The scope.</returns>
    public static GeographicScope National(Country country) =>
        new(ScopeKind.National, CountrySet.Of([Guard.Against.Null(country)]), [], null);

    /// <summary>A regional scope over all countries of a group, reported under the group's IATI region.</summary>
    /// <param name="group">The group, such as <see cref="CountryGroup.WesternBalkans"/>.</param>
    /// <returns>The scope.</returns>
    public static GeographicScope Regional(CountryGroup group)
    {
        Guard.Against.Null(group);
        return new(ScopeKind.Regional, group.Set, [], group.Region);
    }

    /// <summary>Validates and creates a scope.</summary>
    /// <param name="kind">National, multi-country or regional.</param>
    /// <param name="countries">The countries; a country named twice is a problem.</param>
    /// <param name="shares">Each country's percentage, such as <c>(Country.Albania, 50m)</c>, or null when not known.</param>
    /// <param name="region">The IATI region of a regional scope, if any.</param>
    /// <returns>The scope, or every problem with the input (paths <c>countries</c>, <c>shares[i]</c>, <c>region</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="countries"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection holds a null, or <paramref name="kind"/> is not defined.</exception>
    public static ValidationResult<GeographicScope> Create(
        ScopeKind kind,
        IEnumerable<Country> countries,
        IEnumerable<(Country Country, decimal Percentage)>? shares = null,
        IatiRegion? region = null)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.Null(countries);
        var list = Guard.Against.NullElements(countries);
        var shareList = shares is null ? ImmutableArray<CountryShare>.Empty : [.. Guard.Against.NullElements(shares).Select(s => new CountryShare(Guard.Against.Null(s.Country, nameof(shares)), s.Percentage))];
        var problems = new ProblemCollector();

        var set = default(CountrySet);
        for (var i = 0; i < list.Length; i++)
        {
            if (set.Contains(list[i]))
            {
                problems.Add(ProblemCodes.Duplicate, $"countries[{i}]", $"{list[i].Code} is named more than once.");
            }

            set = set.With(list[i]);
        }

        var count = set.Count;
        switch (kind)
        {
            case ScopeKind.National when count != 1:
                problems.Add(ProblemCodes.ScopeCountryCount, "countries", $"A national scope has exactly one country; {count} were given.");
                break;
            case ScopeKind.MultiCountry when count < 2:
                problems.Add(ProblemCodes.ScopeCountryCount, "countries", $"A multi-country scope has at least two countries; {count} were given.");
                break;
            case ScopeKind.Regional when count < 1:
                problems.Add(ProblemCodes.ScopeCountryCount, "countries", "A regional scope has at least one country.");
                break;
        }

        if (region is not null && kind != ScopeKind.Regional)
        {
            problems.Add(ProblemCodes.NotAllowed, "region", "Only a regional scope names an IATI region.");
        }

        var sorted = ValidateShares(problems, set, shareList);
        return problems.Finish(() => new GeographicScope(kind, set, sorted, region));
    }

    /// <summary>Tells whether the scope includes the country.</summary>
    /// <param name="country">A country.</param>
    /// <returns><see langword="true"/> when included.</returns>
    public bool Contains(Country country) => _set.Contains(Guard.Against.Null(country));

    /// <summary>Tells whether every given country is in the scope.</summary>
    /// <param name="countries">Countries.</param>
    /// <returns><see langword="true"/> when all are included (also for none).</returns>
    public bool ContainsAll(IEnumerable<Country> countries)
    {
        Guard.Against.Null(countries);
        foreach (var country in countries)
        {
            if (!_set.Contains(country))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether every country of <paramref name="other"/> is in this scope.</summary>
    /// <param name="other">Another scope.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> lies within this scope.</returns>
    public bool Covers(GeographicScope other) => Guard.Against.Null(other)._set.IsSubsetOf(_set);

    /// <summary>Tells whether the two scopes share a country.</summary>
    /// <param name="other">Another scope.</param>
    /// <returns><see langword="true"/> when at least one country is in both.</returns>
    public bool Overlaps(GeographicScope other) => _set.Overlaps(Guard.Against.Null(other)._set);

    /// <summary>The countries both scopes share, as a scope; <see langword="null"/> when they share none.</summary>
    /// <param name="other">Another scope.</param>
    /// <returns>A national scope for one shared country, a multi-country scope for more, or <see langword="null"/>.</returns>
    /// <remarks>Shares and regions do not carry over: a share of one scope says nothing about the intersection.</remarks>
    public GeographicScope? Intersect(GeographicScope other)
    {
        var common = _set.Intersect(Guard.Against.Null(other)._set);
        return common.IsEmpty ? null : FromSet(common, null);
    }

    /// <summary>The countries of either scope, as one scope.</summary>
    /// <param name="other">Another scope.</param>
    /// <returns>A scope over all countries of both; regional when both are regional under the same region.</returns>
    /// <remarks>Shares do not carry over.</remarks>
    public GeographicScope Union(GeographicScope other)
    {
        Guard.Against.Null(other);
        var all = _set.Union(other._set);
        var region = Kind == ScopeKind.Regional && other.Kind == ScopeKind.Regional && Region == other.Region ? Region : null;
        return Kind == ScopeKind.Regional && other.Kind == ScopeKind.Regional
            ? new GeographicScope(ScopeKind.Regional, all, [], region)
            : FromSet(all, null);
    }

    /// <summary>The percentage share of a country, when shares are known and the country is in the scope.</summary>
    /// <param name="country">A country.</param>
    /// <returns>The share or <see langword="null"/>.</returns>
    public decimal? ShareOf(Country country)
    {
        Guard.Against.Null(country);
        foreach (var share in Shares)
        {
            if (share.Country == country)
            {
                return share.Percentage;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(GeographicScope? other) =>
        other is not null && Kind == other.Kind && _set == other._set && Region == other.Region && Shares.SequenceEqual(other.Shares);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GeographicScope);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _set, Region, Hashing.Sequence(Shares));

    /// <summary>Returns kind and codes, such as <c>Regional: AL, BA, ME, MK, RS, XK</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}: {string.Join(", ", Countries.Select(c => c.Code))}";

    /// <summary>Compares by value.</summary>
    /// <param name="left">A scope.</param>
    /// <param name="right">A scope.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(GeographicScope? left, GeographicScope? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A scope.</param>
    /// <param name="right">A scope.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(GeographicScope? left, GeographicScope? right) => !(left == right);

    private static GeographicScope FromSet(CountrySet set, IatiRegion? region) =>
        new(set.Count == 1 ? ScopeKind.National : ScopeKind.MultiCountry, set, [], region);

    private static ImmutableArray<CountryShare> ValidateShares(ProblemCollector problems, CountrySet scope, ImmutableArray<CountryShare> shares)
    {
        if (shares.IsEmpty)
        {
            return [];
        }

        var seen = default(CountrySet);
        var sum = 0m;
        for (var i = 0; i < shares.Length; i++)
        {
            var share = shares[i];
            var path = $"shares[{i}]";
            if (seen.Contains(share.Country))
            {
                problems.Add(ProblemCodes.Duplicate, path, $"{share.Country.Code} has more than one share.");
            }

            seen = seen.With(share.Country);
            if (!scope.Contains(share.Country))
            {
                problems.Add(ProblemCodes.ShareCountryMismatch, path, $"{share.Country.Code} has a share but is not in the scope.");
            }

            if (share.Percentage <= 0m || share.Percentage > 100m)
            {
                problems.Add(ProblemCodes.OutOfRange, path + ".percentage", string.Create(CultureInfo.InvariantCulture, $"A share is above 0 and at most 100; {share.Percentage} was given."));
            }
            else
            {
                sum += share.Percentage;
            }
        }

        if (!scope.IsSubsetOf(seen))
        {
            problems.Add(ProblemCodes.ShareCountryMismatch, "shares", "When shares are given, every country of the scope needs one.");
        }
        else if (Math.Abs(sum - 100m) > ShareSumTolerance)
        {
            problems.Add(ProblemCodes.SharesSum, "shares", string.Create(CultureInfo.InvariantCulture, $"Shares must sum to 100 (within {ShareSumTolerance}); they sum to {sum}."));
        }

        return [.. shares.OrderBy(s => s.Country)];
    }
}
