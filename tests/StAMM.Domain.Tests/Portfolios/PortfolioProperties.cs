using CsCheck;
using NodaTime;
using StAMM.Domain.Cases;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using static StAMM.Domain.Tests.Cases.Facility;

namespace StAMM.Domain.Tests.Portfolios;

public sealed class PortfolioProperties
{
    [Fact]
    public void Every_recorded_decision_reproduces_on_the_portfolio_as_it_stood() =>
        Generate.Portfolio.Valid.Sample(portfolio => portfolio.Check().IsEmpty, iter: 60);

    [Fact]
    public void Generated_portfolios_hold_decisions_of_both_rule_set_versions_and_cases_in_every_state()
    {
        // Guards the generator: the properties below mean something only if the scenarios reach far.
        var portfolios = Generate.Portfolio.Valid.Array[60].Single();
        var cases = portfolios.SelectMany(p => p.Cases).ToArray();

        cases.Select(c => c.State).Distinct().Should().HaveCountGreaterThanOrEqualTo(6);
        portfolios.SelectMany(p => p.Events.OfType<CaseEvaluated>()).Select(e => e.RuleSetVersion).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void Folding_the_events_again_gives_the_portfolio_built_by_appending_them() =>
        Generate.Portfolio.Valid.Sample(portfolio =>
        {
            var folded = Portfolio.Create(portfolio.Project, portfolio.RuleSets, portfolio.Contributions, portfolio.Events).OrThrow();
            return folded == portfolio
                && folded.Balances.SequenceEqual(portfolio.Balances)
                && folded.Cases.SequenceEqual(portfolio.Cases)
                && folded.OpenRequests.SequenceEqual(portfolio.OpenRequests);
        }, iter: 60);

    [Fact]
    public void The_indexed_balance_at_any_instant_is_the_balance_of_the_fold_up_to_it_and_never_overdrawn() =>
        Generate.Portfolio.Valid.Sample(portfolio => portfolio.Events.Select(e => e.At).Distinct().All(at =>
        {
            var indexed = portfolio.BalancesAsOf(at);
            return indexed.SequenceEqual(portfolio.AsOf(at).Balances)
                && indexed.All(b => b.Committed!.Amount >= 0m && b.Spent!.Amount >= 0m && b.Available!.Amount >= 0m
                    && b.Committed.Amount + b.Spent.Amount + b.Available.Amount == b.Amount!.Amount);
        }), iter: 60);

    [Fact]
    public void Approvals_in_any_order_commit_no_more_than_the_contribution_and_each_is_refused_only_for_the_balance()
    {
        var gen = Gen.Int[1, 30_000].Array[2, 6].SelectMany(amounts => Gen.Shuffle(Enumerable.Range(0, amounts.Length).ToArray()).Select(order => (amounts, order)));
        gen.Sample((amounts, order) =>
        {
            var requests = amounts.Select((_, i) => A.Request.WithIdentifier($"2026-{i:000}-BA-MoS").BuildValid()).ToArray();
            var portfolio = Empty(EligibleRules);
            foreach (var request in requests)
            {
                portfolio = portfolio.Append(CaseSubmitted.Create(request, Start, Officer).OrThrow()).OrThrow();
            }

            foreach (var request in requests)
            {
                portfolio = portfolio.Evaluate(request.Identifier, Hours(1), Officer).OrThrow();
            }

            var available = 50_000m;
            var hour = 2;
            foreach (var i in order)
            {
                var approval = portfolio.FindCase(requests[i].Identifier)!.Approve(Euros(amounts[i]), Hours(hour++), Approver).OrThrow();
                var result = portfolio.Append(approval.Event);
                if (amounts[i] <= available)
                {
                    portfolio = result.OrThrow();
                    available -= amounts[i];
                }
                else if (result.IsValid || result.Problems.Single().Code != CaseProblemCodes.BalanceExceeded)
                {
                    return false;
                }
            }

            return portfolio.Balances[1].Available == Money.Of(available, Currency.Eur) && available >= 0m;
        }, iter: 100);
    }
}
