using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Cases;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;
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
        // Guards the generator: the properties below mean something only if the scenarios reach far. A fixed seed, so the
        // guard judges the same 200 portfolios on every run (a random draw of 60 once reached only five states on CI).
        var portfolios = Generate.Portfolio.Valid.Array[200].Generate(new PCG(7u, 2026), null, out _);
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
    public void The_bulk_fold_of_any_log_reports_the_problems_appending_it_event_by_event_reports()
    {
        // Logs a facility could not have recorded: a generated log with one event dropped, moved or repeated.
        var gen =
            from portfolio in Generate.Portfolio.Valid.Where(p => p.Events.Length >= 2)
            from mutation in Gen.Int[0, 2]
            from i in Gen.Int[0, portfolio.Events.Length - 1]
            from j in Gen.Int[0, portfolio.Events.Length - 1]
            select (portfolio, Mutate(portfolio.Events, mutation, i, j));
        gen.Sample((portfolio, log) =>
        {
            var bulk = Portfolio.Create(portfolio.Project, portfolio.RuleSets, portfolio.Contributions, log);
            var appended = AppendOneByOne(portfolio, log);
            return bulk.IsValid
                ? appended.IsValid && bulk.OrThrow() == appended.OrThrow() && SameState(bulk.OrThrow(), appended.OrThrow())
                : !appended.IsValid && bulk.Problems.SequenceEqual(appended.Problems);
        }, iter: 200);
    }

    [Fact]
    public void Appending_to_a_bulk_folded_portfolio_gives_the_bulk_fold_of_the_longer_log() =>
        Generate.Portfolio.Valid.SelectMany(p => Gen.Int[0, p.Events.Length].Select(cut => (p, cut))).Sample((portfolio, cut) =>
        {
            var head = Portfolio.Create(portfolio.Project, portfolio.RuleSets, portfolio.Contributions, portfolio.Events[..cut]).OrThrow();
            var extended = portfolio.Events[cut..].Aggregate(head, (p, e) => p.Append(e).OrThrow());
            return extended == portfolio && SameState(extended, portfolio)
                && portfolio.Events.Select(e => e.At).Distinct().All(at => SameState(extended.AsOf(at), portfolio.AsOf(at)));
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

    private static ImmutableArray<CaseEvent> Mutate(ImmutableArray<CaseEvent> events, int mutation, int i, int j) => mutation switch
    {
        0 => events.RemoveAt(i),
        1 => events.RemoveAt(i).Insert(Math.Min(j, events.Length - 1), events[i]),
        _ => events.Insert(j, events[i]),
    };

    /// <summary>The log appended event by event onto the empty portfolio; the first refusal's problems under <c>events[n]</c>.</summary>
    private static ValidationResult<Portfolio> AppendOneByOne(Portfolio like, ImmutableArray<CaseEvent> log)
    {
        var current = Portfolio.Create(like.Project, like.RuleSets, like.Contributions).OrThrow();
        for (var i = 0; i < log.Length; i++)
        {
            var next = current.Append(log[i]);
            if (!next.IsValid)
            {
                return new ValidationFailure(next.Problems).Under($"events[{i}]");
            }

            current = next.OrThrow();
        }

        return current;
    }

    private static bool SameState(Portfolio a, Portfolio b) =>
        a.Cases.SequenceEqual(b.Cases)
        && a.Cases.All(c => b.FindCase(c.Identifier) == c && a.FindCase(c.Identifier) == c)
        && a.Balances.SequenceEqual(b.Balances)
        && a.OpenRequests.SequenceEqual(b.OpenRequests)
        && a.ApprovedCases.SequenceEqual(b.ApprovedCases)
        && a.DeliveredActivities.SequenceEqual(b.DeliveredActivities)
        && a.LastChanged == b.LastChanged
        && a.ToString() == b.ToString();
}
