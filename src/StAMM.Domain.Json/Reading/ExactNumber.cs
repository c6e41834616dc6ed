using System.Globalization;

namespace StAMM.Domain.Json.Reading;

/// <summary>How a JSON number fits a <see cref="decimal"/>.</summary>
internal enum NumberFit
{
    /// <summary>The decimal holds the number exactly.</summary>
    Exact,

    /// <summary>The number's whole part is beyond <see cref="decimal.MaxValue"/>.</summary>
    TooLarge,

    /// <summary>The number needs more decimal places or significant digits than a decimal has; it would be rounded (or read as 0).</summary>
    TooPrecise,
}

/// <summary>
/// Reads a JSON number token into a <see cref="decimal"/> only when the decimal equals it exactly: <c>1E-400</c>,
/// <c>0.(5000 zeros)1</c> and <c>1.00000000000000000000000000000000001</c> are refused, where the parser would give 0
/// or round. Zeros that carry no value (<c>1.50</c>, <c>0e-400</c>, <c>1000e-3</c>) do not count against the limits; the
/// decimal places as written are kept where a decimal can hold them (<c>1.50</c> is read as <c>1.50m</c>).
/// </summary>
internal static class ExactNumber
{
    private const int MaxDigits = 29;
    private const int MaxScale = 28;
    private const long ExponentCeiling = 1_000_000_000;

    // One written with k decimal places (1, 1.0, 1.00, ...): multiplying by it gives a value k more places.
    private static readonly decimal[] Ones = [.. Enumerable.Range(0, MaxScale + 1).Select(k => k == 0 ? 1m : decimal.Parse("1." + new string('0', k), CultureInfo.InvariantCulture))];

    private static ReadOnlySpan<byte> LargestDigits => "79228162514264337593543950335"u8;

    /// <summary>Reads a number token as the JSON reader has validated it: <c>-?int(.frac)?([eE][+-]?digits)?</c>.</summary>
    /// <param name="token">The raw token.</param>
    /// <param name="value">The exact value, when <see cref="NumberFit.Exact"/>.</param>
    /// <param name="whole">Whether the number is a whole number (only meaningful when exact).</param>
    public static NumberFit Read(ReadOnlySpan<byte> token, out decimal value, out bool whole)
    {
        value = 0m;
        whole = true;
        var negative = token.Length > 0 && token[0] == (byte)'-';
        var rest = negative ? token[1..] : token;
        var e = rest.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = e < 0 ? rest : rest[..e];
        var exponent = e < 0 ? 0 : Exponent(rest[(e + 1)..]);
        var dot = mantissa.IndexOf((byte)'.');
        var integer = dot < 0 ? mantissa : mantissa[..dot];
        var fraction = dot < 0 ? [] : mantissa[(dot + 1)..];

        // The significant digits run from the first non-zero digit to the last, across the point.
        var all = integer.Length + fraction.Length;
        var first = -1;
        var last = -1;
        for (var i = 0; i < all; i++)
        {
            if (DigitAt(integer, fraction, i) != (byte)'0')
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return NumberFit.Exact;
        }

        var significant = last - first + 1;

        // The value is the significant digits times 10^scaleExponent.
        var scaleExponent = exponent - fraction.Length + (all - 1 - last);
        var wholeDigits = significant + scaleExponent;
        if (wholeDigits > MaxDigits || (wholeDigits == MaxDigits && WholePartExceedsLargest(integer, fraction, first, significant)))
        {
            return NumberFit.TooLarge;
        }

        if (scaleExponent < -MaxScale || significant > MaxDigits)
        {
            return NumberFit.TooPrecise;
        }

        Span<char> digits = stackalloc char[MaxDigits];
        var count = 0;
        for (var i = first; i <= last; i++)
        {
            digits[count++] = (char)DigitAt(integer, fraction, i);
        }

        for (var i = 0; i < scaleExponent; i++)
        {
            digits[count++] = '0';
        }

        if (!decimal.TryParse(digits[..count], NumberStyles.None, CultureInfo.InvariantCulture, out var unscaled))
        {
            // Twenty-nine digits beyond the largest 96-bit mantissa: a decimal has one digit fewer here.
            return NumberFit.TooPrecise;
        }

        whole = scaleExponent >= 0;
        if (scaleExponent < 0)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(unscaled, bits);
            unscaled = new decimal(bits[0], bits[1], bits[2], isNegative: false, (byte)-scaleExponent);
        }

        // Keep the decimal places as written ("46500.0" is 46500.0, "2.50" is 2.50) when a decimal can hold them, so a
        // value read back writes the same text again; zeros beyond a decimal's scale still carry no value.
        var scale = Math.Max(0, -scaleExponent);
        var written = fraction.Length - exponent;
        if (written > scale && written <= MaxScale && significant + Math.Max(0, scaleExponent) + (written - scale) < MaxDigits)
        {
            unscaled *= Ones[(int)(written - scale)];
        }

        value = negative ? -unscaled : unscaled;
        return NumberFit.Exact;
    }

    private static byte DigitAt(ReadOnlySpan<byte> integer, ReadOnlySpan<byte> fraction, int i) =>
        i < integer.Length ? integer[i] : fraction[i - integer.Length];

    /// <summary>Whether a whole part of exactly 29 digits (significant digits then zeros) is above the largest decimal.</summary>
    private static bool WholePartExceedsLargest(ReadOnlySpan<byte> integer, ReadOnlySpan<byte> fraction, int first, int significant)
    {
        for (var i = 0; i < MaxDigits; i++)
        {
            var digit = i < significant ? DigitAt(integer, fraction, first + i) : (byte)'0';
            if (digit != LargestDigits[i])
            {
                return digit > LargestDigits[i];
            }
        }

        return false;
    }

    /// <summary>The exponent, saturated far beyond any that a decimal could use, so that a thousand digits cannot overflow it.</summary>
    private static long Exponent(ReadOnlySpan<byte> text)
    {
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var digits = text.Length > 0 && text[0] is (byte)'-' or (byte)'+' ? text[1..] : text;
        long value = 0;
        foreach (var d in digits)
        {
            value = Math.Min((value * 10) + (d - '0'), ExponentCeiling);
        }

        return negative ? -value : value;
    }
}
