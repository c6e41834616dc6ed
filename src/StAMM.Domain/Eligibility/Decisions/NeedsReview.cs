using NodaTime;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>The request needs a person's review: a rule warned, or a review rule failed; no blocking rule failed.</summary>
/// <remarks>Carries the full trace (see <see cref="DecisionCase"/>). Immutable and thread-safe.</remarks>
public sealed class NeedsReview : DecisionCase
{
    internal NeedsReview(RuleSet ruleSet, RuleOutcome[] outcomes, AssistanceRequest request, EvaluationContext context, LocalDate evaluatedOn, int bestContribution)
        : base(ruleSet, outcomes, request, context, evaluatedOn, bestContribution)
    {
    }

    /// <inheritdoc />
    public override DecisionKind Kind => DecisionKind.NeedsReview;
}
