using CsCheck;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Tests.TestSupport;

/// <summary>CsCheck generators of domain inputs.</summary>
internal static class Generators
{
    /// <summary>Any country of the codelist, withdrawn ones included.</summary>
    public static readonly Gen<Country> Country =
        Gen.Int[0, Domain.Geography.Country.All.Length - 1].Select(i => Domain.Geography.Country.All[i]);

    /// <summary>Distinct countries, in a random order, between <paramref name="min"/> and <paramref name="max"/> of them.</summary>
    public static Gen<Country[]> DistinctCountries(int min, int max) =>
        Country.Array[min, max].Select(a => a.Distinct().ToArray()).Where(a => a.Length >= min);
}
