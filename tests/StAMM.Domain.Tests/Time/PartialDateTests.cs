using CsCheck;
using NodaTime;
using StAMM.Domain.Time;

namespace StAMM.Domain.Tests.Time;

public sealed class PartialDateTests
{
    private static readonly Gen<LocalDate> Dates = Gen.Int[0, 40_000].Select(d => new LocalDate(1990, 1, 1).PlusDays(d));

    [Fact]
    public void A_month_is_shown_in_ISO_form() => PartialDate.OfMonth(new YearMonth(2018, 12)).ToString().Should().Be("2018-12");

    [Fact]
    public void A_day_is_shown_in_ISO_form() => PartialDate.OfDay(new LocalDate(2019, 3, 13)).ToString().Should().Be("2019-03-13");

    [Fact]
    public void A_month_spans_its_first_to_its_last_day()
    {
        var february = PartialDate.OfMonth(new YearMonth(2020, 2));
        february.Precision.Should().Be(DatePrecision.Month);
        february.FirstDay.Should().Be(new LocalDate(2020, 2, 1));
        february.LastDay.Should().Be(new LocalDate(2020, 2, 29));
        february.Days.Length.Should().Be(29);
    }

    [Fact]
    public void A_day_is_its_own_first_and_last_day() =>
        Dates.Sample(date =>
        {
            var day = PartialDate.OfDay(date);
            day.Precision.Should().Be(DatePrecision.Day);
            day.FirstDay.Should().Be(date);
            day.LastDay.Should().Be(date);
        });

    [Fact]
    public void Every_day_lies_within_its_month() =>
        Dates.Sample(date =>
        {
            var month = PartialDate.OfMonth(date.ToYearMonth());
            (month.FirstDay <= date && date <= month.LastDay).Should().BeTrue();
            month.YearMonth.Should().Be(date.ToYearMonth());
        });

    [Fact]
    public void Equal_days_are_equal_with_equal_hash_codes() =>
        Dates.Sample(date =>
        {
            PartialDate.OfDay(date).Should().Be(PartialDate.OfDay(date));
            (PartialDate.OfDay(date) == PartialDate.OfDay(date)).Should().BeTrue();
            PartialDate.OfDay(date).GetHashCode().Should().Be(PartialDate.OfDay(date).GetHashCode());
        });

    [Fact]
    public void Different_days_differ() =>
        Gen.Select(Dates, Dates).Where((a, b) => a != b).Sample((a, b) => PartialDate.OfDay(a).Should().NotBe(PartialDate.OfDay(b)));

    [Fact]
    public void A_month_differs_from_its_first_day() =>
        PartialDate.OfMonth(new YearMonth(2018, 12)).Should().NotBe(PartialDate.OfDay(new LocalDate(2018, 12, 1)));

    [Fact]
    public void A_date_in_another_calendar_throws() =>
        FluentActions.Invoking(() => PartialDate.OfDay(new LocalDate(2019, 3, 13, CalendarSystem.Julian))).Should().Throw<ArgumentException>();

    [Fact]
    public void A_month_in_another_calendar_throws() =>
        FluentActions.Invoking(() => PartialDate.OfMonth(new YearMonth(2019, 3, CalendarSystem.Julian))).Should().Throw<ArgumentException>();
}
