using CsCheck;
using NodaTime;
using StAMM.Domain.Time;

namespace StAMM.Domain.Tests.Time;

public sealed class ActivityPeriodTests
{
    private static readonly Gen<LocalDate> Dates = Gen.Int[0, 40_000].Select(d => new LocalDate(1990, 1, 1).PlusDays(d));

    [Fact]
    public void Exact_days_are_shown_as_an_ISO_interval() =>
        ActivityPeriod.Exact(new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 15)).ToString().Should().Be("2019-03-13/2019-03-15");

    [Fact]
    public void A_month_is_shown_as_an_ISO_month() =>
        ActivityPeriod.InMonth(new YearMonth(2020, 12)).ToString().Should().Be("2020-12");

    [Fact]
    public void Thirteen_to_fifteen_March_is_three_days() =>
        ActivityPeriod.Exact(new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 15)).DurationInDays.Should().Be(3);

    [Fact]
    public void The_duration_counts_both_the_first_and_the_last_day() =>
        Gen.Select(Dates, Gen.Int[0, 60]).Sample((start, extra) =>
            ActivityPeriod.Exact(start, start.PlusDays(extra)).DurationInDays.Should().Be(extra + 1));

    [Fact]
    public void A_month_has_no_duration_in_days() => ActivityPeriod.InMonth(new YearMonth(2020, 12)).DurationInDays.Should().BeNull();

    [Fact]
    public void A_month_covers_every_day_of_the_month()
    {
        var period = ActivityPeriod.InMonth(new YearMonth(2020, 12));
        period.Precision.Should().Be(DatePrecision.Month);
        period.Start.Should().Be(new LocalDate(2020, 12, 1));
        period.End.Should().Be(new LocalDate(2020, 12, 31));
    }

    [Fact]
    public void An_end_before_the_start_throws() =>
        FluentActions.Invoking(() => ActivityPeriod.Exact(new LocalDate(2019, 3, 15), new LocalDate(2019, 3, 13))).Should().Throw<ArgumentException>();

    [Fact]
    public void Null_dates_throw() =>
        FluentActions.Invoking(() => ActivityPeriod.Exact(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Equal_periods_are_equal_with_equal_hash_codes() =>
        Gen.Select(Dates, Gen.Int[0, 60]).Sample((start, extra) =>
        {
            var a = ActivityPeriod.Exact(start, start.PlusDays(extra));
            var b = ActivityPeriod.Exact(new DateInterval(start, start.PlusDays(extra)));
            a.Should().Be(b);
            (a == b).Should().BeTrue();
            a.GetHashCode().Should().Be(b.GetHashCode());
        });

    [Fact]
    public void A_month_differs_from_the_same_days_given_exactly() =>
        ActivityPeriod.InMonth(new YearMonth(2020, 12))
            .Should().NotBe(ActivityPeriod.Exact(new LocalDate(2020, 12, 1), new LocalDate(2020, 12, 31)));

    [Fact]
    public void Periods_with_different_days_differ() =>
        ActivityPeriod.Exact(new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 15))
            .Should().NotBe(ActivityPeriod.Exact(new LocalDate(2019, 3, 13), new LocalDate(2019, 3, 14)));
}
