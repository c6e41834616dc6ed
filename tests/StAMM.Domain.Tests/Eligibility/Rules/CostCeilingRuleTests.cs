using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class CostCeilingRuleTests
{
    [Fact]
    public void A_ceiling_is_above_zero() =>
        CostCeilingRule.Create(Money.Zero(Currency.Eur), Money.Of(60_000m, Currency.Eur)).Should().FailWithExactly(ProblemCodes.OutOfRange, "softPerActivity");

    [Fact]
    public void The_hard_ceiling_is_above_zero_too() =>
        CostCeilingRule.Create(Money.Of(25_000m, Currency.Eur), Money.Zero(Currency.Eur)).Should().FailWithExactly(ProblemCodes.OutOfRange, "hardPerRequest");

    [Fact]
    public void Both_ceilings_share_one_currency() =>
        CostCeilingRule.Create(Money.Of(25_000m, Currency.Eur), Money.Of(60_000m, Currency.Chf)).Should().FailWithExactly(ProblemCodes.CurrencyMismatch, "hardPerRequest");

    [Fact]
    public void A_ceiling_too_large_to_count_in_cents_is_compared_as_the_largest_countable_amount_and_shown_as_given()
    {
        var huge = Money.Of(1e20m, Currency.Eur);
        var rule = CostCeilingRule.Create(huge, huge).OrThrow();

        var outcome = RuleProbe.Evaluate(rule, Baseline.Request);

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Expected.Should().Be(RuleValue.OfNumber(1e20m, "EUR"));
    }

    [Fact]
    public void A_cost_beyond_what_cents_hold_fails_and_is_not_reported_as_the_saturated_figure()
    {
        var outcome = RuleProbe.Evaluate(CostCeilingRule.Default, Baseline.Request.Costing(decimal.MaxValue));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Actual.Kind.Should().Be(RuleValueKind.Text);
        outcome.Actual.Text.Should().Be("more than 92233720368547758.07 EUR, beyond what can be compared exactly");
        outcome.Message.Should().NotContain("(92233720368547758.07 EUR)");
    }

    [Fact]
    public void A_cost_in_another_currency_without_a_rate_names_the_currency_and_the_missing_rate()
    {
        var outcome = RuleProbe.Evaluate(CostCeilingRule.Default, Baseline.Request.InCurrency(Currency.Chf).Costing(12_000m));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Should().Be(RuleValue.OfNumber(12_000m, "CHF"));
        outcome.ExchangeRate.Should().BeNull();
        outcome.Message.Should().Be("The estimate (12000 CHF) is in CHF and no exchange rate to EUR was given, so it cannot be compared with the ceiling of 60000 EUR.");
    }

    [Fact]
    public void A_given_exchange_rate_converts_the_cost_and_the_outcome_shows_it()
    {
        var rate = ExchangeRate.Create(Currency.Chf, Currency.Eur, 1.05m, "ECB reference rate", Baseline.Submission).OrThrow();
        var context = EvaluationContext.CreateAsOf(Baseline.Context.BuildValid().Project, Baseline.Submission, exchangeRates: [rate]).OrThrow();
        var request = Baseline.Request.InCurrency(Currency.Chf).Costing(60_000m).BuildValid();

        var outcome = CostCeilingRule.Default.Evaluate(new EvaluationInput(request, context));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Actual.Should().Be(RuleValue.OfNumber(63_000m, "EUR"));
        outcome.ExchangeRate.Should().Be(rate);
        outcome.Message.Should().Be("The request's cost (63000 EUR, converted from CHF at 1 CHF = 1.05 EUR (ECB reference rate, 2025-03-03)) is above the ceiling of 60000 EUR.");
    }

    [Fact]
    public void A_rate_for_another_pair_is_not_used()
    {
        var rate = ExchangeRate.Create(Currency.Usd, Currency.Eur, 0.9m, "ECB reference rate", Baseline.Submission).OrThrow();
        var context = EvaluationContext.CreateAsOf(Baseline.Context.BuildValid().Project, Baseline.Submission, exchangeRates: [rate]).OrThrow();

        var outcome = CostCeilingRule.Default.Evaluate(new EvaluationInput(Baseline.Request.InCurrency(Currency.Chf).Costing(12_000m).BuildValid(), context));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.ExchangeRate.Should().BeNull();
    }

    [Fact]
    public void A_request_without_a_cost_is_not_checked_and_its_cost_reads_as_unknown()
    {
        var outcome = RuleProbe.Evaluate(CostCeilingRule.Default, Baseline.Request.WithoutCosts());

        outcome.Status.Should().Be(OutcomeStatus.NotApplicable);
        outcome.Actual.Should().Be(RuleValue.Unknown("EUR"));
        outcome.Message.Should().Contain("no cost estimate");
    }

    [Fact]
    public void A_missing_soft_ceiling_is_a_programming_error() =>
        FluentActions.Invoking(() => CostCeilingRule.Create(null!, Money.Of(60_000m, Currency.Eur)))
            .Should().Throw<ArgumentNullException>().WithParameterName("softPerActivity");

    [Fact]
    public void An_estimate_in_another_currency_is_described_in_that_currency() =>
        RuleProbe.Evaluate(CostCeilingRule.Default, Baseline.Request.InCurrency(Currency.Chf)).Actual.Unit.Should().Be("CHF");

    [Fact]
    public void An_estimate_in_the_ceilings_currency_is_described_in_it() =>
        RuleProbe.Evaluate(CostCeilingRule.Default, Baseline.Request).Actual.Unit.Should().Be("EUR");
}
