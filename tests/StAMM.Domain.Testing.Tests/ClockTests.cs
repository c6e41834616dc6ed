using NodaTime;

namespace StAMM.Domain.Testing.Tests;

public sealed class ClockTests
{
    [Fact]
    public void A_clock_on_a_day_stands_at_its_start_in_utc()
    {
        var clock = StammClock.On(new LocalDate(2026, 3, 1));
        clock.GetCurrentInstant().Should().Be(Instant.FromUtc(2026, 3, 1, 0, 0));
        clock.Today().Should().Be(new LocalDate(2026, 3, 1));
    }

    [Fact]
    public void The_clock_does_not_move_by_itself_and_the_test_can_move_it()
    {
        var clock = StammClock.On(2026, 3, 1);
        clock.Today().Should().Be(clock.Today());
        clock.AdvanceDays(15);
        clock.Today().Should().Be(new LocalDate(2026, 3, 16));
    }

    [Fact]
    public void Today_is_the_same_date_in_the_western_balkans_and_vienna()
    {
        var clock = StammClock.On(2026, 10, 25);
        foreach (var zone in new[] { "Europe/Sarajevo", "Europe/Belgrade", "Europe/Vienna", "Europe/Zurich" })
        {
            clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[zone]).Date.Should().Be(clock.Today(), zone);
        }
    }

    [Fact]
    public void Today_needs_a_clock() =>
        FluentActions.Invoking(() => StammClock.Today(null!)).Should().Throw<ArgumentNullException>();
}
