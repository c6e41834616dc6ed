using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Time;

/// <summary>
/// The one rule for which dates the model holds: ISO-calendar days of the years 1 to 9999, the range documents,
/// IATI and <see cref="DateOnly"/> share. NodaTime also represents years 0 and earlier; they are refused here, as a
/// problem by validating factories and as an <see cref="ArgumentException"/> by throwing ones, so no later step
/// (day numbers, the duplicate index, lead times) meets one.
/// </summary>
internal static class SupportedDates
{
    public const int MinYear = 1;

    public const int MaxYear = 9999;

    public static bool IsSupported(LocalDate date) => date.Calendar == CalendarSystem.Iso && date.Year is >= MinYear and <= MaxYear;

    /// <summary>Adds the problem, if any, of a date a user gave.</summary>
    public static void Check(ProblemCollector problems, LocalDate date, string path)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            problems.Add(ProblemCodes.InvalidFormat, path, "Only ISO-calendar dates are supported.");
        }
        else if (!IsSupported(date))
        {
            problems.Add(ProblemCodes.OutOfRange, path, $"A date lies in the years {MinYear} to {MaxYear}; {Describe(date)} was given.");
        }
    }

    /// <summary>Throws when a caller hands in a date the model does not hold.</summary>
    public static LocalDate Guard(LocalDate date, string parameterName) => IsSupported(date)
        ? date
        : throw new ArgumentException(
            date.Calendar != CalendarSystem.Iso ? "Only ISO-calendar dates are supported." : $"A date lies in the years {MinYear} to {MaxYear}; {Describe(date)} was given.",
            parameterName);

    /// <summary>Throws when either end of a span is a date the model does not hold.</summary>
    public static DateInterval Guard(DateInterval dates, string parameterName)
    {
        Guard(dates.Start, parameterName);
        Guard(dates.End, parameterName);
        return dates;
    }

    private static string Describe(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
