using NodaTime;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>The request is ineligible: at least one blocking rule failed.</summary>
/// <remarks>Carries the full trace (see <see cref="DecisionCase"/>). Immutable and thread-safe.</remarks>
public sealed class Ineligible : DecisionCase
{
    internal Ineligible(RuleSet ruleSet, RuleOutcome[] outcomes, AssistanceRequest request, EvaluationContext context, LocalDate evaluatedOn, int bestContribution)
        : base(ruleSet, outcomes, request, context, evaluatedOn, bestContribution)
    {
    }

    /// <inheritdoc />
    public override DecisionKind Kind => DecisionKind.Ineligible;
}
