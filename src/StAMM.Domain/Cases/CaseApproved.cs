using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>
/// A person approved the request and committed money of a contribution to it; an ineligible decision is approved
/// only through an explicit override with its justification.
/// </summary>
public sealed class CaseApproved : CaseEvent
{
    private CaseApproved(string caseId, Commitment commitment, string? justification, string? overrideJustification, Instant at, Actor actor)
        : base(caseId, at, actor)
    {
        Commitment = commitment;
        Justification = justification;
        OverrideJustification = overrideJustification;
    }

    /// <summary>The money committed.</summary>
    public Commitment Commitment { get; }

    /// <summary>Why it was approved, if said.</summary>
    public string? Justification { get; }

    /// <summary>
    /// Why an ineligible decision is overridden; <see langword="null"/> for an approval that overrides nothing.
    /// </summary>
    public string? OverrideJustification { get; }

    /// <summary>Whether the approval overrides an ineligible decision.</summary>
    public bool IsOverride => OverrideJustification is not null;

    /// <inheritdoc />
    public override CaseEventKind Kind => CaseEventKind.Approved;

    /// <summary>Validates and creates the event.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="commitment">The money committed.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">The approver.</param>
    /// <param name="justification">Why, if said.</param>
    /// <param name="overrideJustification">Why an ineligible decision is overridden; only for such a decision.</param>
    /// <returns>The event, or the problems (paths <c>caseId</c>, <c>justification</c>, <c>overrideJustification</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<CaseApproved> Create(
        string? caseId, Commitment commitment, Instant at, Actor actor, string? justification = null, string? overrideJustification = null)
    {
        Guard.Against.Null(commitment);
        Guard.Against.Null(actor);
        var problems = new ProblemCollector();
        var id = Activities.Activity.CheckIdentifier(problems, caseId, "caseId");
        var why = Text.Optional(problems, justification, "justification", Text.LongLength);
        var overrideWhy = Text.Optional(problems, overrideJustification, "overrideJustification", Text.LongLength);
        return problems.Finish(() => new CaseApproved(id, commitment, why, overrideWhy, at, actor));
    }

    private protected override bool EqualsCore(CaseEvent other) =>
        other is CaseApproved o && Commitment == o.Commitment && Justification == o.Justification && OverrideJustification == o.OverrideJustification;
}
