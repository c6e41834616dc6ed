using NodaTime;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Time;

public sealed class ProjectPeriodTests
{
    private static readonly PartialDate December2018 = PartialDate.OfMonth(new YearMonth(2018, 12));

    [Fact]
    public void A_period_without_an_end_is_open_ended()
    {
        var period = ProjectPeriod.Create(December2018).Should().BeValid().Which;
        period.End.Should().BeNull();
        period.IsOpenEnded.Should().BeTrue();
    }

    [Fact]
    public void StartingIn_makes_an_open_ended_period() =>
        ProjectPeriod.StartingIn(December2018).Should().Be(ProjectPeriod.Create(December2018).OrThrow());

    [Fact]
    public void A_period_with_an_end_after_the_start_is_valid() =>
        ProjectPeriod.Create(December2018, PartialDate.OfDay(new LocalDate(2024, 6, 30))).Should().BeValid().Which.IsOpenEnded.Should().BeFalse();

    [Fact]
    public void An_end_in_the_start_month_is_valid() =>
        ProjectPeriod.Create(December2018, PartialDate.OfDay(new LocalDate(2018, 12, 1))).Should().BeValid();

    [Fact]
    public void An_end_before_the_start_is_rejected() =>
        ProjectPeriod.Create(December2018, PartialDate.OfMonth(new YearMonth(2018, 11))).Should().FailWithExactly(ProblemCodes.EndBeforeStart, "end");

    [Fact]
    public void A_null_start_throws() =>
        FluentActions.Invoking(() => ProjectPeriod.Create(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void An_open_period_contains_every_day_from_its_first_day()
    {
        var period = ProjectPeriod.StartingIn(December2018);
        period.Contains(new LocalDate(2018, 12, 1)).Should().BeTrue();
        period.Contains(new LocalDate(2099, 1, 1)).Should().BeTrue();
        period.Contains(new LocalDate(2018, 11, 30)).Should().BeFalse();
    }

    [Fact]
    public void A_closed_period_contains_no_day_after_its_end()
    {
        var period = ProjectPeriod.Create(December2018, PartialDate.OfMonth(new YearMonth(2020, 12))).OrThrow();
        period.Contains(new DateInterval(new LocalDate(2020, 12, 30), new LocalDate(2020, 12, 31))).Should().BeTrue();
        period.Contains(new DateInterval(new LocalDate(2020, 12, 31), new LocalDate(2021, 1, 1))).Should().BeFalse();
    }

    [Fact]
    public void An_open_period_is_shown_with_two_dots() => ProjectPeriod.StartingIn(December2018).ToString().Should().Be("2018-12/..");

    [Fact]
    public void Periods_with_equal_start_and_end_are_equal()
    {
        var a = ProjectPeriod.Create(December2018, PartialDate.OfMonth(new YearMonth(2022, 1))).OrThrow();
        var b = ProjectPeriod.Create(PartialDate.OfMonth(new YearMonth(2018, 12)), PartialDate.OfMonth(new YearMonth(2022, 1))).OrThrow();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Periods_with_different_ends_differ() =>
        ProjectPeriod.StartingIn(December2018).Should().NotBe(ProjectPeriod.Create(December2018, PartialDate.OfMonth(new YearMonth(2022, 1))).OrThrow());

    [Fact]
    public void With_on_a_period_only_copies()
    {
        // Start and End are get-only, so `with { End = ... }` does not compile and cannot put the end before the start.
        var period = ProjectPeriod.StartingIn(December2018);
        var copy = period with { };
        copy.Should().Be(period);
    }
}
