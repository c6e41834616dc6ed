using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Time;

namespace StAMM.Domain.Json;

/// <summary>The ISO forms of dates in documents: <c>2019-03-13</c>, months <c>2018-12</c>; strict, invariant, AOT-safe.</summary>
internal static class IsoText
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;

    /// <summary><c>yyyy-MM-dd</c>: digit by digit for years 0001 to 9999 (one string, no pattern machinery), the ISO pattern otherwise.</summary>
    public static string Date(LocalDate date) => date.Year is >= 1 and <= 9999
        ? string.Create(10, date, static (text, d) =>
        {
            YearMonth(text, d.Year, d.Month);
            text[7] = '-';
            TwoDigits(text[8..], d.Day);
        })
        : DatePattern.Format(date);

    /// <summary><c>yyyy-MM</c>: digit by digit for years 0001 to 9999, the ISO pattern otherwise.</summary>
    public static string Month(YearMonth month) => month.Year is >= 1 and <= 9999
        ? string.Create(7, month, static (text, m) => YearMonth(text, m.Year, m.Month))
        : MonthPattern.Format(month);

    /// <summary>Formats an instant as ISO 8601 in UTC with a <c>Z</c>, with a fraction of a second only when there is one.</summary>
    public static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>Parses an instant written as <see cref="Instant(NodaTime.Instant)"/> writes it: <c>2026-03-02T09:00:00Z</c>, up to nine fraction digits.</summary>
    public static bool TryInstant(string text, out Instant instant)
    {
        instant = default;
        if (text.Length < 20 || text.Length > 30 || !FourDigitYear(text) || text[^1] != 'Z')
        {
            return false;
        }

        var result = InstantPattern.ExtendedIso.Parse(text);
        if (!result.Success)
        {
            return false;
        }

        instant = result.Value;
        return true;
    }

    public static string PartialDate(PartialDate date) => date.Precision == DatePrecision.Day ? Date(date.FirstDay) : Month(date.YearMonth);

    /// <summary>Parses <c>yyyy-MM-dd</c> with a four-digit year, 0001 to 9999 (digit by digit: no pattern, no allocation).</summary>
    public static bool TryDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[7] != '-' || !TryYearMonth(text, out var year, out var month)
            || !TryTwoDigits(text, 8, out var day) || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Parses <c>yyyy-MM</c> with a four-digit year, 0001 to 9999.</summary>
    public static bool TryMonth(string text, out YearMonth month)
    {
        month = default;
        if (text.Length != 7 || !TryYearMonth(text, out var y, out var m))
        {
            return false;
        }

        month = new YearMonth(y, m);
        return true;
    }

    /// <summary>Parses a day (<c>2019-03-13</c>) or a month (<c>2018-12</c>), keeping the precision.</summary>
    public static Time.PartialDate? TryPartialDate(string text)
    {
        if (TryDate(text, out var date))
        {
            return Time.PartialDate.OfDay(date);
        }

        return TryMonth(text, out var month) ? Time.PartialDate.OfMonth(month) : null;
    }

    private static bool FourDigitYear(string text) =>
        char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]) && text[4] == '-'
        && !text.StartsWith("0000", StringComparison.Ordinal);

    /// <summary>Reads <c>yyyy-MM</c> at the start of the text: a year 0001 to 9999 and a month 01 to 12.</summary>
    private static bool TryYearMonth(string text, out int year, out int month)
    {
        year = 0;
        month = 0;
        if (!FourDigitYear(text) || !TryTwoDigits(text, 5, out month) || month < 1 || month > 12)
        {
            return false;
        }

        year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
        return true;
    }

    private static void YearMonth(Span<char> text, int year, int month)
    {
        TwoDigits(text, year / 100);
        TwoDigits(text[2..], year % 100);
        text[4] = '-';
        TwoDigits(text[5..], month);
    }

    private static void TwoDigits(Span<char> text, int value)
    {
        text[0] = (char)('0' + (value / 10));
        text[1] = (char)('0' + (value % 10));
    }

    private static bool TryTwoDigits(string text, int at, out int value)
    {
        value = 0;
        if (!char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1]))
        {
            return false;
        }

        value = ((text[at] - '0') * 10) + (text[at + 1] - '0');
        return true;
    }
}
