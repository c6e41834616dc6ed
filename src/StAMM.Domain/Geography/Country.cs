using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using StAMM.Domain.Codelists;

namespace StAMM.Domain.Geography;

/// <summary>
/// A country or territory from the IATI Country codelist: an ISO 3166-1 alpha-2 code, or the IATI
/// user-assigned code <c>XK</c> for Kosovo.
/// </summary>
/// <remarks>
/// <para>There is exactly one instance per code, so the set of countries is closed: a <see cref="Country"/>
/// can only be one the codelist knows. Names are the codelist's English names (CC BY 4.0, "IATI Standard
/// (http://iatistandard.org/)"). Kosovo's name is plain "Kosovo" here; where it is shown to people, use
/// <see cref="KosovoDesignation"/>, which adds the asterisk and footnote.</para>
/// <para>Equality and ordering are by code (ordinal). Immutable and thread-safe.</para>
/// </remarks>
public sealed class Country : IEquatable<Country>, IComparable<Country>, IComparable
{
    private static readonly ImmutableArray<Country> AllCountries = CreateAll();
    private static readonly FrozenDictionary<string, Country> ByCode =
        AllCountries.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    private Country(string code, string name, bool isWithdrawn, int index)
    {
        Code = code;
        Name = name;
        IsWithdrawn = isWithdrawn;
        Index = index;
    }

    /// <summary>Every country of the codelist, withdrawn codes included, ordered by code.</summary>
    public static ImmutableArray<Country> All => AllCountries;

    /// <summary>Albania (<c>AL</c>).</summary>
    public static Country Albania { get; } = FromCode("AL");

    /// <summary>Bosnia and Herzegovina (<c>BA</c>).</summary>
    public static Country BosniaAndHerzegovina { get; } = FromCode("BA");

    /// <summary>Kosovo (<c>XK</c>, user-assigned by IATI; not an official ISO 3166-1 code).</summary>
    public static Country Kosovo { get; } = FromCode("XK");

    /// <summary>Montenegro (<c>ME</c>).</summary>
    public static Country Montenegro { get; } = FromCode("ME");

    /// <summary>North Macedonia (<c>MK</c>).</summary>
    public static Country NorthMacedonia { get; } = FromCode("MK");

    /// <summary>Serbia (<c>RS</c>).</summary>
    public static Country Serbia { get; } = FromCode("RS");

    /// <summary>Switzerland (<c>CH</c>).</summary>
    public static Country Switzerland { get; } = FromCode("CH");

    /// <summary>Czechia (<c>CZ</c>).</summary>
    public static Country Czechia { get; } = FromCode("CZ");

    /// <summary>Austria (<c>AT</c>), seat of ICMPD.</summary>
    public static Country Austria { get; } = FromCode("AT");

    /// <summary>The two-letter code, upper case.</summary>
    public string Code { get; }

    /// <summary>The English name from the IATI Country codelist.</summary>
    public string Name { get; }

    /// <summary><see langword="true"/> for codes the codelist marks withdrawn (kept so that old files still read).</summary>
    public bool IsWithdrawn { get; }

    /// <summary><see langword="true"/> for Kosovo, whose name needs a designation wherever it is shown.</summary>
    public bool IsKosovo => ReferenceEquals(this, Kosovo);

    /// <summary>The position in <see cref="All"/>; lets sets of countries be bit sets.</summary>
    internal int Index { get; }

    /// <summary>Returns the country with the given code.</summary>
    /// <param name="code">A two-letter code from the codelist; case does not matter.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The codelist has no such code.</exception>
    /// <remarks>For codes that come from users or files, use <see cref="TryFromCode"/> and report the problem.</remarks>
    public static Country FromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out var country)
            ? country
            : throw new ArgumentException($"'{code}' is not a code of the IATI Country codelist.", nameof(code));
    }

    /// <summary>Looks up a country by code.</summary>
    /// <param name="code">A two-letter code; case does not matter.</param>
    /// <param name="country">The country, when found.</param>
    /// <returns><see langword="true"/> when the codelist has the code.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Country? country)
    {
        if (code is { Length: 2 } && ByCode.TryGetValue(code, out country))
        {
            return true;
        }

        country = null;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(Country? other) => other is not null && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Country);

    /// <inheritdoc />
    public override int GetHashCode() => Index;

    /// <inheritdoc />
    public int CompareTo(Country? other) => other is null ? 1 : Index.CompareTo(other.Index);

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Country other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Country.", nameof(obj)),
    };

    /// <summary>Compares two countries by code.</summary>
    /// <param name="left">A country.</param>
    /// <param name="right">A country.</param>
    /// <returns><see langword="true"/> when both are the same country or both are null.</returns>
    public static bool operator ==(Country? left, Country? right) => ReferenceEquals(left, right) || (left is not null && left.Equals(right));

    /// <summary>Compares two countries by code.</summary>
    /// <param name="left">A country.</param>
    /// <param name="right">A country.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Country? left, Country? right) => !(left == right);

    /// <summary>Orders by code.</summary>
    /// <param name="left">A country.</param>
    /// <param name="right">A country.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Country? left, Country? right) => Compare(left, right) < 0;

    /// <summary>Orders by code.</summary>
    /// <param name="left">A country.</param>
    /// <param name="right">A country.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(Country? left, Country? right) => Compare(left, right) <= 0;

    /// <summary>Orders by code.</summary>
    /// <param name="left">A country.</param>
    /// <param name="right">A country.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Country? left, Country? right) => Compare(left, right) > 0;

    /// <summary>Orders by code.</summary>
    /// <param name="left">A country.</param>
    /// <param name="right">A country.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(Country? left, Country? right) => Compare(left, right) >= 0;

    /// <summary>Returns the code, such as <c>BA</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static int Compare(Country? left, Country? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static ImmutableArray<Country> CreateAll()
    {
        var rows = IatiCodelists.Country
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToArray();
        var builder = ImmutableArray.CreateBuilder<Country>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            builder.Add(new Country(rows[i].Code, rows[i].Name, rows[i].Withdrawn, i));
        }

        return builder.MoveToImmutable();
    }
}
