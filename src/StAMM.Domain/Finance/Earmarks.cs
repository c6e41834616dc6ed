using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;

namespace StAMM.Domain.Finance;

/// <summary>
/// The restrictions a donor puts on how its contribution may be spent: in which countries, on which activity
/// types and on which themes. An empty list means no restriction of that kind.
/// </summary>
/// <remarks>Modelled on IATI's earmarking and on the donors' practice (the Czech "Aid in Place" programme funds
/// given regions and themes). Immutable value; equality by the three sets.</remarks>
public sealed class Earmarks : IEquatable<Earmarks>
{
    private readonly CountrySet _countrySet;

    private Earmarks(ImmutableSortedSet<Country> countries, ImmutableSortedSet<ActivityType> activityTypes, ImmutableSortedSet<ThematicArea> themes)
    {
        Countries = countries;
        ActivityTypes = activityTypes;
        Themes = themes;
        _countrySet = CountrySet.Of(countries);
        foreach (var type in activityTypes)
        {
            TypeMask |= 1 << (int)type;
        }

        foreach (var theme in themes)
        {
            ThemeMask |= 1 << (int)theme;
        }
    }

    /// <summary>No restriction.</summary>
    public static Earmarks None { get; } = new([], [], []);

    /// <summary>The countries the money may be spent in; empty for any.</summary>
    public ImmutableSortedSet<Country> Countries { get; }

    /// <summary>The activity types it may pay for; empty for any.</summary>
    public ImmutableSortedSet<ActivityType> ActivityTypes { get; }

    /// <summary>The themes it may pay for; empty for any.</summary>
    public ImmutableSortedSet<ThematicArea> Themes { get; }

    /// <summary>The allowed activity types as a bit mask (bit n for value n); 0 for any.</summary>
    internal int TypeMask { get; }

    /// <summary>The allowed themes as a bit mask (bit n for value n); 0 for any.</summary>
    internal int ThemeMask { get; }

    /// <summary><see langword="true"/> when nothing is restricted.</summary>
    public bool IsUnrestricted => Countries.IsEmpty && ActivityTypes.IsEmpty && Themes.IsEmpty;

    /// <summary>Creates earmarks. Duplicates are merged: a set of allowed values has no order and no repeats.</summary>
    /// <param name="countries">Allowed countries, or null for any.</param>
    /// <param name="activityTypes">Allowed activity types, or null for any.</param>
    /// <param name="themes">Allowed themes, or null for any.</param>
    /// <returns>The earmarks.</returns>
    /// <exception cref="ArgumentException">A collection holds a null or an undefined value.</exception>
    public static Earmarks Create(
        IEnumerable<Country>? countries = null,
        IEnumerable<ActivityType>? activityTypes = null,
        IEnumerable<ThematicArea>? themes = null)
    {
        var c = Guard.Against.NullElements(countries);
        var a = Guard.Against.UndefinedElements(activityTypes);
        var t = Guard.Against.UndefinedElements(themes);

        return c.IsEmpty && a.IsEmpty && t.IsEmpty ? None : new Earmarks([.. c], [.. a], [.. t]);
    }

    /// <summary>Tells whether the money may be spent in a country.</summary>
    /// <param name="country">A country.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool AllowsCountry(Country country) => Countries.IsEmpty || _countrySet.Contains(Guard.Against.Null(country));

    /// <summary>Tells whether the money may be spent in every country of a set.</summary>
    /// <param name="countries">The countries.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    internal bool AllowsAll(CountrySet countries) => Countries.IsEmpty || countries.IsSubsetOf(_countrySet);

    /// <summary>Tells whether the money may pay for an activity type.</summary>
    /// <param name="type">An activity type.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool AllowsActivityType(ActivityType type) => ActivityTypes.IsEmpty || ActivityTypes.Contains(type);

    /// <summary>Tells whether the money may pay for a theme.</summary>
    /// <param name="theme">A theme.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool AllowsTheme(ThematicArea theme) => Themes.IsEmpty || Themes.Contains(theme);

    /// <inheritdoc />
    public bool Equals(Earmarks? other) =>
        other is not null && _countrySet == other._countrySet && ActivityTypes.SequenceEqual(other.ActivityTypes) && Themes.SequenceEqual(other.Themes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Earmarks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_countrySet, ActivityTypes.Count, Themes.Count);

    /// <summary>Lists the restrictions, or <c>unrestricted</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsUnrestricted
        ? "unrestricted"
        : $"countries: {Describe(Countries)}; types: {Describe(ActivityTypes)}; themes: {Describe(Themes)}";

    private static string Describe<T>(ImmutableSortedSet<T> set) => set.IsEmpty ? "any" : string.Join(", ", set);
}
