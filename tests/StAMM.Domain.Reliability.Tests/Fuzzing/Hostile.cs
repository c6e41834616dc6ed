using System.Globalization;
using System.Text;

namespace StAMM.Domain.Reliability.Tests.Fuzzing;

/// <summary>The values a hostile or careless writer puts where a well-formed one was: shared by the JSON and XML mutators.</summary>
internal static class Hostile
{
    /// <summary>Texts that are wrong in a way some reader might not expect: blanks, controls, bad dates, codes, sizes, encodings.</summary>
    public static readonly string[] Texts =
    [
        "", " ", "\t", "\r\n", "0", "-1", "-0", "1e309", "NaN", "Infinity", "-Infinity", "99999999999999999999999999999",
        "2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "-2026-01-01", "2026-1-1", "2026-01-01T25:00:00Z", "2026-W01",
        "2026-00", "2026", "10000-01-01", "1-01-01", "XK", "xk", "RS", "ZZ", "EU", "EUR", "eur", "XXX", "null", "true", "false",
        "\u0000", "a\u0007b", "\u001b[31mred", "\u02bc", "\U0001F600", "\ud800", "\udc00x", "a\u200Bb", "\uFEFF", "\uFFFF",
        new string('x', 501), new string('x', 5001), "../../etc/passwd", "<script>alert(1)</script>", "%s%n%x", "{\"kind\":\"project\"}",
        "project", "request", "ruleSet", "decision", "national", "regional", "global", "pipeline", "closed", "onsite", "online",
        "workshop", "studyVisit", "P1Y", "P-1D", "PT0S", "P99999Y", "XI-", "XI-IATI-", "xi-iati-icmpd", "--", "A-B",
        "1.5", "0.0001", "-0.01", "100.01", "1,5", "1 000", "0x10", "+1",
    ];

    /// <summary>Numbers (as raw JSON tokens) at and beyond the ranges of int, long, decimal and double.</summary>
    public static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "0.5", "-0.5", "1e2", "1E-7", "1e400", "-1e400", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "79228162514264337593543950335",
        "79228162514264337593543950336", "-79228162514264337593543950336", "0.0000000000000000000000000001",
        "1.00000000000000000000000000001", "123456789012345678901234567890.123456789", "1e-400", "5e-324", "1.7976931348623157e308",
        "100", "101", "99.999999999999999999", "65", "1000", "1001", "10000000", "0.00",
    ];

    /// <summary>A corrupted form of <paramref name="value"/>: an edit of it or a hostile text.</summary>
    public static string Corrupt(Random rng, string value)
    {
        switch (rng.Next(9))
        {
            case 0 when value.Length > 0:
                return value[..rng.Next(value.Length)];
            case 1 when value.Length > 0:
                var i = rng.Next(value.Length);
                return value[..i] + (char)rng.Next(0, 0x3000) + value[(i + 1)..];
            case 2:
                return string.Equals(value.ToUpperInvariant(), value, StringComparison.Ordinal) ? value.ToLowerInvariant() : value.ToUpperInvariant();
            case 3:
                return value + value;
            case 4:
                return " " + value + " ";
            case 5 when value.Any(char.IsAsciiDigit):
                var digits = value.ToCharArray();
                var d = Array.FindIndex(digits, char.IsAsciiDigit) + rng.Next(value.Count(char.IsAsciiDigit));
                d = Math.Min(d, digits.Length - 1);
                if (char.IsAsciiDigit(digits[d]))
                {
                    digits[d] = (char)('0' + rng.Next(10));
                }

                return new string(digits);
            default:
                return Texts[rng.Next(Texts.Length)];
        }
    }

    /// <summary>A huge text: beyond the string limits, or just long.</summary>
    public static string HugeText(Random rng) => rng.Next(4) switch
    {
        0 => new string('h', 1024 * 1024 + 1),
        1 => string.Concat(Enumerable.Repeat("\u00e9\U0001F600", 200_000)),
        _ => new string('h', rng.Next(10_000, 100_000)),
    };

    /// <summary>A huge number token: many digits, or huge exponents.</summary>
    public static string HugeNumber(Random rng) => rng.Next(4) switch
    {
        0 => new string('9', rng.Next(30, 5000)),
        1 => "1e" + rng.Next(300, 100_000).ToString(CultureInfo.InvariantCulture),
        2 => "0." + new string('0', rng.Next(30, 5000)) + "1",
        _ => "-" + new string('9', rng.Next(30, 400)) + "." + new string('9', rng.Next(1, 400)),
    };

    /// <summary>Byte-level damage after serialisation: truncation, a flipped or inserted byte, a byte order mark.</summary>
    public static byte[] DamageBytes(Random rng, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        switch (rng.Next(5))
        {
            case 0:
            case 1:
                return bytes[..rng.Next(bytes.Length)];
            case 2:
                var flipped = (byte[])bytes.Clone();
                flipped[rng.Next(flipped.Length)] ^= (byte)(1 << rng.Next(8));
                return flipped;
            case 3:
                var at = rng.Next(bytes.Length + 1);
                return [.. bytes[..at], (byte)rng.Next(256), .. bytes[at..]];
            default:
                return [.. Encoding.UTF8.Preamble, .. bytes];
        }
    }
}
