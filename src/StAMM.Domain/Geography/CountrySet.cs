using System.Collections.Immutable;
using System.Numerics;

namespace StAMM.Domain.Geography;

/// <summary>
/// A set of countries as a 256-bit mask over <see cref="Country.Index"/>: membership, overlap, union and
/// intersection in a few instructions and without allocation. The codelist has fewer than 256 entries
/// (a test keeps it so).
/// </summary>
internal readonly record struct CountrySet(ulong A, ulong B, ulong C, ulong D)
{
    public static CountrySet Of(IEnumerable<Country> countries)
    {
        var set = default(CountrySet);
        foreach (var country in countries)
        {
            set = set.With(country);
        }

        return set;
    }

    public bool IsEmpty => (A | B | C | D) == 0;

    public int Count => BitOperations.PopCount(A) + BitOperations.PopCount(B) + BitOperations.PopCount(C) + BitOperations.PopCount(D);

    public CountrySet With(Country country)
    {
        var bit = 1UL << (country.Index & 63);
        return (country.Index >> 6) switch
        {
            0 => this with { A = A | bit },
            1 => this with { B = B | bit },
            2 => this with { C = C | bit },
            _ => this with { D = D | bit },
        };
    }

    public bool Contains(Country country)
    {
        var word = (country.Index >> 6) switch
        {
            0 => A,
            1 => B,
            2 => C,
            _ => D,
        };
        return (word & (1UL << (country.Index & 63))) != 0;
    }

    public bool Overlaps(CountrySet other) => ((A & other.A) | (B & other.B) | (C & other.C) | (D & other.D)) != 0;

    public bool IsSubsetOf(CountrySet other) =>
        (A & ~other.A) == 0 && (B & ~other.B) == 0 && (C & ~other.C) == 0 && (D & ~other.D) == 0;

    public CountrySet Intersect(CountrySet other) => new(A & other.A, B & other.B, C & other.C, D & other.D);

    public CountrySet Except(CountrySet other) => new(A & ~other.A, B & ~other.B, C & ~other.C, D & ~other.D);

    /// <summary>The index of the first member, or -1 for an empty set.</summary>
    public int First() =>
        A != 0 ? BitOperations.TrailingZeroCount(A)
        : B != 0 ? 64 + BitOperations.TrailingZeroCount(B)
        : C != 0 ? 128 + BitOperations.TrailingZeroCount(C)
        : D != 0 ? 192 + BitOperations.TrailingZeroCount(D)
        : -1;

    public CountrySet Union(CountrySet other) => new(A | other.A, B | other.B, C | other.C, D | other.D);

    public ImmutableSortedSet<Country> ToSortedSet()
    {
        var builder = ImmutableSortedSet.CreateBuilder<Country>();
        AddWord(builder, A, 0);
        AddWord(builder, B, 64);
        AddWord(builder, C, 128);
        AddWord(builder, D, 192);
        return builder.ToImmutable();
    }

    private static void AddWord(ImmutableSortedSet<Country>.Builder builder, ulong word, int offset)
    {
        while (word != 0)
        {
            var bit = BitOperations.TrailingZeroCount(word);
            builder.Add(Country.All[offset + bit]);
            word &= word - 1;
        }
    }
}
