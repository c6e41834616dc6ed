using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Projects;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Portfolios;

/// <summary>
/// The fold of a portfolio's events: its cases and each contribution's running committed and spent amounts. The one
/// place where the portfolio's rules (time order, one case per request, rule-set versions, balances, the project's
/// fit) are checked. Persistent: <see cref="With"/> shares all but O(log n) of the ledger it extends, so appending an
/// event to a portfolio does not fold its history again.
/// </summary>
internal sealed class PortfolioLedger
{
    private readonly Parts _parts;
    private readonly ImmutableDictionary<string, AssistanceCase> _cases;
    private readonly ImmutableList<string> _order;
    private readonly ImmutableArray<decimal> _committed;
    private readonly ImmutableArray<decimal> _spent;

    private PortfolioLedger(
        Parts parts,
        ImmutableDictionary<string, AssistanceCase> cases,
        ImmutableList<string> order,
        ImmutableArray<decimal> committed,
        ImmutableArray<decimal> spent,
        Instant? lastChanged)
    {
        _parts = parts;
        _cases = cases;
        _order = order;
        _committed = committed;
        _spent = spent;
        LastChanged = lastChanged;
    }

    public Instant? LastChanged { get; }

    public int CaseCount => _order.Count;

    public IEnumerable<AssistanceCase> Cases => _order.Select(id => _cases[id]);

    public AssistanceCase? Find(string caseId) => _cases.GetValueOrDefault(caseId);

    public static PortfolioLedger Empty(TechnicalAssistanceProject project, ImmutableArray<Contribution> contributions, ImmutableArray<RuleSet> ruleSets)
    {
        var zeros = ImmutableArray.Create(new decimal[contributions.Length]);
        return new PortfolioLedger(
            new Parts(project, contributions, ruleSets),
            ImmutableDictionary.Create<string, AssistanceCase>(StringComparer.Ordinal),
            [],
            zeros,
            zeros,
            null);
    }

    /// <summary>Folds events; the problems of the first event not allowed, under <c>events[n]</c>.</summary>
    public static ValidationResult<PortfolioLedger> Fold(
        TechnicalAssistanceProject project, ImmutableArray<Contribution> contributions, ImmutableArray<RuleSet> ruleSets, ImmutableArray<CaseEvent> events)
    {
        var ledger = Empty(project, contributions, ruleSets);
        for (var i = 0; i < events.Length; i++)
        {
            var problems = new ProblemCollector();
            ledger.Check(problems, events[i]);
            if (problems.HasProblems)
            {
                var under = new ProblemCollector();
                under.AddAll(problems.ToFailure(), $"events[{i}]");
                return under.ToFailure();
            }

            ledger = ledger.With(events[i]);
        }

        return ledger;
    }

    /// <summary>
    /// What an event moves on a contribution: the contribution's index and the change of its committed and spent
    /// amounts (in its currency), or <see langword="null"/> when the event moves no money. Approval commits; delivery
    /// turns the actual cost into spend; closing releases what the delivery did not spend; cancelling releases all.
    /// </summary>
    /// <param name="contributions">The portfolio's contributions.</param>
    /// <param name="before">The case before the event; <see langword="null"/> for a submission.</param>
    /// <param name="e">An event allowed after <paramref name="before"/>.</param>
    public static (int Contribution, decimal Committed, decimal Spent)? Movement(ImmutableArray<Contribution> contributions, AssistanceCase? before, CaseEvent e)
    {
        switch (e)
        {
            case CaseApproved approved:
                return (contributions.IndexOf(approved.Commitment.Contribution), approved.Commitment.InContributionCurrency.Amount, 0m);
            case CaseCancelled:
                var cancelled = before!.Commitment!;
                return (contributions.IndexOf(cancelled.Contribution), -cancelled.InContributionCurrency.Amount, 0m);
            case CaseDelivered delivered:
                var spent = Spent(before!.Commitment!, delivered);
                return (contributions.IndexOf(before.Commitment!.Contribution), -spent, spent);
            case CaseClosed:
                var closed = before!.Commitment!;
                return (contributions.IndexOf(closed.Contribution), -(closed.InContributionCurrency.Amount - Spent(closed, before.Delivery!)), 0m);
            default:
                return null;
        }
    }

    /// <summary>Checks every rule, of the case and of the portfolio, for the next event.</summary>
    public void Check(ProblemCollector problems, CaseEvent e)
    {
        if (LastChanged is { } last && e.At < last)
        {
            problems.Add(CaseProblemCodes.OutOfOrder, "at", $"The event ({InstantPattern.ExtendedIso.Format(e.At)}) is earlier than the portfolio's last event ({InstantPattern.ExtendedIso.Format(last)}); events are recorded in time order.");
        }

        if (e is CaseSubmitted)
        {
            if (_cases.ContainsKey(e.CaseId))
            {
                problems.Add(ProblemCodes.Duplicate, "caseId", $"The portfolio holds a case '{e.CaseId}' already.");
            }
        }
        else if (_cases.TryGetValue(e.CaseId, out var current))
        {
            current.Check(problems, e);
        }
        else
        {
            problems.Add(CaseProblemCodes.UnknownCase, "caseId", $"The portfolio holds no case '{e.CaseId}'.");
        }

        switch (e)
        {
            case CaseEvaluated evaluated when FindRuleSet(evaluated.RuleSetName, evaluated.RuleSetVersion) is null:
                problems.Add(CaseProblemCodes.UnknownRuleSet, "decision", $"The portfolio holds no rule set {evaluated.RuleSetName} {evaluated.RuleSetVersion}, so the decision could not be replayed.");
                break;
            case CaseApproved approved:
                CheckBalance(problems, approved.Commitment);
                break;
            case CaseDelivered delivered:
                CheckFit(problems, delivered);
                break;
        }
    }

    /// <summary>The ledger after an event that <see cref="Check"/> allowed.</summary>
    public PortfolioLedger With(CaseEvent e)
    {
        if (e is CaseSubmitted submitted)
        {
            return new PortfolioLedger(_parts, _cases.Add(e.CaseId, AssistanceCase.Open(submitted)), _order.Add(e.CaseId), _committed, _spent, e.At);
        }

        var before = _cases[e.CaseId];
        var committed = _committed;
        var spent = _spent;
        if (Movement(_parts.Contributions, before, e) is { } move)
        {
            committed = committed.SetItem(move.Contribution, committed[move.Contribution] + move.Committed);
            spent = spent.SetItem(move.Contribution, spent[move.Contribution] + move.Spent);
        }

        return new PortfolioLedger(_parts, _cases.SetItem(e.CaseId, before.Apply(e)), _order, committed, spent, e.At);
    }

    public RuleSet? FindRuleSet(string name, string version)
    {
        foreach (var set in _parts.RuleSets)
        {
            if (set.Name == name && set.Version == version)
            {
                return set;
            }
        }

        return null;
    }

    /// <summary>A contribution's position after the last event.</summary>
    public ContributionPosition Position(int contribution) =>
        new(_parts.Contributions[contribution], _committed[contribution], _spent[contribution]);

    private static decimal Spent(Commitment commitment, CaseDelivered delivery) =>
        delivery.TotalCost is { } total ? commitment.ToContributionCurrency(total).Amount : 0m;

    private void CheckBalance(ProblemCollector problems, Commitment commitment)
    {
        var index = _parts.Contributions.IndexOf(commitment.Contribution);
        if (index < 0)
        {
            problems.Add(CaseProblemCodes.ContributionNotInPortfolio, "commitment.contribution", $"The portfolio holds no contribution {commitment.Contribution}.");
            return;
        }

        if (Position(index).Available is { } available && commitment.InContributionCurrency > available)
        {
            problems.Add(CaseProblemCodes.BalanceExceeded, "commitment.amount", $"The commitment ({commitment.InContributionCurrency}) exceeds what is available of {commitment.Contribution} ({available}).");
        }
    }

    private void CheckFit(ProblemCollector problems, CaseDelivered delivered)
    {
        // The project as given holds its own activities; a delivered case's activity fits when the project takes it
        // (its period, scope, donors, thematic areas, and an identifier not used by the project's activities).
        if (_parts.Project.WithActivity(delivered.Activity).TryPickT1(out var failure, out _))
        {
            foreach (var problem in failure.Problems)
            {
                var close = problem.Path.IndexOf(']', StringComparison.Ordinal);
                var path = problem.Path.StartsWith("activities[", StringComparison.Ordinal) && close > 0
                    ? "activity" + problem.Path[(close + 1)..]
                    : "activity";
                problems.Add(problem.Code, path, problem.Message);
            }
        }
    }

    private sealed record Parts(TechnicalAssistanceProject Project, ImmutableArray<Contribution> Contributions, ImmutableArray<RuleSet> RuleSets);
}
