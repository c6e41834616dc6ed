using CsCheck;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using static StAMM.Domain.Tests.Cases.Facility;

namespace StAMM.Domain.Tests.Portfolios;

/// <summary>
/// A portfolio's context is extended from the value before (its delivered project and duplicate index carried and
/// changed by the event), not built again: these specify that the extended context is the one built from the fold of
/// the same events, so every decision made on it is the same.
/// </summary>
public sealed class PortfolioContextTests
{
    [Fact]
    public void A_context_extended_event_by_event_decides_every_request_as_the_context_built_from_the_fold() =>
        Generate.Portfolio.Valid.Sample(portfolio => ExtendedMatchesBuilt(portfolio), iter: 40);

    [Fact]
    public void A_context_extended_over_long_lives_of_many_cases_decides_as_the_context_built_from_the_fold() =>
        Generate.Portfolio.Sized(10, 50, 400).Sample(portfolio => ExtendedMatchesBuilt(portfolio), iter: 6);

    [Fact]
    public void Over_more_changes_than_an_index_keeps_the_extended_context_still_counts_every_duplicate()
    {
        // 300 workshops of one ministry, a third withdrawn: more than 256 changes, so the extended index is built
        // again on the way; each request overlaps the ones around it.
        var rules = StammRuleSet.Default;
        var portfolio = Portfolio.Create(Stamm.Project, [rules], [Swiss, Czech]).OrThrow();
        var requests = Enumerable.Range(0, 300)
            .Select(i => A.Request.WithIdentifier($"2026-{i:000}-BA-MoS").StartingOn(new LocalDate(2026, 9, 1).PlusDays(i / 3)).Lasting(2).BuildValid())
            .ToArray();
        for (var i = 0; i < requests.Length; i++)
        {
            var at = Start.Plus(Duration.FromMinutes(i));
            _ = portfolio.ContextAt(at); // the context is asked before every event, so the next value extends it
            portfolio = portfolio.Append(CaseSubmitted.Create(requests[i], at, Officer).OrThrow()).OrThrow();
            if (i % 3 == 2)
            {
                _ = portfolio.ContextAt(at.Plus(Duration.FromSeconds(1)));
                portfolio = portfolio.Append(portfolio.FindCase(requests[i].Identifier)!.Withdraw("No longer needed.", at.Plus(Duration.FromSeconds(1)), Requester).OrThrow().Event).OrThrow();
            }
        }

        var extended = portfolio.ContextOn(new LocalDate(2026, 8, 1));
        var built = Portfolio.Create(portfolio.Project, portfolio.RuleSets, portfolio.Contributions, portfolio.Events).OrThrow().ContextOn(new LocalDate(2026, 8, 1));
        var evaluator = new Evaluator(rules);

        extended.OpenRequests.Should().HaveCount(200).And.Equal(built.OpenRequests);
        requests.Should().AllSatisfy(r => DecisionEquality.Same(evaluator.Evaluate(r, extended), evaluator.Evaluate(r, built)).Should().BeTrue(r.Identifier));
        evaluator.Evaluate(requests[150], extended).Case.OutcomeOf("REQ-NO-DUPLICATE")!.Value.Status.Should().NotBe(OutcomeStatus.Pass);
    }

    /// <summary>
    /// Appends the portfolio's events one by one onto its empty form, asking for the context before each so that the
    /// next value extends it, and compares each extended context with the one the fold of the same events builds.
    /// </summary>
    private static bool ExtendedMatchesBuilt(Portfolio portfolio)
    {
        var probes = portfolio.Cases.Select(c => c.Request).ToArray();
        var current = Portfolio.Create(portfolio.Project, portfolio.RuleSets, portfolio.Contributions).OrThrow();
        foreach (var e in portfolio.Events)
        {
            _ = current.ContextAt(e.At.Plus(Duration.FromTicks(1)));
            current = current.Append(e).OrThrow();
            var day = e.At.InUtc().Date;
            var extended = current.ContextOn(day);
            var built = Portfolio.Create(current.Project, current.RuleSets, current.Contributions, current.Events).OrThrow().ContextOn(day);
            if (extended.Project != built.Project
                || !extended.OpenRequests.SequenceEqual(built.OpenRequests)
                || !extended.Balances.SequenceEqual(built.Balances)
                || current.DeliveredProject != built.Project)
            {
                return false;
            }

            // Each request with the rule set in force when it was submitted and on the day, that day at the earliest
            // (as Portfolio.Evaluate takes them).
            foreach (var r in probes)
            {
                var asOf = LocalDate.Max(day, r.SubmittedOn);
                if (current.RuleSetInForceOn(r.SubmittedOn) is not { } set || !set.IsInForceOn(asOf))
                {
                    continue;
                }

                var evaluator = new Evaluator(set);
                if (!DecisionEquality.Same(evaluator.Evaluate(r, extended.WithAsOf(asOf)), evaluator.Evaluate(r, built.WithAsOf(asOf))))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
