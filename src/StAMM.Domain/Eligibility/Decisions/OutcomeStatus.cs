namespace StAMM.Domain.Eligibility;

/// <summary>What one rule found about one request.</summary>
public enum OutcomeStatus : byte
{
    /// <summary>The request meets the rule.</summary>
    Pass = 1,

    /// <summary>The request needs a justification or a person's decision.</summary>
    Warn = 2,

    /// <summary>The request breaks the rule.</summary>
    Fail = 3,

    /// <summary>The rule does not concern the request (a study-visit rule for a workshop, a count that is not given).</summary>
    NotApplicable = 4,
}
