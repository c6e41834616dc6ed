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
    public void A_ceiling_too_large_to_count_in_cents_is_taken_as_the_largest_countable_amount()
    {
        var huge = Money.Of(1e20m, Currency.Eur);
        var rule = CostCeilingRule.Create(huge, huge).OrThrow();

        var outcome = RuleProbe.Evaluate(rule, Baseline.Request);

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Expected.Should().Be(RuleValue.OfNumber(long.MaxValue / 100m, "EUR"));
    }

    [Fact]
    public void A_missing_soft_ceiling_is_a_programming_error() =>
        FluentActions.Invoking(() => CostCeilingRule.Create(null!, Money.Of(60_000m, Currency.Eur)))
            .Should().Throw<ArgumentNullException>().WithParameterName("softPerActivity");

    [Fact]
    public void An_estimate_in_another_currency_is_described_as_such() =>
        RuleProbe.Evaluate(CostCeilingRule.Default, Baseline.Request.InCurrency(Currency.Chf)).Actual.Unit.Should().Be("in another currency");

    [Fact]
    public void An_estimate_in_the_ceilings_currency_is_described_in_it() =>
        RuleProbe.Evaluate(CostCeilingRule.Default, Baseline.Request).Actual.Unit.Should().Be("EUR");
}
