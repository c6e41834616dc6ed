using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Cases;

/// <summary>Compares two decisions by what they decided, not by the context object they were computed on.</summary>
internal static class DecisionEquality
{
    /// <summary>
    /// Tells whether two decisions are the same: kind, rule set's name and version, day of evaluation, request,
    /// every outcome (rule, status and evidence) and the contribution selected.
    /// </summary>
    public static bool Same(Decision left, Decision right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        var a = left.Case;
        var b = right.Case;
        return a.Kind == b.Kind
            && a.RuleSetName == b.RuleSetName
            && a.RuleSetVersion == b.RuleSetVersion
            && a.EvaluatedOn == b.EvaluatedOn
            && a.Request.Equals(b.Request)
            && a.Outcomes.SequenceEqual(b.Outcomes)
            && Equals(a.SelectedContribution?.Contribution, b.SelectedContribution?.Contribution);
    }

    /// <summary>A hash consistent with <see cref="Same"/>.</summary>
    public static int Hash(Decision decision) =>
        HashCode.Combine(decision.Kind, decision.RuleSetName, decision.RuleSetVersion, decision.Case.EvaluatedOn, decision.Case.Request.Identifier);
}
