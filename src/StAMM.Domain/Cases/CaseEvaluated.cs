using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>The rules decided the request: the whole decision with its trace, rule set and day of evaluation.</summary>
/// <remarks>Two events are equal when their decisions decided the same: kind, rule set's name and version, day,
/// request, every outcome and the contribution selected (the context they were computed on is not compared).</remarks>
public sealed class CaseEvaluated : CaseEvent
{
    private CaseEvaluated(Decision decision, Instant at, Actor actor)
        : base(decision.Case.Request.Identifier, at, actor) => Decision = decision;

    /// <summary>The decision.</summary>
    public Decision Decision { get; }

    /// <summary>The name of the rule set that decided.</summary>
    public string RuleSetName => Decision.RuleSetName;

    /// <summary>The version of the rule set that decided.</summary>
    public string RuleSetVersion => Decision.RuleSetVersion;

    /// <summary>The day the request was evaluated as of.</summary>
    public LocalDate EvaluatedOn => Decision.Case.EvaluatedOn;

    /// <summary>
    /// The findings that sent the request to review: warnings and failures of rules that are not advisory. Empty
    /// for an eligible decision.
    /// </summary>
    public ImmutableArray<RuleOutcome> FindingsForReview =>
        [.. Decision.Outcomes.Where(o => o.IsFinding && o.Severity != Severity.Advisory)];

    /// <inheritdoc />
    public override CaseEventKind Kind => CaseEventKind.Evaluated;

    /// <summary>Creates the event.</summary>
    /// <param name="decision">The decision; its request names the case.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who ran or recorded the evaluation.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<CaseEvaluated> Create(Decision decision, Instant at, Actor actor)
    {
        Guard.Against.Null(decision);
        Guard.Against.Null(actor);
        return new CaseEvaluated(decision, at, actor);
    }

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), DecisionEquality.Hash(Decision));

    private protected override bool EqualsCore(CaseEvent other) => DecisionEquality.Same(Decision, ((CaseEvaluated)other).Decision);
}
