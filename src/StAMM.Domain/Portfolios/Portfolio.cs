using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Activities;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Portfolios;

/// <summary>
/// A facility's portfolio: a project with its contributions (amounts where known), the rule-set versions with the
/// days each is in force, and the events of its cases. Everything else (cases, balances, open requests, delivered
/// activities, the context for a new request) is derived from the events as of any instant, never stored.
/// </summary>
/// <remarks>
/// <para>The events form one log in the order they were recorded, their instants never decreasing: the portfolio as
/// of a past instant is the fold of the events up to it (<see cref="AsOf"/>), and a decision made at an instant is
/// computed on the portfolio as it stood just before it (<see cref="ContextAt"/>), so it can be replayed
/// (<see cref="Check"/>).</para>
/// <para>Rules checked by <see cref="Append"/> for every event, on top of the case's own
/// (<see cref="AssistanceCase"/>): events in time order; one case per request; a decision's rule-set version is one of
/// the portfolio's; a commitment is of one of the portfolio's contributions and never exceeds its available balance at
/// the instant of approval (so two approvals that together exceed it cannot both succeed); a delivered activity fits
/// the project (its period, its scope, its donors as funders, its thematic areas).</para>
/// <para>Immutable value; equality by project, contributions, rule sets and events. The fold is computed once per
/// value: in bulk by <see cref="Create"/> (linear in the events, with the same checks and problems as appending them
/// one by one), extended by <see cref="Append"/> without folding the history again, and on first use for the prefixes
/// <see cref="AsOf"/> and <see cref="Before"/> give; the index of past balances is built on first use. The context for
/// a request (<see cref="ContextAt"/>) is extended from the value an event was appended to when that value had built
/// its own, so a decision at each event costs no pass over every case, and the contexts that successive decisions keep
/// share their parts. Thread-safe.</para>
/// </remarks>
public sealed class Portfolio : IEquatable<Portfolio>
{
    private readonly DerivedValue<PortfolioLedger> _ledger;
    private readonly DerivedValue<Views> _views;
    private readonly DerivedValue<BalanceIndex> _balanceIndex;
    private readonly DerivedValue<EvaluationContext> _context;
    private DatedContext? _lastContext;

    private Portfolio(
        TechnicalAssistanceProject project,
        ImmutableArray<Contribution> contributions,
        ImmutableArray<RuleSet> ruleSets,
        ImmutableArray<CaseEvent> events,
        PortfolioLedger? ledger)
    {
        Project = project;
        Contributions = contributions;
        RuleSets = ruleSets;
        Events = events;
        _ledger = ledger is null
            ? new DerivedValue<PortfolioLedger>(() => PortfolioLedger.Fold(project, contributions, ruleSets, events).OrThrow())
            : new DerivedValue<PortfolioLedger>(ledger);
        _views = new DerivedValue<Views>(() => Views.Of(Ledger, contributions.Length));
        _balanceIndex = new DerivedValue<BalanceIndex>(() => BalanceIndex.Build(contributions, events));
        _context = new DerivedValue<EvaluationContext>(BuildContext);
    }

    /// <summary>The project as given: its own activities, without those delivered through the portfolio's cases.</summary>
    public TechnicalAssistanceProject Project { get; }

    /// <summary>The contributions whose money the cases commit; their donors are the project's.</summary>
    public ImmutableArray<Contribution> Contributions { get; }

    /// <summary>The rule-set versions, each with the days it is in force; no two in force on the same day.</summary>
    public ImmutableArray<RuleSet> RuleSets { get; }

    /// <summary>Every event of every case, in the order recorded; instants never decrease.</summary>
    public ImmutableArray<CaseEvent> Events { get; }

    /// <summary>The cases, in the order they were submitted.</summary>
    public ImmutableArray<AssistanceCase> Cases => _views.Value.Cases;

    /// <summary>The instant of the last event; <see langword="null"/> for a portfolio without events.</summary>
    public Instant? LastChanged => Events.IsEmpty ? null : Events[^1].At;

    /// <summary>Each contribution's position after the last event, in the order of <see cref="Contributions"/>.</summary>
    public ImmutableArray<ContributionPosition> Balances => _views.Value.Balances;

    /// <summary>The requests waiting for a person's decision: cases submitted, evaluated or reviewed.</summary>
    public ImmutableArray<AssistanceRequest> OpenRequests => _views.Value.OpenRequests;

    /// <summary>The cases approved and not yet delivered or cancelled.</summary>
    public ImmutableArray<AssistanceCase> ApprovedCases => _views.Value.ApprovedCases;

    /// <summary>The activities delivered through the portfolio's cases (delivered or closed), in the order delivered.</summary>
    public ImmutableArray<Activity> DeliveredActivities => _views.Value.DeliveredActivities;

    /// <summary>The project with the activities delivered through the cases added to its own: the project as it is.</summary>
    public TechnicalAssistanceProject DeliveredProject => Ledger.Basis.DeliveredProject;

    private PortfolioLedger Ledger => _ledger.Value;

    /// <summary>Validates and creates a portfolio by folding its events.</summary>
    /// <param name="project">The project.</param>
    /// <param name="ruleSets">The rule-set versions; distinct, no two in force on the same day.</param>
    /// <param name="contributions">
    /// The contributions with their amounts where known; the project's own when not given. Their donors are the
    /// project's; distinct; at most <see cref="EvaluationContext.MaxContributions"/>.
    /// </param>
    /// <param name="events">The events in the order recorded.</param>
    /// <returns>
    /// The portfolio, or every problem of the parts (paths <c>contributions[n]</c>, <c>ruleSets[n]</c>) or the
    /// problems of the first event not allowed (paths <c>events[n]...</c>).
    /// </returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A collection holds a null.</exception>
    public static ValidationResult<Portfolio> Create(
        TechnicalAssistanceProject project,
        IEnumerable<RuleSet> ruleSets,
        IEnumerable<Contribution>? contributions = null,
        IEnumerable<CaseEvent>? events = null)
    {
        Guard.Against.Null(project);
        Guard.Against.Null(ruleSets);
        var sets = Guard.Against.NullElements(ruleSets);
        var money = contributions is null ? project.Contributions : Guard.Against.NullElements(contributions);
        var log = Guard.Against.NullElements(events);
        var problems = new ProblemCollector();
        CheckContributions(problems, project, money);
        CheckRuleSets(problems, sets);
        if (problems.HasProblems)
        {
            return problems.ToFailure();
        }

        return PortfolioLedger.Fold(project, money, sets, log)
            .Match<ValidationResult<Portfolio>>(ledger => new Portfolio(project, money, sets, log, ledger), failure => failure);
    }

    /// <summary>Returns the portfolio with one more event, if the case's and the portfolio's rules allow it.</summary>
    /// <param name="caseEvent">The event; not earlier than <see cref="LastChanged"/>.</param>
    /// <returns>The portfolio, or every reason the event is not allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseEvent"/> is null.</exception>
    public ValidationResult<Portfolio> Append(CaseEvent caseEvent)
    {
        Guard.Against.Null(caseEvent);
        var problems = new ProblemCollector();
        Ledger.Check(problems, caseEvent);
        return problems.Finish(() => new Portfolio(Project, Contributions, RuleSets, Events.Add(caseEvent), Ledger.With(caseEvent)));
    }

    /// <summary>
    /// Evaluates a case's current request with the rule-set version in force on the day it was submitted, on the
    /// portfolio as it stands just before <paramref name="at"/> (<see cref="ContextAt"/>), and records the decision. That
    /// rule set must still be in force on the day of <paramref name="at"/> (an <c>unknown-rule-set</c> problem at <c>at</c> otherwise).
    /// </summary>
    /// <param name="caseId">The case.</param>
    /// <param name="at">When; not earlier than <see cref="LastChanged"/>.</param>
    /// <param name="actor">Who runs the evaluation.</param>
    /// <returns>The portfolio with the <see cref="CaseEvaluated"/> event last, or every reason it is not allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult<Portfolio> Evaluate(string caseId, Instant at, Actor actor)
    {
        Guard.Against.Null(caseId);
        Guard.Against.Null(actor);
        var problems = new ProblemCollector();
        var found = FindCase(caseId);
        if (found is null)
        {
            problems.Add(CaseProblemCodes.UnknownCase, "caseId", $"The portfolio holds no case '{caseId}'.");
            return problems.ToFailure();
        }

        var set = RuleSetInForceOn(found.Request.SubmittedOn);
        if (set is null)
        {
            problems.Add(CaseProblemCodes.UnknownRuleSet, "ruleSet", $"No rule set of the portfolio is in force on {LocalDatePattern.Iso.Format(found.Request.SubmittedOn)}, when '{caseId}' was submitted.");
            return problems.ToFailure();
        }

        var context = ContextAt(at);
        if (!set.IsInForceOn(context.Today))
        {
            problems.Add(CaseProblemCodes.UnknownRuleSet, "at", $"{set}, in force when '{caseId}' was submitted, is no longer in force on {LocalDatePattern.Iso.Format(context.Today)}; a decision needs its rule set in force on both days.");
            return problems.ToFailure();
        }

        var decision = new Evaluator(set).Evaluate(found.Request, context);
        return CaseEvaluated.Create(decision, at, actor).Match(Append, failure => failure);
    }

    /// <summary>Finds a case.</summary>
    /// <param name="caseId">The case's identifier (its request's).</param>
    /// <returns>The case, or <see langword="null"/>.</returns>
    public AssistanceCase? FindCase(string caseId) => Ledger.Find(Guard.Against.Null(caseId));

    /// <summary>The portfolio as it stood at an instant: the fold of the events at or before it.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The portfolio of those events (this one when none is later).</returns>
    public Portfolio AsOf(Instant at) => Prefix(CountAtOrBefore(at));

    /// <summary>The portfolio as it stood just before an instant: the fold of the events strictly before it.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The portfolio of those events (this one when none is at or after it).</returns>
    public Portfolio Before(Instant at) => Prefix(CountBefore(at));

    /// <summary>
    /// Each contribution's position at an instant, in the order of <see cref="Contributions"/>: a binary search in an
    /// index built once per portfolio value, O(log n) per contribution.
    /// </summary>
    /// <param name="at">The instant; the events at or before it count.</param>
    /// <returns>The positions.</returns>
    public ImmutableArray<ContributionPosition> BalancesAsOf(Instant at)
    {
        var index = _balanceIndex.Value;
        return [.. Contributions.Select((_, i) => index.PositionAt(i, at))];
    }

    /// <summary>One contribution's position at an instant, in O(log n).</summary>
    /// <param name="contribution">One of <see cref="Contributions"/>.</param>
    /// <param name="at">The instant; the events at or before it count.</param>
    /// <returns>The position.</returns>
    /// <exception cref="ArgumentException">The contribution is not the portfolio's.</exception>
    public ContributionPosition BalanceAsOf(Contribution contribution, Instant at)
    {
        Guard.Against.Null(contribution);
        var index = Contributions.IndexOf(contribution);
        return index < 0
            ? throw new ArgumentException($"{contribution} is not a contribution of the portfolio.", nameof(contribution))
            : _balanceIndex.Value.PositionAt(index, at);
    }

    /// <summary>The rule-set version in force on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The rule set, or <see langword="null"/> when none is.</returns>
    public RuleSet? RuleSetInForceOn(LocalDate day)
    {
        foreach (var set in RuleSets)
        {
            if (set.IsInForceOn(day))
            {
                return set;
            }
        }

        return null;
    }

    /// <summary>Finds a rule-set version by name and version.</summary>
    /// <param name="name">The rule set's name.</param>
    /// <param name="version">Its version.</param>
    /// <returns>The rule set, or <see langword="null"/>.</returns>
    public RuleSet? FindRuleSet(string name, string version) =>
        Ledger.FindRuleSet(Guard.Against.Null(name), Guard.Against.Null(version));

    /// <summary>
    /// The context for a request evaluated at an instant: the portfolio as it stood just before it (delivered
    /// activities in the project, each contribution's balance, the requests open or approved and not yet delivered),
    /// as of the instant's day (UTC).
    /// </summary>
    /// <param name="at">The instant of evaluation.</param>
    /// <returns>The context.</returns>
    public EvaluationContext ContextAt(Instant at) => Before(at).Context(at.InUtc().Date);

    /// <summary>The context for a request evaluated as of a day: the portfolio at the end of that day (UTC).</summary>
    /// <param name="day">The day.</param>
    /// <returns>The context.</returns>
    public EvaluationContext ContextOn(LocalDate day) =>
        Before(day.PlusDays(1).AtMidnight().InUtc().ToInstant()).Context(day);

    /// <summary>
    /// Replays every recorded decision: re-evaluates its request with its recorded rule-set version, as of its
    /// recorded day, on the portfolio as it stood just before the decision, and compares the decisions by value.
    /// </summary>
    /// <returns>The decisions that do not reproduce, in the order recorded; empty when all do.</returns>
    public ImmutableArray<UnreproducedDecision> Check()
    {
        // One pass: the ledger grows event by event; at each new instant the ledger so far is the portfolio as it
        // stood just before that instant, which every decision recorded at that instant was made on.
        var result = ImmutableArray.CreateBuilder<UnreproducedDecision>();
        var ledger = PortfolioLedger.Empty(Project, Contributions, RuleSets);
        var snapshot = ledger;
        for (var i = 0; i < Events.Length; i++)
        {
            var e = Events[i];
            if (i == 0 || e.At != Events[i - 1].At)
            {
                snapshot = ledger;
            }

            if (e is CaseEvaluated recorded && Replay(recorded, snapshot) is { } unreproduced)
            {
                result.Add(unreproduced);
            }

            ledger = ledger.With(e);
        }

        return result.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(Portfolio? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Project.Equals(other.Project)
            && Contributions.SequenceEqual(other.Contributions)
            && RuleSets.SequenceEqual(other.RuleSets)
            && Events.SequenceEqual(other.Events));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Portfolio);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Project, Contributions.Length, RuleSets.Length, Events.Length, LastChanged);

    /// <summary>Returns the project, the number of cases and events.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Project.Acronym}: {Ledger.CaseCount} cases, {Events.Length} events";

    /// <summary>Compares by value.</summary>
    /// <param name="left">A portfolio.</param>
    /// <param name="right">A portfolio.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Portfolio? left, Portfolio? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A portfolio.</param>
    /// <param name="right">A portfolio.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Portfolio? left, Portfolio? right) => !(left == right);

    private static void CheckContributions(ProblemCollector problems, TechnicalAssistanceProject project, ImmutableArray<Contribution> contributions)
    {
        if (contributions.Length > EvaluationContext.MaxContributions)
        {
            problems.Add(ProblemCodes.OutOfRange, "contributions", $"A portfolio holds at most {EvaluationContext.MaxContributions} contributions; {contributions.Length} were given.");
        }

        for (var i = 0; i < contributions.Length; i++)
        {
            if (!project.Donors.Contains(contributions[i].Donor))
            {
                problems.Add(ProblemCodes.FunderNotDonor, $"contributions[{i}]", $"{contributions[i].Donor.Name} is not a donor of {project.Acronym}.");
            }

            var first = contributions.IndexOf(contributions[i]);
            if (first < i)
            {
                problems.Add(ProblemCodes.Duplicate, $"contributions[{i}]", $"The contribution is contributions[{first}] too; a commitment could not say which it draws on.");
            }
        }
    }

    private static void CheckRuleSets(ProblemCollector problems, ImmutableArray<RuleSet> sets)
    {
        for (var i = 0; i < sets.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (sets[j].Name == sets[i].Name && sets[j].Version == sets[i].Version)
                {
                    problems.Add(ProblemCodes.Duplicate, $"ruleSets[{i}]", $"{sets[i].Name} {sets[i].Version} is ruleSets[{j}] too.");
                }
                else if (Overlap(sets[i], sets[j]))
                {
                    problems.Add(ProblemCodes.NotAllowed, $"ruleSets[{i}]", $"{sets[i]} is in force on days {sets[j]} is in force too; a request is decided by one version.");
                }
            }
        }
    }

    private static bool Overlap(RuleSet a, RuleSet b) =>
        (a.InForceUntil is null || a.InForceUntil.Value >= b.InForceFrom) && (b.InForceUntil is null || b.InForceUntil.Value >= a.InForceFrom);

    private static string Difference(Decision recorded, Decision replayed)
    {
        var a = recorded.Case;
        var b = replayed.Case;
        if (a.Kind != b.Kind)
        {
            return $"Recorded {a.Kind}, replayed {b.Kind}.";
        }

        for (var i = 0; i < Math.Min(a.Outcomes.Length, b.Outcomes.Length); i++)
        {
            if (a.Outcomes[i] != b.Outcomes[i])
            {
                return $"The outcome of {a.Outcomes[i].Code} differs: recorded \"{a.Outcomes[i]}\", replayed \"{b.Outcomes[i]}\".";
            }
        }

        return a.Outcomes.Length != b.Outcomes.Length
            ? $"Recorded {a.Outcomes.Length} outcomes, replayed {b.Outcomes.Length}."
            : "The decisions differ in their day, request or selected contribution.";
    }

    /// <summary>Re-evaluates a recorded decision on the portfolio as it stood just before it (its ledger).</summary>
    private static UnreproducedDecision? Replay(CaseEvaluated recorded, PortfolioLedger before)
    {
        var set = before.FindRuleSet(recorded.RuleSetName, recorded.RuleSetVersion);
        if (set is null)
        {
            return new UnreproducedDecision(recorded, null, $"The rule set {recorded.RuleSetName} {recorded.RuleSetVersion} is not in the portfolio.");
        }

        var request = recorded.Decision.Case.Request;
        if (!set.IsInForceOn(request.SubmittedOn))
        {
            return new UnreproducedDecision(recorded, null, $"{set} is not in force on {LocalDatePattern.Iso.Format(request.SubmittedOn)}, when the request was submitted.");
        }

        var replayed = new Evaluator(set).Evaluate(request, before.Context(recorded.EvaluatedOn));
        return DecisionEquality.Same(recorded.Decision, replayed) ? null : new UnreproducedDecision(recorded, replayed, Difference(recorded.Decision, replayed));
    }

    /// <summary>
    /// The context of this portfolio as of a day: one context (and its indexes) per value, its day set; the last one
    /// dated is kept, so evaluating requests one after another on the same day builds nothing.
    /// </summary>
    private EvaluationContext Context(LocalDate asOf)
    {
        if (Volatile.Read(ref _lastContext) is { } last && last.Day == asOf)
        {
            return last.Context;
        }

        var context = _context.Value.WithAsOf(asOf);
        Volatile.Write(ref _lastContext, new DatedContext(asOf, context));
        return context;
    }

    private EvaluationContext BuildContext() => Ledger.Context(Project.Period.Start.FirstDay);

    private Portfolio Prefix(int count) =>
        count == Events.Length ? this : new Portfolio(Project, Contributions, RuleSets, Events[..count], null);

    private int CountAtOrBefore(Instant at)
    {
        // Asked most often for now or later: no search (and no walk over the events' objects) then.
        if (Events.IsEmpty || Events[^1].At <= at)
        {
            return Events.Length;
        }

        var lo = 0;
        var hi = Events.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Events[mid].At <= at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int CountBefore(Instant at)
    {
        // A new request is evaluated after the last event: no search then.
        if (Events.IsEmpty || Events[^1].At < at)
        {
            return Events.Length;
        }

        var lo = 0;
        var hi = Events.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Events[mid].At < at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The portfolio's context dated to a day.</summary>
    private sealed record DatedContext(LocalDate Day, EvaluationContext Context);

    /// <summary>
    /// What the portfolio's readers ask for, gathered in one pass over the cases once per portfolio value (never
    /// stored, never part of equality). The context does not need it (see <see cref="ContextBasis"/>).
    /// </summary>
    private sealed class Views
    {
        public required ImmutableArray<AssistanceCase> Cases { get; init; }

        public required ImmutableArray<ContributionPosition> Balances { get; init; }

        public required ImmutableArray<AssistanceRequest> OpenRequests { get; init; }

        public required ImmutableArray<AssistanceCase> ApprovedCases { get; init; }

        public required ImmutableArray<Activity> DeliveredActivities { get; init; }

        public static Views Of(PortfolioLedger ledger, int contributions)
        {
            var cases = ImmutableArray.CreateBuilder<AssistanceCase>(ledger.CaseCount);
            var open = ImmutableArray.CreateBuilder<AssistanceRequest>();
            var approved = ImmutableArray.CreateBuilder<AssistanceCase>();
            var delivered = ImmutableArray.CreateBuilder<Activity>(ledger.DeliveredCount);
            foreach (var c in ledger.Cases)
            {
                cases.Add(c);
                if (c.State.IsOpen())
                {
                    open.Add(c.Request);
                }
                else if (c.State == CaseState.Approved)
                {
                    approved.Add(c);
                }
            }

            delivered.AddRange(ledger.Delivered);

            var balances = ImmutableArray.CreateBuilder<ContributionPosition>(contributions);
            for (var i = 0; i < contributions; i++)
            {
                balances.Add(ledger.Position(i));
            }

            return new Views
            {
                Cases = cases.MoveToImmutable(),
                Balances = balances.MoveToImmutable(),
                OpenRequests = open.ToImmutable(),
                ApprovedCases = approved.ToImmutable(),
                DeliveredActivities = delivered.ToImmutable(),
            };
        }
    }
}
