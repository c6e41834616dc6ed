using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Testing;

/// <summary>Generators of the plain values the domain generators compose.</summary>
internal static class Values
{
    private static readonly Country[] AllCountries = [.. Geography.Country.All];

    private static readonly string[] Words =
    [
        "Ministry", "Interior", "Security", "Migration", "Asylum", "Border", "Police", "Service", "Foreigners",
        "Affairs", "Labour", "Justice", "Office", "Agency", "Directorate", "Centre", "Reception", "Regional",
        "National", "Department", "Training", "Workshop", "Return", "Integration", "Readmission", "Protection",
    ];

    public static readonly LocalDate Earliest = new(2010, 1, 1);

    public static readonly Gen<string> Name = Gen.OneOf(Words).Array[1, 5].Select(w => string.Join(' ', w));

    public static readonly Gen<string?> OptionalName = Name.Null(0.3);

    public static readonly Gen<string?> Acronym = Gen.Char['A', 'Z'].Array[2, 8].Select(c => new string(c)).Null(0.4);

    public static readonly Gen<string?> Blank = Gen.OneOf<string?>(null, string.Empty, " ", "\t", " \r\n ");

    public static readonly Gen<string> Identifier =
        Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/"].Array[1, 40].Select(c => new string(c));

    public static readonly Gen<LocalDate> Date = Gen.Int[0, 9500].Select(d => Earliest.PlusDays(d));

    public static readonly Gen<YearMonth> Month = Date.Select(d => d.ToYearMonth());

    public static readonly Gen<PartialDate> PartialDate =
        Gen.Select(Date, Gen.Bool).Select((d, exact) => exact ? Time.PartialDate.OfDay(d) : Time.PartialDate.OfMonth(d.ToYearMonth()));

    public static readonly Gen<Country> Country = Gen.Int[0, Geography.Country.All.Length - 1].Select(i => Geography.Country.All[i]);

    public static readonly Gen<Country> WesternBalkansCountry = Gen.OneOf([.. CountryGroup.WesternBalkans.Countries]);

    public static readonly Gen<IatiRegion> Region = Gen.Int[0, IatiRegion.All.Length - 1].Select(i => IatiRegion.All[i]);

    public static readonly Gen<Currency> Currency = Gen.Int[0, Finance.Currency.All.Length - 1].Select(i => Finance.Currency.All[i]);

    public static readonly Gen<Money> Money = Gen.Select(Gen.Int[-100_000_000, 100_000_000], Currency).Select((cents, c) => Finance.Money.Of(cents / 100m, c));

    public static readonly Gen<Money> PositiveMoney = Gen.Select(Gen.Int[1, 100_000_000], Currency).Select((cents, c) => Finance.Money.Of(cents / 100m, c));

    public static readonly Gen<ActivityPeriod> ActivityPeriod =
        Gen.Select(Date, Gen.Int[1, 10], Gen.Bool).Select((start, days, exact) =>
            exact ? Time.ActivityPeriod.Exact(start, start.PlusDays(days - 1)) : Time.ActivityPeriod.InMonth(start.ToYearMonth()));

    public static readonly Gen<Earmarks> Earmarks =
        Gen.Select(Countries(0, 3), SubsetOf(Enum.GetValues<ActivityType>(), 3), SubsetOf(Enum.GetValues<ThematicArea>(), 3))
            .Select((c, a, t) => Finance.Earmarks.Create(c, a, t));

    /// <summary>Distinct countries, in random order.</summary>
    public static Gen<Country[]> Countries(int min, int max) => Gen.Shuffle(AllCountries, min, max);

    /// <summary>A subset of the given values, in random order.</summary>
    public static Gen<T[]> SubsetOf<T>(IReadOnlyCollection<T> values, int max) =>
        values.Count == 0 ? Gen.Const(Array.Empty<T>()) : Gen.Shuffle(values.ToArray(), 0, Math.Min(max, values.Count));

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> non-negative counts that add up to it.</summary>
    public static Gen<int[]> Split(int total, int parts) =>
        parts == 1
            ? Gen.Const(new[] { total })
            : Gen.Int[0, total].Array[parts - 1].Select(cuts =>
            {
                var sorted = cuts.Order().ToArray();
                var result = new int[parts];
                var previous = 0;
                for (var i = 0; i < sorted.Length; i++)
                {
                    result[i] = sorted[i] - previous;
                    previous = sorted[i];
                }

                result[^1] = total - previous;
                return result;
            });

    /// <summary>Percentages, two decimals each, each above 0, that sum to exactly 100.</summary>
    public static Gen<decimal[]> Percentages(int count) =>
        Gen.Int[1, 100].Array[count].Select(weights =>
        {
            var sum = weights.Sum();
            var basisPoints = weights.Select(w => Math.Max(1, w * 10_000 / sum)).ToArray();
            basisPoints[^1] = 10_000 - basisPoints[..^1].Sum();
            return basisPoints.Select(bp => bp / 100m).ToArray();
        });

    public static ImmutableArray<T> Append<T>(ImmutableArray<T> list, T item) => list.Add(item);
}
