namespace StAMM.Domain.Eligibility;

/// <summary>The three decisions an evaluation can reach.</summary>
public enum DecisionKind
{
    /// <summary>Every rule that could block or send to review is met.</summary>
    Eligible = 1,

    /// <summary>A person must decide: a rule warned, or a review rule failed.</summary>
    NeedsReview = 2,

    /// <summary>A blocking rule failed.</summary>
    Ineligible = 3,
}
