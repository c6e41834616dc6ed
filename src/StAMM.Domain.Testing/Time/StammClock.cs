using NodaTime;
using NodaTime.Testing;

namespace StAMM.Domain.Testing;

/// <summary>
/// Fake clocks for rules that depend on "today", such as the lead time between a request and the activity it asks for.
/// </summary>
/// <remarks>
/// <para>A clock made by <see cref="On(LocalDate)"/> stands still at the start of the given day, UTC, until the test
/// moves it (<see cref="FakeClock.AdvanceDays"/>, <see cref="FakeClock.Reset"/>). The start of a day UTC is 01:00 or
/// 02:00 in the Western Balkans and 00:00-02:00 in Vienna and Bern, so the date is the same wherever StAMM works.</para>
/// <para>Pass the clock where the code under test takes an <see cref="IClock"/>; read the pinned date back with
/// <see cref="Today(IClock)"/>.</para>
/// </remarks>
public static class StammClock
{
    /// <summary>A clock pinned to the start of <paramref name="today"/>, UTC.</summary>
    /// <param name="today">The day the test runs "on".</param>
    /// <returns>A <see cref="FakeClock"/> (an <see cref="IClock"/>) that does not move by itself.</returns>
    public static FakeClock On(LocalDate today) => new(today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());

    /// <summary>A clock pinned to the start of the given day, UTC.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>A <see cref="FakeClock"/> that does not move by itself.</returns>
    public static FakeClock On(int year, int month, int day) => On(new LocalDate(year, month, day));

    /// <summary>The date a clock shows, in UTC: the "today" that lead-time rules count from.</summary>
    /// <param name="clock">A clock, such as one made by <see cref="On(LocalDate)"/>.</param>
    /// <returns>Today's date.</returns>
    public static LocalDate Today(this IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InUtc().Date;
    }
}
