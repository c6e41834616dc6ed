using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Eligibility;

namespace StAMM.Domain.Tests.Eligibility.Rules;

/// <summary>
/// The remaining-balance rule. In <see cref="Baseline.Context"/> SEM has EUR 400 000 left but may not be spent in
/// Albania; the Czech contribution, which may, has EUR 20 000 left.
/// </summary>
public sealed class DonorBalanceRuleTests
{
    private static RuleOutcome Outcome(RequestBuilder request, EvaluationContextBuilder? context = null) =>
        RuleProbe.Evaluate(DonorBalanceRule.Default, request, context ?? Baseline.Context);

    [Fact]
    public void A_failure_reports_the_largest_remaining_balance_among_the_earmarked_contributions_only()
    {
        var outcome = Outcome(Baseline.Request.From(Baseline.Ministry(Country.Albania)).Costing(22_000m));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Expected.Should().Be(RuleValue.OfNumber(22_000m, "EUR"));
        outcome.Actual.Should().Be(RuleValue.OfNumber(20_000m, "EUR"));
    }

    [Fact]
    public void A_balance_that_cannot_be_confirmed_warns_with_the_estimate_in_its_currency()
    {
        var unknownAmount = ContributionBalance.Untouched(Contribution.Create(Stamm.StateSecretariatForMigration).OrThrow());

        var outcome = Outcome(Baseline.Request, Baseline.Context.WithBalances(unknownAmount));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Expected.Should().Be(RuleValue.OfNumber(12_000m, "EUR"));
    }

    [Fact]
    public void A_request_without_a_cost_estimate_passes_with_an_unknown_estimate_not_zero()
    {
        var outcome = Outcome(Baseline.Request.WithoutCosts());

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Expected.Should().Be(RuleValue.Unknown());
        outcome.Message.Should().Be("The request gives no cost estimate, so no balance needs to be confirmed.");
    }

    [Fact]
    public void Contributions_of_unknown_amount_report_the_balance_as_unknown_not_zero()
    {
        var unknownAmount = ContributionBalance.Untouched(Contribution.Create(Stamm.StateSecretariatForMigration).OrThrow());

        var outcome = Outcome(Baseline.Request, Baseline.Context.WithBalances(unknownAmount));

        outcome.Actual.Should().Be(RuleValue.Unknown("EUR"));
        outcome.Actual.ToString().Should().Be("unknown");
        outcome.Message.Should().NotContain(" 0 EUR");
    }

    [Fact]
    public void An_overcommitted_contribution_reports_its_negative_balance_not_zero()
    {
        var over = ContributionBalance.Create(Baseline.CzechContribution, committed: Money.Of(310_000m, Currency.Eur)).OrThrow();

        var outcome = Outcome(Baseline.Request.From(Baseline.Ministry(Country.Albania)), Baseline.Context.WithBalances(over));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Actual.Should().Be(RuleValue.OfNumber(-10_000m, "EUR"));
    }

    [Fact]
    public void An_estimate_in_any_listed_currency_is_described_in_that_currency()
    {
        foreach (var currency in Currency.All)
        {
            var outcome = Outcome(Baseline.Request.InCurrency(currency).Costing(12_000m));

            outcome.Expected.Should().Be(RuleValue.OfNumber(12_000m, currency.Code), "the estimate is in {0}", currency.Code);
        }
    }
}
