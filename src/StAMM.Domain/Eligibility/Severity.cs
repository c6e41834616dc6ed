namespace StAMM.Domain.Eligibility;

/// <summary>What a rule's failure or warning does to the decision.</summary>
/// <remarks>
/// A <see cref="OutcomeStatus.Fail"/> of a <see cref="Blocks"/> rule makes the request ineligible; any other
/// failure or warning of a <see cref="Blocks"/> or <see cref="NeedsReview"/> rule sends it to review;
/// an <see cref="Advisory"/> rule only notes its finding in the trace.
/// </remarks>
public enum Severity
{
    /// <summary>A failure blocks approval (the request is ineligible); a warning sends it to review.</summary>
    Blocks = 1,

    /// <summary>A failure or warning sends the request to a person for review.</summary>
    NeedsReview = 2,

    /// <summary>A finding is noted in the trace but does not change the decision.</summary>
    Advisory = 3,
}
