using NodaTime;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class TotalSpanRuleTests
{
    private static readonly LocalDate Start = new(2025, 6, 15);

    private static RequestBuilder Spanning(LocalDate earliestStart, LocalDate latestEnd) => Baseline.Request.Within(earliestStart, latestEnd).Lasting(2);

    [Theory]
    [InlineData(2025, 7, 14, 1)]
    [InlineData(2025, 8, 14, 2)]
    [InlineData(2025, 8, 15, 3)]
    [InlineData(2026, 2, 20, 9)]
    public void The_span_is_counted_in_started_months(int year, int month, int day, int months)
    {
        var outcome = RuleProbe.Evaluate(TotalSpanRule.Default, Spanning(Start, new LocalDate(year, month, day)));

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Actual.Should().Be(RuleValue.OfNumber(months, "months"));
        outcome.Expected.Should().Be(RuleValue.OfNumber(12, "months"));
    }

    [Fact]
    public void A_span_ending_the_day_before_the_same_date_a_year_later_is_within_twelve_months() =>
        RuleProbe.Evaluate(TotalSpanRule.Default, Spanning(Start, new LocalDate(2026, 6, 14))).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void A_span_ending_on_the_same_date_a_year_later_goes_beyond_twelve_months()
    {
        var outcome = RuleProbe.Evaluate(TotalSpanRule.Default, Spanning(Start, new LocalDate(2026, 6, 15)));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Message.Should().Be("The request spans 13 months, beyond the short-term horizon of 12 months.");
    }

    [Fact]
    public void A_span_too_long_is_found_in_the_last_years_of_the_calendar() =>
        RuleProbe.Evaluate(TotalSpanRule.Default, Spanning(new LocalDate(9998, 6, 1), new LocalDate(9999, 6, 10))).Status.Should().Be(OutcomeStatus.Warn);

    [Fact]
    public void A_horizon_reaching_beyond_the_calendar_cannot_be_exceeded()
    {
        var rule = TotalSpanRule.Create(maxSpanMonths: 24).OrThrow();

        RuleProbe.Evaluate(rule, Spanning(new LocalDate(9998, 6, 1), new LocalDate(9999, 12, 31))).Status.Should().Be(OutcomeStatus.Pass);
    }

    [Fact]
    public void Planning_more_activities_than_usual_is_reported_in_activities()
    {
        var outcome = RuleProbe.Evaluate(TotalSpanRule.Default, Baseline.Request.Planning(8));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Expected.Should().Be(RuleValue.OfNumber(7, "activities"));
        outcome.Actual.Should().Be(RuleValue.OfNumber(8, "activities"));
        outcome.Message.Should().Be("The request asks for 8 activities, more than the usual 7 activities.");
    }

    [Fact]
    public void Planning_the_usual_number_of_activities_passes() =>
        RuleProbe.Evaluate(TotalSpanRule.Default, Baseline.Request.Planning(7)).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void Both_limits_are_at_least_one() =>
        TotalSpanRule.Create(0, 0).Should().FailWithExactly((ProblemCodes.OutOfRange, "maxSpanMonths"), (ProblemCodes.OutOfRange, "maxActivities"));

    [Fact]
    public void Limits_of_one_are_allowed_and_listed_as_parameters() =>
        TotalSpanRule.Create(1, 1).Should().BeValid().Which.Parameters.Select(p => p.ToString())
            .Should().Equal("maxSpanMonths = 1 month", "maxActivities = 1");
}
