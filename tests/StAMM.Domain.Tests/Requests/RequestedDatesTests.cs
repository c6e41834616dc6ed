using NodaTime;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Requests;

public sealed class RequestedDatesTests
{
    private static readonly LocalDate June1 = new(2025, 6, 1);
    private static readonly LocalDate June3 = new(2025, 6, 3);
    private static readonly LocalDate JulianJune1 = new(2025, 6, 1, CalendarSystem.Julian);

    [Fact]
    public void Exact_days_are_their_own_span()
    {
        var dates = RequestedDates.Exactly(June1, June3).Should().BeValid().Which;

        dates.Kind.Should().Be(RequestedDatesKind.Exact);
        dates.DurationInDays.Should().Be(3);
        dates.ExactDays.Should().Equal(June1, June1.PlusDays(1), June3);
    }

    [Fact]
    public void Exact_days_from_an_interval_equal_those_from_their_first_and_last_day()
    {
        var dates = RequestedDates.Exactly(new DateInterval(June1, June3));

        dates.Should().Be(RequestedDates.Exactly(June1, June3).OrThrow());
        dates.ExactDays.Should().Equal(June1, June1.PlusDays(1), June3);
    }

    [Fact]
    public void Exact_days_from_a_null_interval_throw() =>
        FluentActions.Invoking(() => RequestedDates.Exactly(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Exact_days_from_an_interval_in_another_calendar_throw() =>
        FluentActions.Invoking(() => RequestedDates.Exactly(new DateInterval(JulianJune1, JulianJune1.PlusDays(2))))
            .Should().Throw<ArgumentException>().WithParameterName("days");

    [Theory]
    [InlineData("start")]
    [InlineData("end")]
    public void Exact_days_in_another_calendar_are_rejected(string path) =>
        (path == "start" ? RequestedDates.Exactly(JulianJune1, June3) : RequestedDates.Exactly(June1, JulianJune1.PlusDays(2)))
            .Should().FailWithExactly(ProblemCodes.InvalidFormat, path);

    [Theory]
    [InlineData("earliestStart")]
    [InlineData("latestEnd")]
    public void A_window_in_another_calendar_is_rejected(string path) =>
        (path == "earliestStart" ? RequestedDates.Within(JulianJune1, June3, 1) : RequestedDates.Within(June1, JulianJune1.PlusDays(2), 1))
            .Should().FailWithExactly(ProblemCodes.InvalidFormat, path);

    [Fact]
    public void A_window_cannot_end_before_it_starts() =>
        RequestedDates.Within(June3, June1, 1).Should().FailWithExactly(ProblemCodes.EndBeforeStart, "latestEnd");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_activity_in_a_window_lasts_at_least_one_day(int days) =>
        RequestedDates.Within(June1, June3, days).Should().FailWithExactly(ProblemCodes.OutOfRange, "durationInDays");

    [Fact]
    public void A_one_day_activity_fits_a_one_day_window() =>
        RequestedDates.Within(June1, June1, 1).Should().BeValid().Which.Kind.Should().Be(RequestedDatesKind.Window);

    [Fact]
    public void Exact_days_are_shown_as_an_iso_interval() =>
        RequestedDates.Exactly(June1, June3).OrThrow().ToString().Should().Be("2025-06-01/2025-06-03");

    [Fact]
    public void Exact_days_differ_from_a_window_that_leaves_no_choice() =>
        RequestedDates.Exactly(June1, June3).OrThrow().Should().NotBe(RequestedDates.Within(June1, June3, 3).OrThrow());

    [Fact]
    public void Windows_with_different_earliest_starts_differ() =>
        RequestedDates.Within(June1, June3, 1).OrThrow().Should().NotBe(RequestedDates.Within(June1.PlusDays(1), June3, 1).OrThrow());

    [Fact]
    public void Equal_dates_have_equal_hash_codes() =>
        RequestedDates.Within(June1, June3, 2).OrThrow().GetHashCode().Should().Be(RequestedDates.Within(June1, June3, 2).OrThrow().GetHashCode());

    [Fact]
    public void The_equality_operators_compare_by_value()
    {
        var a = RequestedDates.Exactly(June1, June3).OrThrow();
        var b = RequestedDates.Exactly(June1, June3).OrThrow();
        var other = RequestedDates.Exactly(June1, June1).OrThrow();

        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        (a == other).Should().BeFalse();
        (a != other).Should().BeTrue();
    }

    [Fact]
    public void The_equality_operators_treat_null_as_equal_only_to_null()
    {
        RequestedDates? none = null;
        var dates = RequestedDates.Exactly(June1, June3).OrThrow();

        (none == null).Should().BeTrue();
        (none != null).Should().BeFalse();
        (none == dates).Should().BeFalse();
        (dates == none).Should().BeFalse();
        (none != dates).Should().BeTrue();
    }
}
