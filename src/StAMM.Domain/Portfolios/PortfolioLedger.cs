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
/// The fold of a portfolio's events: the cases and, per contribution, the running committed and spent amounts with
/// a prefix index over instants. Built once per portfolio value, in one pass over the events; the one place where
/// the portfolio's rules (time order, balances, the project's fit) are checked.
/// </summary>
internal sealed class PortfolioLedger
{
    private readonly TechnicalAssistanceProject _project;
    private readonly ImmutableArray<Contribution> _contributions;
    private readonly ImmutableArray<RuleSet> _ruleSets;
    private readonly Dictionary<string, AssistanceCase> _cases = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly ContributionIndex[] _indexes;

    public PortfolioLedger(TechnicalAssistanceProject project, ImmutableArray<Contribution> contributions, ImmutableArray<RuleSet> ruleSets)
    {
        _project = project;
        _contributions = contributions;
        _ruleSets = ruleSets;
        _indexes = new ContributionIndex[contributions.Length];
        for (var i = 0; i < _indexes.Length; i++)
        {
            _indexes[i] = new ContributionIndex();
        }
    }

    public Instant? LastChanged { get; private set; }

    public int CaseCount => _order.Count;

    public IEnumerable<AssistanceCase> Cases => _order.Select(id => _cases[id]);

    public AssistanceCase? Find(string caseId) => _cases.GetValueOrDefault(caseId);

    /// <summary>Folds events; the problems of the first event not allowed, under <c>events[n]</c>.</summary>
    public static ValidationResult<PortfolioLedger> Fold(
        TechnicalAssistanceProject project, ImmutableArray<Contribution> contributions, ImmutableArray<RuleSet> ruleSets, ImmutableArray<CaseEvent> events)
    {
        var ledger = new PortfolioLedger(project, contributions, ruleSets);
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

            ledger.Apply(events[i]);
        }

        return ledger;
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

    /// <summary>Applies an event that <see cref="Check"/> allowed.</summary>
    public void Apply(CaseEvent e)
    {
        LastChanged = e.At;
        if (e is CaseSubmitted submitted)
        {
            _cases.Add(e.CaseId, AssistanceCase.Open(submitted));
            _order.Add(e.CaseId);
            return;
        }

        var before = _cases[e.CaseId];
        _cases[e.CaseId] = before.Apply(e);
        switch (e)
        {
            case CaseApproved approved:
                Move(approved.Commitment, e.At, approved.Commitment.InContributionCurrency.Amount, 0m);
                break;
            case CaseCancelled:
                Move(before.Commitment!, e.At, -before.Commitment!.InContributionCurrency.Amount, 0m);
                break;
            case CaseDelivered delivered:
                var spent = Spent(before.Commitment!, delivered);
                Move(before.Commitment!, e.At, -spent, spent);
                break;
            case CaseClosed:
                var commitment = before.Commitment!;
                Move(commitment, e.At, -(commitment.InContributionCurrency.Amount - Spent(commitment, before.Delivery!)), 0m);
                break;
        }
    }

    public RuleSet? FindRuleSet(string name, string version)
    {
        foreach (var set in _ruleSets)
        {
            if (set.Name == name && set.Version == version)
            {
                return set;
            }
        }

        return null;
    }

    /// <summary>The position of a contribution at an instant: a binary search in its prefix index.</summary>
    public ContributionPosition PositionAt(int contribution, Instant? at) =>
        _indexes[contribution].PositionAt(_contributions[contribution], at);

    private static decimal Spent(Commitment commitment, CaseDelivered delivery) =>
        delivery.TotalCost is { } total ? commitment.ToContributionCurrency(total).Amount : 0m;

    private void Move(Commitment commitment, Instant at, decimal committed, decimal spent) =>
        _indexes[_contributions.IndexOf(commitment.Contribution)].Record(at, committed, spent);

    private void CheckBalance(ProblemCollector problems, Commitment commitment)
    {
        var index = _contributions.IndexOf(commitment.Contribution);
        if (index < 0)
        {
            problems.Add(CaseProblemCodes.ContributionNotInPortfolio, "commitment.contribution", $"The portfolio holds no contribution {commitment.Contribution}.");
            return;
        }

        var position = PositionAt(index, null);
        if (position.Available is { } available && commitment.InContributionCurrency > available)
        {
            problems.Add(CaseProblemCodes.BalanceExceeded, "commitment.amount", $"The commitment ({commitment.InContributionCurrency}) exceeds what is available of {commitment.Contribution} ({available}).");
        }
    }

    private void CheckFit(ProblemCollector problems, CaseDelivered delivered)
    {
        // The project as given holds its own activities; a delivered case's activity fits when the project takes it
        // (its period, scope, donors, and an identifier not used by the project's activities).
        if (_project.WithActivity(delivered.Activity).TryPickT1(out var failure, out _))
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

    /// <summary>The running committed and spent amounts of one contribution, after each change, by instant.</summary>
    private sealed class ContributionIndex
    {
        private readonly List<Instant> _instants = [];
        private readonly List<decimal> _committed = [];
        private readonly List<decimal> _spent = [];

        public void Record(Instant at, decimal committed, decimal spent)
        {
            var last = _instants.Count - 1;
            _instants.Add(at);
            _committed.Add((last < 0 ? 0m : _committed[last]) + committed);
            _spent.Add((last < 0 ? 0m : _spent[last]) + spent);
        }

        /// <summary>The position after the last change at or before <paramref name="at"/> (the latest for null).</summary>
        public ContributionPosition PositionAt(Contribution contribution, Instant? at)
        {
            var count = _instants.Count;
            if (at is { } instant)
            {
                // The number of changes at or before the instant: the first index whose instant is later.
                var lo = 0;
                var hi = count;
                while (lo < hi)
                {
                    var mid = (lo + hi) >>> 1;
                    if (_instants[mid] <= instant)
                    {
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                count = lo;
            }

            return count == 0
                ? new ContributionPosition(contribution, 0m, 0m)
                : new ContributionPosition(contribution, _committed[count - 1], _spent[count - 1]);
        }
    }
}
