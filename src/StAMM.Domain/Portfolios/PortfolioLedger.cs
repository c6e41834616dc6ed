using System.Collections.Immutable;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Activities;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Projects;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Portfolios;

/// <summary>
/// The fold of a portfolio's events: its cases and each contribution's running committed and spent amounts. The one
/// place where the portfolio's rules (time order, one case per request, rule-set versions, balances, the project's
/// fit) are checked.
/// </summary>
/// <remarks>
/// Two layers: a base folded in bulk by <see cref="Fold"/> with mutable builders (a <see cref="Dictionary{TKey,TValue}"/>
/// of cases, a list of their order), linear in the events and never changed once frozen; and a persistent overlay that
/// <see cref="With"/> extends in O(log m) for the m events appended since, sharing all the rest, so appending an event
/// to a portfolio does not fold its history again. Both folds check an event with the same <see cref="CheckEvent"/>.
/// Each ledger has its <see cref="ContextBasis"/>: built from its cases on first use, or, when the ledger it extends
/// has one already, extended by the event.
/// </remarks>
internal sealed class PortfolioLedger
{
    private static readonly Dictionary<string, AssistanceCase> NoCases = new(StringComparer.Ordinal);

    private readonly Parts _parts;
    private readonly Dictionary<string, AssistanceCase> _base;
    private readonly string[] _baseOrder;
    private readonly ImmutableDictionary<string, AssistanceCase> _overlay;
    private readonly ImmutableList<string> _added;
    private readonly ImmutableArray<decimal> _committed;
    private readonly ImmutableArray<decimal> _spent;
    private readonly Activity[] _baseDelivered;
    private readonly ImmutableList<Activity> _deliveredAdded;
    private readonly DerivedValue<ContextBasis> _basis;

    private PortfolioLedger(
        Parts parts,
        Dictionary<string, AssistanceCase> baseCases,
        string[] baseOrder,
        ImmutableDictionary<string, AssistanceCase> overlay,
        ImmutableList<string> added,
        ImmutableArray<decimal> committed,
        ImmutableArray<decimal> spent,
        Activity[] baseDelivered,
        ImmutableList<Activity> deliveredAdded,
        ContextBasis? basis,
        Instant? lastChanged)
    {
        _parts = parts;
        _base = baseCases;
        _baseOrder = baseOrder;
        _overlay = overlay;
        _added = added;
        _committed = committed;
        _spent = spent;
        _baseDelivered = baseDelivered;
        _deliveredAdded = deliveredAdded;
        _basis = basis is null ? new DerivedValue<ContextBasis>(() => ContextBasis.Build(parts.Project, this)) : new DerivedValue<ContextBasis>(basis);
        LastChanged = lastChanged;
    }

    public Instant? LastChanged { get; }

    public int CaseCount => _baseOrder.Length + _added.Count;

    /// <summary>The activities delivered through the cases, in the order delivered.</summary>
    public IEnumerable<Activity> Delivered => _baseDelivered.Concat(_deliveredAdded);

    /// <summary>How many activities were delivered.</summary>
    public int DeliveredCount => _baseDelivered.Length + _deliveredAdded.Count;

    /// <summary>The part of the evaluation context that grows with the cases.</summary>
    public ContextBasis Basis => _basis.Value;

    public IEnumerable<AssistanceCase> Cases => _baseOrder.Concat(_added).Select(id => Find(id)!);

    public AssistanceCase? Find(string caseId) =>
        _overlay.TryGetValue(caseId, out var changed) ? changed : _base.GetValueOrDefault(caseId);

    public static PortfolioLedger Empty(TechnicalAssistanceProject project, ImmutableArray<Contribution> contributions, ImmutableArray<RuleSet> ruleSets)
    {
        var zeros = ImmutableArray.Create(new decimal[contributions.Length]);
        return new PortfolioLedger(
            new Parts(project, contributions, ruleSets),
            NoCases,
            [],
            ImmutableDictionary.Create<string, AssistanceCase>(StringComparer.Ordinal),
            [],
            zeros,
            zeros,
            [],
            [],
            null,
            null);
    }

    /// <summary>
    /// Folds events in bulk, checking each with <see cref="CheckEvent"/> exactly as <see cref="Check"/> does before <see cref="With"/> (the same
    /// rules, problems and order), in time and memory linear in the events; the problems of the first event not
    /// allowed, under <c>events[n]</c>.
    /// </summary>
    public static ValidationResult<PortfolioLedger> Fold(
        TechnicalAssistanceProject project, ImmutableArray<Contribution> contributions, ImmutableArray<RuleSet> ruleSets, ImmutableArray<CaseEvent> events)
    {
        var parts = new Parts(project, contributions, ruleSets);
        var cases = new Dictionary<string, AssistanceCase>(StringComparer.Ordinal);
        var order = new List<string>();
        var committed = new decimal[contributions.Length];
        var spent = new decimal[contributions.Length];
        var delivered = new List<Activity>();
        Instant? last = null;
        var problems = new ProblemCollector();
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var current = cases.GetValueOrDefault(e.CaseId);
            CheckEvent(problems, parts, last, current, committed, spent, e);
            if (problems.HasProblems)
            {
                var under = new ProblemCollector();
                under.AddAll(problems.ToFailure(), $"events[{i}]");
                return under.ToFailure();
            }

            if (current is null)
            {
                cases.Add(e.CaseId, AssistanceCase.Open((CaseSubmitted)e));
                order.Add(e.CaseId);
            }
            else
            {
                if (Movement(contributions, current, e) is { } move)
                {
                    committed[move.Contribution] += move.Committed;
                    spent[move.Contribution] += move.Spent;
                }

                var next = current.Apply(e);
                if (current.Delivery is null && next.Delivery is { } delivery)
                {
                    delivered.Add(delivery.Activity);
                }

                cases[e.CaseId] = next;
            }

            last = e.At;
        }

        return new PortfolioLedger(
            parts,
            cases.Count == 0 ? NoCases : cases,
            [.. order],
            ImmutableDictionary.Create<string, AssistanceCase>(StringComparer.Ordinal),
            [],
            ImmutableArray.Create(committed),
            ImmutableArray.Create(spent),
            [.. delivered],
            [],
            null,
            last);
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
    public void Check(ProblemCollector problems, CaseEvent e) =>
        CheckEvent(problems, _parts, LastChanged, Find(e.CaseId), _committed.AsSpan(), _spent.AsSpan(), e);

    /// <summary>The ledger after an event that <see cref="Check(ProblemCollector, CaseEvent)"/> allowed.</summary>
    public PortfolioLedger With(CaseEvent e)
    {
        var before = e is CaseSubmitted ? null : Find(e.CaseId)!;
        var after = before is null ? AssistanceCase.Open((CaseSubmitted)e) : before.Apply(e);
        var basis = _basis.IsDerived ? _basis.Value.With(before, after) : null;
        if (before is null)
        {
            return new PortfolioLedger(_parts, _base, _baseOrder, _overlay.Add(e.CaseId, after), _added.Add(e.CaseId), _committed, _spent, _baseDelivered, _deliveredAdded, basis, e.At);
        }

        var committed = _committed;
        var spent = _spent;
        if (Movement(_parts.Contributions, before, e) is { } move)
        {
            committed = committed.SetItem(move.Contribution, committed[move.Contribution] + move.Committed);
            spent = spent.SetItem(move.Contribution, spent[move.Contribution] + move.Spent);
        }

        var delivered = before.Delivery is null && after.Delivery is { } delivery ? _deliveredAdded.Add(delivery.Activity) : _deliveredAdded;
        return new PortfolioLedger(_parts, _base, _baseOrder, _overlay.SetItem(e.CaseId, after), _added, committed, spent, _baseDelivered, delivered, basis, e.At);
    }

    public RuleSet? FindRuleSet(string name, string version) => FindRuleSet(_parts, name, version);

    /// <summary>
    /// The evaluation context of the portfolio this ledger folds, as of a day: the basis extended from the ledger before
    /// (<see cref="Basis"/>), the balances after the last event, and the open requests listed only if asked, from this
    /// ledger (a context that a decision keeps keeps no portfolio value and its event list).
    /// </summary>
    public EvaluationContext Context(LocalDate asOf)
    {
        var basis = Basis;
        var balances = new ContributionBalance[_parts.Contributions.Length];
        for (var i = 0; i < balances.Length; i++)
        {
            balances[i] = Position(i).ToBalance();
        }

        return EvaluationContext.OfPortfolio(basis.DeliveredProject, balances, () => ContextBasis.PendingOf(this), basis.Index, asOf);
    }

    /// <summary>A contribution's position after the last event.</summary>
    public ContributionPosition Position(int contribution) =>
        new(_parts.Contributions[contribution], _committed[contribution], _spent[contribution]);

    /// <summary>
    /// Checks every rule, of the case and of the portfolio, for the next event after <paramref name="last"/>, on the
    /// case it is of (<see langword="null"/> when the portfolio holds none) and the running amounts.
    /// </summary>
    private static void CheckEvent(
        ProblemCollector problems, Parts parts, Instant? last, AssistanceCase? current, ReadOnlySpan<decimal> committed, ReadOnlySpan<decimal> spent, CaseEvent e)
    {
        if (last is { } lastAt && e.At < lastAt)
        {
            problems.Add(CaseProblemCodes.OutOfOrder, "at", $"The event ({InstantPattern.ExtendedIso.Format(e.At)}) is earlier than the portfolio's last event ({InstantPattern.ExtendedIso.Format(lastAt)}); events are recorded in time order.");
        }

        if (e is CaseSubmitted)
        {
            if (current is not null)
            {
                problems.Add(ProblemCodes.Duplicate, "caseId", $"The portfolio holds a case '{e.CaseId}' already.");
            }
        }
        else if (current is not null)
        {
            current.Check(problems, e);
        }
        else
        {
            problems.Add(CaseProblemCodes.UnknownCase, "caseId", $"The portfolio holds no case '{e.CaseId}'.");
        }

        switch (e)
        {
            case CaseEvaluated evaluated when FindRuleSet(parts, evaluated.RuleSetName, evaluated.RuleSetVersion) is null:
                problems.Add(CaseProblemCodes.UnknownRuleSet, "decision", $"The portfolio holds no rule set {evaluated.RuleSetName} {evaluated.RuleSetVersion}, so the decision could not be replayed.");
                break;
            case CaseApproved approved:
                CheckBalance(problems, parts, committed, spent, approved.Commitment);
                break;
            case CaseDelivered delivered:
                CheckFit(problems, parts, delivered);
                break;
        }
    }

    private static RuleSet? FindRuleSet(Parts parts, string name, string version)
    {
        foreach (var set in parts.RuleSets)
        {
            if (set.Name == name && set.Version == version)
            {
                return set;
            }
        }

        return null;
    }

    private static decimal Spent(Commitment commitment, CaseDelivered delivery) =>
        delivery.TotalCost is { } total ? commitment.ToContributionCurrency(total).Amount : 0m;

    private static void CheckBalance(ProblemCollector problems, Parts parts, ReadOnlySpan<decimal> committed, ReadOnlySpan<decimal> spent, Commitment commitment)
    {
        var index = parts.Contributions.IndexOf(commitment.Contribution);
        if (index < 0)
        {
            problems.Add(CaseProblemCodes.ContributionNotInPortfolio, "commitment.contribution", $"The portfolio holds no contribution {commitment.Contribution}.");
            return;
        }

        if (new ContributionPosition(parts.Contributions[index], committed[index], spent[index]).Available is { } available && commitment.InContributionCurrency > available)
        {
            problems.Add(CaseProblemCodes.BalanceExceeded, "commitment.amount", $"The commitment ({commitment.InContributionCurrency}) exceeds what is available of {commitment.Contribution} ({available}).");
        }
    }

    private static void CheckFit(ProblemCollector problems, Parts parts, CaseDelivered delivered)
    {
        // The project as given holds its own activities; a delivered case's activity fits when the project takes it
        // (its period, scope, donors, thematic areas, and an identifier not used by the project's activities).
        var fit = new ProblemCollector();
        parts.Project.CheckNewActivity(fit, delivered.Activity);
        if (fit.HasProblems)
        {
            foreach (var problem in fit.ToFailure().Problems)
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
