using NodaTime;

namespace StAMM.Domain.Time;

/// <summary>Counts working days (Monday to Friday; public holidays are not known to the model and are not excluded).</summary>
internal static class WorkingDays
{
    /// <summary>The working days among <paramref name="days"/> consecutive days from <paramref name="start"/>.</summary>
    public static int Count(LocalDate start, int days)
    {
        if (days <= 0)
        {
            return 0;
        }

        var count = days / 7 * 5;
        var dow = (int)start.DayOfWeek - 1; // Monday = 0 ... Sunday = 6
        for (var j = 0; j < days % 7; j++)
        {
            if ((dow + j) % 7 < 5)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The fewest working days an activity of <paramref name="days"/> days can take within a window.</summary>
    public static int Fewest(LocalDate earliestStart, int windowLength, int days)
    {
        var fewest = int.MaxValue;
        var placements = Math.Min(7, windowLength - days + 1);
        for (var k = 0; k < placements; k++)
        {
            fewest = Math.Min(fewest, Count(earliestStart.PlusDays(k), days));
        }

        return fewest == int.MaxValue ? Count(earliestStart, days) : fewest;
    }
}
