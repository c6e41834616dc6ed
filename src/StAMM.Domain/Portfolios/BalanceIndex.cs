using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Cases;
using StAMM.Domain.Finance;

namespace StAMM.Domain.Portfolios;

/// <summary>
/// Per contribution, the instants at which its money moved and the cumulative committed and spent amounts after each
/// move: a prefix-sum index over instants, built in one pass over a portfolio's (already checked) events, so the
/// position at any past instant is a binary search, O(log n).
/// </summary>
internal sealed class BalanceIndex
{
    private readonly ImmutableArray<Contribution> _contributions;
    private readonly Instant[][] _instants;
    private readonly decimal[][] _committed;
    private readonly decimal[][] _spent;

    private BalanceIndex(ImmutableArray<Contribution> contributions, Instant[][] instants, decimal[][] committed, decimal[][] spent)
    {
        _contributions = contributions;
        _instants = instants;
        _committed = committed;
        _spent = spent;
    }

    /// <summary>Builds the index from events a ledger has allowed, with the ledger's own rule for what each moves.</summary>
    public static BalanceIndex Build(ImmutableArray<Contribution> contributions, ImmutableArray<CaseEvent> events)
    {
        var instants = new List<Instant>[contributions.Length];
        var committed = new List<decimal>[contributions.Length];
        var spent = new List<decimal>[contributions.Length];
        for (var i = 0; i < contributions.Length; i++)
        {
            instants[i] = [];
            committed[i] = [];
            spent[i] = [];
        }

        var cases = new Dictionary<string, AssistanceCase>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e is CaseSubmitted submitted)
            {
                cases[e.CaseId] = AssistanceCase.Open(submitted);
                continue;
            }

            var before = cases[e.CaseId];
            if (PortfolioLedger.Movement(contributions, before, e) is { } move)
            {
                var at = move.Contribution;
                var last = instants[at].Count - 1;
                instants[at].Add(e.At);
                committed[at].Add((last < 0 ? 0m : committed[at][last]) + move.Committed);
                spent[at].Add((last < 0 ? 0m : spent[at][last]) + move.Spent);
            }

            cases[e.CaseId] = before.Apply(e);
        }

        return new BalanceIndex(
            contributions,
            [.. instants.Select(l => l.ToArray())],
            [.. committed.Select(l => l.ToArray())],
            [.. spent.Select(l => l.ToArray())]);
    }

    /// <summary>The position of a contribution after its last move at or before an instant.</summary>
    public ContributionPosition PositionAt(int contribution, Instant at)
    {
        var instants = _instants[contribution];

        // The number of moves at or before the instant: the first index whose instant is later.
        var lo = 0;
        var hi = instants.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (instants[mid] <= at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0
            ? new ContributionPosition(_contributions[contribution], 0m, 0m)
            : new ContributionPosition(_contributions[contribution], _committed[contribution][lo - 1], _spent[contribution][lo - 1]);
    }
}
