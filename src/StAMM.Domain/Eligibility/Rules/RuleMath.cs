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

    /// <summary>The enum values whose bits a mask sets, as a list of names (camelCase codes, printed as words).</summary>
    public static RuleValue Names<TEnum>(long mask)
        where TEnum : struct, Enum
    {
        var names = new List<TEnum>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var bit = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
            if (bit is >= 0 and < 63 && (mask & (1L << bit)) != 0)
            {
                names.Add(value);
            }
        }

        return RuleValue.OfNames(names);
    }

    /// <summary>One enum value held as evidence, as a name; a number no member has stays that number.</summary>
    public static RuleValue NameOf<TEnum>(long value)
        where TEnum : struct, Enum =>
        value is >= int.MinValue and <= int.MaxValue
            ? RuleValue.OfNames([(TEnum)Enum.ToObject(typeof(TEnum), (int)value)])
            : RuleValue.OfCodes([value.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    /// <summary>The date of a day number held as evidence, or <see langword="null"/> outside the calendar.</summary>
    public static NodaTime.LocalDate? Day(long dayNumber) =>
        dayNumber is >= 0 and <= 3652058 ? NodaTime.LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)dayNumber)) : null;

    /// <summary>A date some days after another, or <see langword="null"/> outside the calendar.</summary>
    public static NodaTime.LocalDate? PlusDays(NodaTime.LocalDate date, decimal days)
    {
        var day = date.ToDateOnly().DayNumber + decimal.Truncate(Math.Clamp(days, -4_000_000m, 4_000_000m));
        return Day(decimal.ToInt64(day));
    }
}
