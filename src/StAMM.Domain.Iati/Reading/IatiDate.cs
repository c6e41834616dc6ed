using NodaTime;

namespace StAMM.Domain.Iati.Reading;

/// <summary>
/// The one reading of an IATI date, used by the importer and the checker alike: an <c>xsd:date</c>
/// (<c>2020-01-31</c>, optionally with a zone <c>Z</c> or <c>+01:00</c>) or an <c>xsd:dateTime</c>
/// (<c>2020-01-31T09:30:00</c>, optional fraction and zone), of which the calendar day is taken.
/// </summary>
/// <remarks>
/// The year has four digits, 0001 to 9999, as in the JSON reader: year 0000 is not a date. Anything after the date
/// that is not a zone or a time, such as <c>2020-01-01garbage</c>, makes the whole text not a date.
/// </remarks>
internal static class IatiDate
{
    /// <summary>Reads the text as a date; <see langword="false"/> when it is not one.</summary>
    public static bool TryParse(string text, out LocalDate date)
    {
        date = default;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || year < 1
            || !TryDigits(text, 5, 2, out var month) || month is < 1 or > 12
            || !TryDigits(text, 8, 2, out var day) || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        var rest = text.AsSpan(10);
        if (rest.Length > 0 && rest[0] == 'T')
        {
            rest = Time(rest[1..]);
            if (rest.Length == 1 && rest[0] == '!')
            {
                return false;
            }
        }

        if (!IsZone(rest))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Skips <c>hh:mm:ss</c> and an optional fraction; returns what follows, or <c>!</c> when it is not a time.</summary>
    private static ReadOnlySpan<char> Time(ReadOnlySpan<char> text)
    {
        if (text.Length < 8 || text[2] != ':' || text[5] != ':'
            || !TryDigits(text, 0, 2, out var hour) || !TryDigits(text, 3, 2, out var minute) || !TryDigits(text, 6, 2, out var second)
            || hour > 24 || minute > 59 || second > 59 || (hour == 24 && (minute != 0 || second != 0)))
        {
            return "!";
        }

        var rest = text[8..];
        if (rest.Length > 0 && rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return "!";
            }

            rest = rest[digits..];
        }

        return rest;
    }

    /// <summary>Nothing, <c>Z</c>, or <c>+hh:mm</c> / <c>-hh:mm</c> up to 14:00.</summary>
    private static bool IsZone(ReadOnlySpan<char> text) =>
        text.Length == 0
        || text is "Z"
        || (text.Length == 6 && (text[0] == '+' || text[0] == '-') && text[3] == ':'
            && TryDigits(text, 1, 2, out var hours) && TryDigits(text, 4, 2, out var minutes)
            && minutes <= 59 && (hours < 14 || (hours == 14 && minutes == 0)));

    private static bool TryDigits(ReadOnlySpan<char> text, int at, int count, out int value)
    {
        value = 0;
        for (var i = at; i < at + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
