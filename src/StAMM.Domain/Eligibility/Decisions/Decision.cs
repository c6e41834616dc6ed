using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OneOf;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// The decision on a request: <see cref="Eligible"/>, <see cref="NeedsReview"/> or <see cref="Ineligible"/>, each
/// with the full trace. Consume it exhaustively with <c>Match</c> or <c>Switch</c>, or read <see cref="Kind"/> and
/// <see cref="Case"/>.
/// </summary>
/// <remarks>Written by hand in the shape OneOf's source generator would produce. Immutable and thread-safe.</remarks>
public sealed class Decision : OneOfBase<Eligible, NeedsReview, Ineligible>
{
    private Decision(OneOf<Eligible, NeedsReview, Ineligible> input)
        : base(input)
    {
    }

    /// <summary>The decision's case, with its trace.</summary>
    public DecisionCase Case => Match<DecisionCase>(static e => e, static n => n, static i => i);

    /// <summary>Which decision this is.</summary>
    public DecisionKind Kind => Case.Kind;

    /// <summary>Every rule's outcome, ordered by stage, then code.</summary>
    public ImmutableArray<RuleOutcome> Outcomes => Case.Outcomes;

    /// <summary>The name of the rule set that decided.</summary>
    public string RuleSetName => Case.RuleSetName;

    /// <summary>The version of the rule set that decided.</summary>
    public string RuleSetVersion => Case.RuleSetVersion;

    /// <summary>Wraps an eligible decision.</summary>
    /// <param name="eligible">The case.</param>
    public static implicit operator Decision(Eligible eligible) => new(Guard.Against.Null(eligible));

    /// <summary>Wraps a decision to review.</summary>
    /// <param name="needsReview">The case.</param>
    public static implicit operator Decision(NeedsReview needsReview) => new(Guard.Against.Null(needsReview));

    /// <summary>Wraps an ineligible decision.</summary>
    /// <param name="ineligible">The case.</param>
    public static implicit operator Decision(Ineligible ineligible) => new(Guard.Against.Null(ineligible));

    /// <summary>Returns the decision and its trace.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Case.ToString();
}
