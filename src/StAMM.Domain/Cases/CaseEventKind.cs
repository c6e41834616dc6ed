namespace StAMM.Domain.Cases;

/// <summary>The kinds of <see cref="CaseEvent"/>.</summary>
public enum CaseEventKind
{
    /// <summary>A <see cref="CaseSubmitted"/> event.</summary>
    Submitted = 1,

    /// <summary>A <see cref="CaseEvaluated"/> event.</summary>
    Evaluated = 2,

    /// <summary>A <see cref="CaseReviewed"/> event.</summary>
    Reviewed = 3,

    /// <summary>A <see cref="CaseApproved"/> event.</summary>
    Approved = 4,

    /// <summary>A <see cref="CaseRejected"/> event.</summary>
    Rejected = 5,

    /// <summary>A <see cref="CaseAmended"/> event.</summary>
    Amended = 6,

    /// <summary>A <see cref="CaseWithdrawn"/> event.</summary>
    Withdrawn = 7,

    /// <summary>A <see cref="CaseCancelled"/> event.</summary>
    Cancelled = 8,

    /// <summary>A <see cref="CaseDelivered"/> event.</summary>
    Delivered = 9,

    /// <summary>A <see cref="CaseClosed"/> event.</summary>
    Closed = 10,
}
