using StAMM.Domain.Eligibility;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Eligibility.Rules;

/// <summary>Evaluates one rule on its own, in the baseline context unless another is given.</summary>
internal static class RuleProbe
{
    public static RuleOutcome Evaluate(EligibilityRule rule, RequestBuilder request) =>
        rule.Evaluate(new EvaluationInput(request.BuildValid(), Baseline.Context.BuildValid()));

    public static RuleOutcome Evaluate(EligibilityRule rule, RequestBuilder request, EvaluationContextBuilder context) =>
        rule.Evaluate(new EvaluationInput(request.BuildValid(), context.BuildValid()));
}
