using System.Collections.Immutable;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>Small conversions the built-in rules share: money to cents, enum bit masks to names.</summary>
internal static class RuleMath
{
    private const decimal MaxWholeCents = long.MaxValue / 100m;

    public static long Cents(decimal amount)
    {
        // Saturate before multiplying: amounts near decimal.MaxValue would overflow the multiplication itself.
        if (amount >= MaxWholeCents)
        {
            return long.MaxValue;
        }

        if (amount <= -MaxWholeCents)
        {
            return long.MinValue;
        }

        return decimal.ToInt64(decimal.Round(amount * 100m, MidpointRounding.AwayFromZero));
    }

    public static decimal FromCents(long cents) => cents / 100m;

    /// <summary>An amount in cents as evidence: a number, or, when <see cref="Cents"/> saturated, a text that says the
    /// true amount is beyond what can be compared, never the saturated figure as if it were the amount.</summary>
    public static RuleValue Amount(long cents, string? unit) => cents switch
    {
        long.MaxValue => RuleValue.OfText(Beyond("more", cents, unit)),
        long.MinValue => RuleValue.OfText(Beyond("less", cents, unit)),
        _ => RuleValue.OfNumber(FromCents(cents), unit),
    };

    private static string Beyond(string side, long cents, string? unit) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{side} than {FromCents(cents)}{(unit is null ? string.Empty : " " + unit)}, beyond what can be compared exactly");

    public static int Mask<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        var mask = 0;
        foreach (var value in values)
        {
            mask |= 1 << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return mask;
    }

    public static RuleValue Names<TEnum>(long mask)
        where TEnum : struct, Enum
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var bit = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            if (bit is >= 0 and < 63 && (mask & (1L << bit)) != 0)
            {
                names.Add(value.ToString());
            }
        }

        return RuleValue.OfCodes(names.ToImmutable());
    }
}
