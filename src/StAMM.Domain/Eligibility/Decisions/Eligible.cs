using NodaTime;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>The request is eligible: no rule that blocks or sends to review found anything.</summary>
/// <remarks>Carries the full trace (see <see cref="DecisionCase"/>). Immutable and thread-safe.</remarks>
public sealed class Eligible : DecisionCase
{
    internal Eligible(RuleSet ruleSet, RuleOutcome[] outcomes, AssistanceRequest request, EvaluationContext context, LocalDate evaluatedOn, int bestContribution)
        : base(ruleSet, outcomes, request, context, evaluatedOn, bestContribution)
    {
    }

    /// <inheritdoc />
    public override DecisionKind Kind => DecisionKind.Eligible;
}
