using System.Collections.Immutable;
using CsCheck;
using StAMM.Domain.Geography;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The inputs of <see cref="CountryGroup.Create"/>.</summary>
/// <param name="Name">The group's name.</param>
/// <param name="Countries">The countries.</param>
/// <param name="Region">The IATI region, if any.</param>
internal sealed partial record CountryGroupInput(string? Name, ImmutableArray<Country> Countries, IatiRegion? Region) : IFactoryInput<CountryGroup>
{
    /// <inheritdoc />
    public ValidationResult<CountryGroup> Create() => CountryGroup.Create(Name, Countries, Region);
}

/// <summary>The ways a <see cref="CountryGroupInput"/> can be just invalid.</summary>
internal enum CountryGroupFlaw
{
    /// <summary>The name is blank: <c>required</c> at <c>name</c>.</summary>
    BlankName = 1,

    /// <summary>No country: <c>required</c> at <c>countries</c>.</summary>
    NoCountries = 2,
}

/// <summary>Generators of <see cref="CountryGroup"/>s.</summary>
internal sealed class CountryGroupGenerator : FactoryGenerator<CountryGroup, CountryGroupInput, CountryGroupFlaw>
{
    internal CountryGroupGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<CountryGroupInput> Input { get; } =
        Gen.Select(Values.Name, Values.Countries(1, 10), Values.Region.Null(0.5))
            .Select((name, countries, region) => new CountryGroupInput(name, [.. countries], region));

    private protected override Gen<FlawedInput<CountryGroup, CountryGroupInput, CountryGroupFlaw>> Flawed(CountryGroupFlaw flaw) => flaw switch
    {
        CountryGroupFlaw.BlankName => Gen.Select(Input, Values.Blank).Select((i, blank) => Flaw(i with { Name = blank }, flaw, ProblemCodes.Required, "name")),
        _ => Input.Select(i => Flaw(i with { Countries = [] }, flaw, ProblemCodes.Required, "countries")),
    };
}

/// <summary>The inputs of <see cref="GeographicScope.Create"/>.</summary>
/// <param name="Kind">National, multi-country or regional.</param>
/// <param name="Countries">The countries.</param>
/// <param name="Shares">Each country's percentage, or null when not known.</param>
/// <param name="Region">The IATI region, if any.</param>
internal sealed partial record ScopeInput(ScopeKind Kind, ImmutableArray<Country> Countries, ImmutableArray<(Country Country, decimal Percentage)>? Shares, IatiRegion? Region)
    : IFactoryInput<GeographicScope>
{
    /// <inheritdoc />
    public ValidationResult<GeographicScope> Create() =>
        GeographicScope.Create(Kind, Countries, Shares is { } shares ? shares : null, Region);
}

/// <summary>The ways a <see cref="ScopeInput"/> can be just invalid.</summary>
internal enum ScopeFlaw
{
    /// <summary>A national scope of several countries: <c>scope-country-count</c> at <c>countries</c>.</summary>
    NationalWithSeveralCountries = 1,

    /// <summary>A multi-country scope of one country: <c>scope-country-count</c> at <c>countries</c>.</summary>
    MultiCountryWithOneCountry = 2,

    /// <summary>A country named twice: <c>duplicate</c> at <c>countries[i]</c>.</summary>
    DuplicateCountry = 3,

    /// <summary>A region on a scope that is not regional: <c>not-allowed</c> at <c>region</c>.</summary>
    RegionOnNonRegionalScope = 4,

    /// <summary>Shares for every country that sum to 90-99: <c>shares-sum</c> at <c>shares</c>.</summary>
    SharesNotSummingTo100 = 5,

    /// <summary>A share of zero or less: <c>out-of-range</c> at <c>shares[i].percentage</c>.</summary>
    ShareOutOfRange = 6,

    /// <summary>A share for a country outside the scope: <c>share-country-mismatch</c> at <c>shares[i]</c>.</summary>
    ShareForCountryOutsideScope = 7,

    /// <summary>A country of the scope without a share: <c>share-country-mismatch</c> at <c>shares</c>.</summary>
    MissingShare = 8,
}

/// <summary>Generators of <see cref="GeographicScope"/>s: national, multi-country or regional, with or without shares.</summary>
internal sealed class ScopeGenerator : FactoryGenerator<GeographicScope, ScopeInput, ScopeFlaw>
{
    internal ScopeGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<ScopeInput> Input { get; } =
        from countries in Values.Countries(1, 8)
        from regional in Gen.Bool
        from region in Values.Region.Null(0.5)
        from withShares in Gen.Bool
        from percentages in Values.Percentages(countries.Length)
        select new ScopeInput(
            regional ? ScopeKind.Regional : countries.Length == 1 ? ScopeKind.National : ScopeKind.MultiCountry,
            [.. countries],
            withShares ? Shares(countries, percentages) : null,
            regional ? region : null);

    private protected override Gen<FlawedInput<GeographicScope, ScopeInput, ScopeFlaw>> Flawed(ScopeFlaw flaw) => flaw switch
    {
        ScopeFlaw.NationalWithSeveralCountries => Values.Countries(2, 8).Select(c =>
            Flaw(new ScopeInput(ScopeKind.National, [.. c], null, null), flaw, ProblemCodes.ScopeCountryCount, "countries")),
        ScopeFlaw.MultiCountryWithOneCountry => Values.Country.Select(c =>
            Flaw(new ScopeInput(ScopeKind.MultiCountry, [c], null, null), flaw, ProblemCodes.ScopeCountryCount, "countries")),
        ScopeFlaw.DuplicateCountry => Gen.Select(Values.Countries(1, 8), Gen.Int[0, 7]).Select((c, i) =>
            Flaw(new ScopeInput(ScopeKind.Regional, [.. c, c[i % c.Length]], null, null), flaw, ProblemCodes.Duplicate, $"countries[{c.Length}]")),
        ScopeFlaw.RegionOnNonRegionalScope => Gen.Select(Values.Countries(1, 8), Values.Region).Select((c, region) =>
            Flaw(new ScopeInput(c.Length == 1 ? ScopeKind.National : ScopeKind.MultiCountry, [.. c], null, region), flaw, ProblemCodes.NotAllowed, "region")),
        ScopeFlaw.SharesNotSummingTo100 =>
            from c in Values.Countries(1, 8)
            from p in Values.Percentages(c.Length)
            from cut in Gen.Int[1, 10]
            select Flaw(new ScopeInput(ScopeKind.Regional, [.. c], Shares(c, LessOnLargest(p, cut)), null), flaw, ProblemCodes.SharesSum, "shares"),
        ScopeFlaw.ShareOutOfRange =>
            from c in Values.Countries(2, 8)
            from p in Values.Percentages(c.Length - 1)
            from bad in Gen.OneOf(0m, -1m, -50m)
            select Flaw(new ScopeInput(ScopeKind.Regional, [.. c], Shares(c, [.. p, bad]), null), flaw, ProblemCodes.OutOfRange, $"shares[{c.Length - 1}].percentage"),
        ScopeFlaw.ShareForCountryOutsideScope =>
            from c in Values.Countries(2, 9)
            from p in Values.Percentages(c.Length)
            select Flaw(new ScopeInput(ScopeKind.Regional, [.. c[..^1]], Shares(c, p), null), flaw, ProblemCodes.ShareCountryMismatch, $"shares[{c.Length - 1}]"),
        _ =>
            from c in Values.Countries(2, 8)
            from p in Values.Percentages(c.Length - 1)
            select Flaw(new ScopeInput(ScopeKind.Regional, [.. c], Shares(c[..^1], p), null), flaw, ProblemCodes.ShareCountryMismatch, "shares"),
    };

    private static ImmutableArray<(Country Country, decimal Percentage)> Shares(Country[] countries, decimal[] percentages) =>
        [.. countries.Zip(percentages, (c, p) => (c, p))];

    private static decimal[] LessOnLargest(decimal[] percentages, int cut)
    {
        var copy = (decimal[])percentages.Clone();
        var largest = Array.IndexOf(copy, copy.Max());
        copy[largest] -= cut;
        return copy;
    }
}
