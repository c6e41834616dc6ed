using NodaTime;
using StAMM.Domain.Time;

namespace StAMM.Domain.Tests.Time;

public sealed class WorkingDaysTests
{
    private static readonly LocalDate Monday = new(2025, 6, 2);
    private static readonly LocalDate Thursday = new(2025, 6, 5);
    private static readonly LocalDate Friday = new(2025, 6, 6);
    private static readonly LocalDate Saturday = new(2025, 6, 7);

    [Theory]
    [InlineData(7, 5)]
    [InlineData(14, 10)]
    [InlineData(5, 5)]
    [InlineData(6, 5)]
    [InlineData(1, 1)]
    public void From_a_monday_the_weekend_is_not_counted(int days, int workingDays) =>
        WorkingDays.Count(Monday, days).Should().Be(workingDays);

    [Fact]
    public void A_weekend_has_no_working_days() => WorkingDays.Count(Saturday, 2).Should().Be(0);

    [Fact]
    public void Days_over_a_weekend_count_only_the_weekdays() => WorkingDays.Count(Friday, 4).Should().Be(2);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(-10)]
    public void No_days_or_a_negative_number_of_days_have_no_working_days(int days) =>
        WorkingDays.Count(Monday, days).Should().Be(0);

    [Fact]
    public void The_fewest_working_days_in_a_window_come_from_starting_on_the_weekend() =>
        WorkingDays.Fewest(Thursday, windowLength: 4, days: 2).Should().Be(0);

    [Fact]
    public void The_fewest_working_days_only_use_starts_that_end_within_the_window() =>
        WorkingDays.Fewest(Thursday, windowLength: 3, days: 2).Should().Be(1);

    [Fact]
    public void A_window_of_weekdays_gives_no_weekend_to_start_on() =>
        WorkingDays.Fewest(Monday, windowLength: 3, days: 2).Should().Be(2);

    [Fact]
    public void An_activity_that_fills_its_window_has_one_placement() =>
        WorkingDays.Fewest(Monday, windowLength: 5, days: 5).Should().Be(5);

    [Fact]
    public void An_activity_longer_than_its_window_is_counted_from_the_earliest_start() =>
        WorkingDays.Fewest(Monday, windowLength: 3, days: 5).Should().Be(5);
}
