using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>
/// One request's life: an ordered, immutable list of <see cref="CaseEvent"/>s, from its submission to its closing.
/// Everything else (state, current request, decision, review, commitment, delivery) is derived by folding the events.
/// </summary>
/// <remarks>
/// <para>A transition (<see cref="Evaluate"/>, <see cref="Review"/>, <see cref="Approve"/>, …) returns the new case
/// and its event, or every reason it is not allowed. The rules, checked by <see cref="Append"/> for every event,
/// whether made here or read from storage:</para>
/// <list type="bullet">
/// <item>events are of this case and in time order; nothing follows a terminal state
/// (<see cref="CaseStateExtensions.IsTerminal"/>), and each kind follows only the states the life cycle allows;</item>
/// <item>a decision is of the case's current request; a review decides on exactly the findings that sent the request to
/// review;</item>
/// <item>approval: of an eligible decision; of a needs-review decision whose every finding the last review accepted
/// with a justification; of an ineligible decision only with the same review and an explicit override with a
/// justification, by a person other than the reviewer (four eyes); never by a person of the requesting institution
/// (or one above it), and so only by an approver whose institution is known;</item>
/// <item>delivery: funded by the commitment's donor, actual costs in the commitment's currency and within it.</item>
/// </list>
/// <para>The rules that need the portfolio (balances, the project's period and scope, rule-set versions) are checked by
/// <see cref="Portfolios.Portfolio.Append"/>.</para>
/// <para>Immutable value; equality by the events. <see cref="Version"/> is the number of events, for optimistic
/// concurrency in storage.</para>
/// </remarks>
public sealed class AssistanceCase : IEquatable<AssistanceCase>
{
    private AssistanceCase(
        ImmutableArray<CaseEvent> events,
        CaseState state,
        AssistanceRequest request,
        CaseEvaluated? evaluation,
        CaseReviewed? review,
        CaseApproved? approval,
        CaseDelivered? delivery)
    {
        Events = events;
        State = state;
        Request = request;
        Evaluation = evaluation;
        CurrentReview = review;
        Approval = approval;
        Delivery = delivery;
    }

    /// <summary>The case's identifier: its request's.</summary>
    public string Identifier => Request.Identifier;

    /// <summary>The events, oldest first; never empty, the first is a <see cref="CaseSubmitted"/>.</summary>
    public ImmutableArray<CaseEvent> Events { get; }

    /// <summary>The number of events: the version a store compares before appending.</summary>
    public int Version => Events.Length;

    /// <summary>Where the request stands.</summary>
    public CaseState State { get; }

    /// <summary>Whether no transition leaves the current state.</summary>
    public bool IsTerminal => State.IsTerminal();

    /// <summary>The request as last submitted or amended.</summary>
    public AssistanceRequest Request { get; }

    /// <summary>The last evaluation of the current request; <see langword="null"/> before one (or after an amendment).</summary>
    public CaseEvaluated? Evaluation { get; }

    /// <summary>The decision of <see cref="Evaluation"/>.</summary>
    public Decision? Decision => Evaluation?.Decision;

    /// <summary>The last review of the current decision; <see langword="null"/> when there is none.</summary>
    public CaseReviewed? CurrentReview { get; }

    /// <summary>The approval; <see langword="null"/> before it.</summary>
    public CaseApproved? Approval { get; }

    /// <summary>The money committed; <see langword="null"/> before approval.</summary>
    public Commitment? Commitment => Approval?.Commitment;

    /// <summary>The delivery; <see langword="null"/> before it.</summary>
    public CaseDelivered? Delivery { get; }

    /// <summary>The instant of the last event.</summary>
    public Instant LastChanged => Events[^1].At;

    /// <summary>Opens a case with its first event.</summary>
    /// <param name="submitted">The submission.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="submitted"/> is null.</exception>
    public static AssistanceCase Open(CaseSubmitted submitted)
    {
        Guard.Against.Null(submitted);
        return new AssistanceCase([submitted], CaseState.Submitted, submitted.Request, null, null, null, null);
    }

    /// <summary>Records a request's submission: the transition that opens a case.</summary>
    /// <param name="request">The request.</param>
    /// <param name="at">When it was recorded; not before the request's own submission.</param>
    /// <param name="actor">Who recorded it.</param>
    /// <returns>The new case and its event, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<CaseTransition> Submit(AssistanceRequest request, Instant at, Actor actor) =>
        CaseSubmitted.Create(request, at, actor).Match<ValidationResult<CaseTransition>>(e =>
        {
            var opened = Open(e);
            return new CaseTransition(opened, e);
        }, f => f);

    /// <summary>Folds stored events into a case, checking every rule on the way.</summary>
    /// <param name="events">The events, oldest first; the first a <see cref="CaseSubmitted"/>.</param>
    /// <returns>The case, or the problems of the first event that is not allowed (paths <c>events[n]...</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> holds a null.</exception>
    public static ValidationResult<AssistanceCase> Replay(IEnumerable<CaseEvent> events)
    {
        Guard.Against.Null(events);
        var list = Guard.Against.NullElements(events);
        var problems = new ProblemCollector();
        if (list.IsEmpty || list[0] is not CaseSubmitted first)
        {
            problems.Add(ProblemCodes.Required, "events[0]", "A case begins with its submission.");
            return problems.ToFailure();
        }

        var current = Open(first);
        for (var i = 1; i < list.Length; i++)
        {
            if (!problems.TryTake(current.Append(list[i]), $"events[{i}]", out var next))
            {
                return problems.ToFailure();
            }

            current = next;
        }

        return current;
    }

    /// <summary>Returns the case with one more event, if the life cycle and the case's rules allow it.</summary>
    /// <param name="caseEvent">The event.</param>
    /// <returns>The case, or every reason the event is not allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseEvent"/> is null.</exception>
    public ValidationResult<AssistanceCase> Append(CaseEvent caseEvent)
    {
        Guard.Against.Null(caseEvent);
        var problems = new ProblemCollector();
        Check(problems, caseEvent);
        return problems.Finish(() => Apply(caseEvent));
    }

    /// <summary>Records the rules' decision on the current request.</summary>
    /// <param name="decision">The decision; of the current request.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who ran or recorded the evaluation.</param>
    /// <returns>The new case and its event, or every reason it is not allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult<CaseTransition> Evaluate(Decision decision, Instant at, Actor actor) =>
        Transition(CaseEventKind.Evaluated, CaseEvaluated.Create(decision, at, actor));

    /// <summary>Records a person's review of the findings that sent the request to review.</summary>
    /// <param name="findings">A decision on each such finding.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">The reviewer.</param>
    /// <returns>The new case and its event, or every reason it is not allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult<CaseTransition> Review(IEnumerable<FindingReview> findings, Instant at, Actor actor) =>
        Transition(CaseEventKind.Reviewed, CaseReviewed.Create(Identifier, findings, at, actor));

    /// <summary>Approves the request, committing money of a contribution to it.</summary>
    /// <param name="commitment">The money committed.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">The approver; not of the requesting institution.</param>
    /// <param name="justification">Why, if said.</param>
    /// <param name="overrideJustification">Why an ineligible decision is overridden; required for such a decision only.</param>
    /// <returns>The new case and its event, or every reason it is not allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult<CaseTransition> Approve(Commitment commitment, Instant at, Actor actor, string? justification = null, string? overrideJustification = null) =>
        Transition(CaseEventKind.Approved, CaseApproved.Create(Identifier, commitment, at, actor, justification, overrideJustification));

    /// <summary>Rejects the request.</summary>
    /// <param name="reasons">The reasons; at least one.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who rejects it.</param>
    /// <returns>The new case and its event, or every reason it is not allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult<CaseTransition> Reject(IEnumerable<string?> reasons, Instant at, Actor actor) =>
        Transition(CaseEventKind.Rejected, CaseRejected.Create(Identifier, reasons, at, actor));

    /// <summary>Replaces the request by an amended one (same identifier), to be evaluated again.</summary>
    /// <param name="request">The amended request.</param>
    /// <param name="justification">Why; required.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who amends it.</param>
    /// <returns>The new case and its event, or every reason it is not allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult<CaseTransition> Amend(AssistanceRequest request, string? justification, Instant at, Actor actor) =>
        Transition(CaseEventKind.Amended, CaseAmended.Create(request, justification, at, actor));

    /// <summary>Records that the requester withdrew the request before approval.</summary>
    /// <param name="reason">Why; required.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who withdraws it.</param>
    /// <returns>The new case and its event, or every reason it is not allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult<CaseTransition> Withdraw(string? reason, Instant at, Actor actor) =>
        Transition(CaseEventKind.Withdrawn, CaseWithdrawn.Create(Identifier, reason, at, actor));

    /// <summary>Cancels an approval before delivery, releasing its commitment.</summary>
    /// <param name="reason">Why; required.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who cancels it.</param>
    /// <returns>The new case and its event, or every reason it is not allowed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult<CaseTransition> Cancel(string? reason, Instant at, Actor actor) =>
        Transition(CaseEventKind.Cancelled, CaseCancelled.Create(Identifier, reason, at, actor));

    /// <summary>
    /// Records the delivery: builds the <see cref="Activity"/> from the request (identifier, type, title, beneficiaries:
    /// requester, co-requester and the others) and what actually happened, funded by the commitment's contribution.
    /// </summary>
    /// <param name="period">The actual dates.</param>
    /// <param name="venue">Where it took place, if known.</param>
    /// <param name="participants">Who took part (by country and sex where known).</param>
    /// <param name="actualCosts">The actual costs, in the commitment's currency.</param>
    /// <param name="at">When the delivery is recorded.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="experts">How many experts were deployed, if known.</param>
    /// <returns>The new case and its event, or every reason it is not allowed (activity problems under <c>activity</c>).</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public ValidationResult<CaseTransition> Deliver(
        ActivityPeriod period, Venue? venue, Participants participants, IEnumerable<CostLine>? actualCosts, Instant at, Actor actor, int? experts = null)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(participants);
        Guard.Against.Null(actor);
        var problems = new ProblemCollector();
        Institution[] beneficiaries = [Request.Requester, .. Request.CoRequester is null ? [] : new[] { Request.CoRequester }, .. Request.Beneficiaries];
        var funding = Approval is null ? [] : new[] { FundingOf(Approval.Commitment.Contribution) };
        var activity = Activity.Create(
            Identifier,
            Request.ActivityType,
            Request.Title,
            period,
            venue,
            beneficiaries.Distinct(),
            participants,
            experts,
            funding: funding);
        if (!problems.TryTake(activity, "activity", out var built))
        {
            CheckState(problems, CaseEventKind.Delivered);
            return problems.ToFailure();
        }

        return Transition(CaseEventKind.Delivered, CaseDelivered.Create(built, actualCosts, at, actor));
    }

    /// <summary>Closes a delivered case: its spend is settled and the rest of the commitment released.</summary>
    /// <param name="at">When.</param>
    /// <param name="actor">Who closes it.</param>
    /// <param name="note">A note on the settlement, if any.</param>
    /// <returns>The new case and its event, or every reason it is not allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public ValidationResult<CaseTransition> Close(Instant at, Actor actor, string? note = null) =>
        Transition(CaseEventKind.Closed, CaseClosed.Create(Identifier, note, at, actor));

    /// <inheritdoc />
    public bool Equals(AssistanceCase? other) => ReferenceEquals(this, other) || (other is not null && Events.SequenceEqual(other.Events));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssistanceCase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Identifier, Version, State, LastChanged);

    /// <summary>Returns the identifier, state and version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Identifier}: {State} (version {Version})";

    /// <summary>Compares by value.</summary>
    /// <param name="left">A case.</param>
    /// <param name="right">A case.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(AssistanceCase? left, AssistanceCase? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A case.</param>
    /// <param name="right">A case.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(AssistanceCase? left, AssistanceCase? right) => !(left == right);

    /// <summary>The funding source of a contribution: its donor, through its programme if any.</summary>
    internal static FundingSource FundingOf(Contribution contribution) =>
        contribution.Programme is null ? FundingSource.From(contribution.Donor) : FundingSource.Through(contribution.Donor, contribution.Programme).OrThrow();

    /// <summary>Checks every case rule for an event, adding each broken one.</summary>
    internal void Check(ProblemCollector problems, CaseEvent e)
    {
        if (e.CaseId != Identifier)
        {
            problems.Add(CaseProblemCodes.OtherCase, "caseId", $"The event is of case '{e.CaseId}', not '{Identifier}'.");
        }

        if (e.At < LastChanged)
        {
            problems.Add(CaseProblemCodes.OutOfOrder, "at", $"The event ({Iso(e.At)}) is earlier than the case's last event ({Iso(LastChanged)}).");
        }

        if (!CheckState(problems, e.Kind))
        {
            return;
        }

        switch (e)
        {
            case CaseEvaluated evaluated when !evaluated.Decision.Case.Request.Equals(Request):
                problems.Add(CaseProblemCodes.OtherCase, "decision", "The decision is not of the case's current request.");
                break;
            case CaseReviewed reviewed:
                CheckReview(problems, reviewed);
                break;
            case CaseApproved approved:
                CheckApproval(problems, approved);
                break;
            case CaseDelivered delivered:
                CheckDelivery(problems, delivered);
                break;
        }
    }

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static bool Allowed(CaseState state, CaseEventKind kind) => (state, kind) switch
    {
        (CaseState.Submitted, CaseEventKind.Evaluated or CaseEventKind.Rejected or CaseEventKind.Amended or CaseEventKind.Withdrawn) => true,
        (CaseState.Evaluated or CaseState.Reviewed, CaseEventKind.Evaluated or CaseEventKind.Reviewed or CaseEventKind.Approved
            or CaseEventKind.Rejected or CaseEventKind.Amended or CaseEventKind.Withdrawn) => true,
        (CaseState.Approved, CaseEventKind.Delivered or CaseEventKind.Cancelled) => true,
        (CaseState.Delivered, CaseEventKind.Closed) => true,
        _ => false,
    };

    private bool CheckState(ProblemCollector problems, CaseEventKind kind)
    {
        if (IsTerminal)
        {
            problems.Add(CaseProblemCodes.TerminalCase, string.Empty, $"The case is {State}; nothing follows.");
            return false;
        }

        if (!Allowed(State, kind))
        {
            problems.Add(ProblemCodes.InvalidStatusTransition, string.Empty, kind == CaseEventKind.Submitted
                ? "A case is submitted once; an amendment changes its request."
                : $"A {State} case cannot be {kind}.");
            return false;
        }

        return true;
    }

    private void CheckReview(ProblemCollector problems, CaseReviewed reviewed)
    {
        var evaluation = Evaluation!;
        if (evaluation.Decision.Kind == DecisionKind.Eligible)
        {
            problems.Add(ProblemCodes.NotAllowed, "findings", "The decision is eligible; no finding sent it to review.");
            return;
        }

        var findings = evaluation.FindingsForReview;
        for (var i = 0; i < reviewed.Findings.Length; i++)
        {
            if (!findings.Any(f => f.Code == reviewed.Findings[i].RuleCode))
            {
                problems.Add(ProblemCodes.NotAllowed, $"findings[{i}]", $"No finding of {reviewed.Findings[i].RuleCode} sent the request to review.");
            }
        }

        foreach (var finding in findings)
        {
            if (reviewed.Of(finding.Code) is null)
            {
                problems.Add(ProblemCodes.Required, "findings", $"The finding of {finding.Code} ({finding.Status}) is not reviewed.");
            }
        }
    }

    private void CheckApproval(ProblemCollector problems, CaseApproved approved)
    {
        var decision = Evaluation!.Decision;
        var kind = decision.Kind;
        if (kind != DecisionKind.Eligible)
        {
            foreach (var finding in Evaluation.FindingsForReview)
            {
                var review = CurrentReview?.Of(finding.Code);
                if (review is null)
                {
                    problems.Add(CaseProblemCodes.FindingNotAccepted, "review", $"The finding of {finding.Code} ({finding.Status}) has not been reviewed.");
                }
                else if (!review.IsAccepted)
                {
                    problems.Add(CaseProblemCodes.FindingNotAccepted, "review", $"{CurrentReview!.Actor.Name} refused the finding of {finding.Code}.");
                }
            }
        }

        if (kind == DecisionKind.Ineligible)
        {
            if (!approved.IsOverride)
            {
                problems.Add(CaseProblemCodes.OverrideRequired, "overrideJustification", "The decision is ineligible; approving it needs an explicit override with a justification.");
            }

            if (CurrentReview is not null && CurrentReview.Actor.IsSamePersonAs(approved.Actor))
            {
                problems.Add(CaseProblemCodes.FourEyes, "actor", $"{approved.Actor.Name} reviewed the findings; an override is approved by another person.");
            }
        }
        else if (approved.IsOverride)
        {
            problems.Add(ProblemCodes.NotAllowed, "overrideJustification", $"The decision is {kind}; only an ineligible decision is overridden.");
        }

        if (approved.Actor.Institution is null)
        {
            problems.Add(ProblemCodes.Required, "actor.institution", "The approver's institution is needed to confirm that nobody approves a request of their own institution.");
        }
        else if (approved.Actor.BelongsTo(Request.Requester) || (Request.CoRequester is { } co && approved.Actor.BelongsTo(co)))
        {
            problems.Add(CaseProblemCodes.OwnInstitution, "actor.institution", $"{approved.Actor.Name} is of {approved.Actor.Institution.Name}, which requests this assistance; nobody approves a request of their own institution.");
        }
    }

    private void CheckDelivery(ProblemCollector problems, CaseDelivered delivered)
    {
        var commitment = Approval!.Commitment;
        if (!delivered.Activity.IsFundedBy(commitment.Contribution.Donor))
        {
            problems.Add(CaseProblemCodes.OtherCase, "activity.funding", $"The activity is not funded by {commitment.Contribution.Donor.Name}, whose contribution was committed.");
        }

        if (delivered.TotalCost is { } total)
        {
            if (!total.HasSameCurrencyAs(commitment.Amount))
            {
                problems.Add(ProblemCodes.CurrencyMismatch, "actualCosts", $"The actual costs are in {total.Currency.Code}; the commitment is in {commitment.Amount.Currency.Code}.");
            }
            else if (total > commitment.Amount)
            {
                problems.Add(CaseProblemCodes.CostsExceedCommitment, "actualCosts", $"The actual costs ({total}) exceed the commitment ({commitment.Amount}); a larger spend needs a new approval.");
            }
        }
    }

    private ValidationResult<CaseTransition> Transition<TEvent>(CaseEventKind kind, ValidationResult<TEvent> created)
        where TEvent : CaseEvent
    {
        var problems = new ProblemCollector();
        if (!problems.TryTake(created, string.Empty, out var e))
        {
            CheckState(problems, kind);
            return problems.ToFailure();
        }

        Check(problems, e);
        return problems.Finish(() => new CaseTransition(Apply(e), e));
    }

    /// <summary>The case after an event that <see cref="Check"/> allowed.</summary>
    internal AssistanceCase Apply(CaseEvent e)
    {
        var events = Events.Add(e);
        return e switch
        {
            CaseEvaluated evaluated => new AssistanceCase(events, CaseState.Evaluated, Request, evaluated, null, null, null),
            CaseReviewed reviewed => new AssistanceCase(events, CaseState.Reviewed, Request, Evaluation, reviewed, null, null),
            CaseApproved approved => new AssistanceCase(events, CaseState.Approved, Request, Evaluation, CurrentReview, approved, null),
            CaseRejected => new AssistanceCase(events, CaseState.Rejected, Request, Evaluation, CurrentReview, null, null),
            CaseAmended amended => new AssistanceCase(events, CaseState.Submitted, amended.Request, null, null, null, null),
            CaseWithdrawn => new AssistanceCase(events, CaseState.Withdrawn, Request, Evaluation, CurrentReview, null, null),
            CaseCancelled => new AssistanceCase(events, CaseState.Cancelled, Request, Evaluation, CurrentReview, Approval, null),
            CaseDelivered delivered => new AssistanceCase(events, CaseState.Delivered, Request, Evaluation, CurrentReview, Approval, delivered),
            CaseClosed => new AssistanceCase(events, CaseState.Closed, Request, Evaluation, CurrentReview, Approval, Delivery),
            _ => throw new InvalidOperationException($"{e.Kind} cannot follow the submission."),
        };
    }
}
