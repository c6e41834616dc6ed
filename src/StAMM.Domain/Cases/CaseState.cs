namespace StAMM.Domain.Cases;

/// <summary>Where a request stands in its life, as folded from its case's events.</summary>
/// <remarks>
/// <para>Submitted → Evaluated → (Reviewed) → Approved → Delivered → Closed. Before approval a request may be
/// amended (back to Submitted, to be evaluated again), rejected or withdrawn; after approval it may be cancelled.</para>
/// <para><see cref="Rejected"/>, <see cref="Withdrawn"/>, <see cref="Cancelled"/> and <see cref="Closed"/> are
/// terminal: no transition leaves them.</para>
/// </remarks>
public enum CaseState
{
    /// <summary>Received (or amended) and waiting for its evaluation.</summary>
    Submitted = 1,

    /// <summary>Decided by the rules; waiting for a review or an approval.</summary>
    Evaluated = 2,

    /// <summary>A person has reviewed the findings that sent it to review.</summary>
    Reviewed = 3,

    /// <summary>Approved: money of a contribution is committed to it.</summary>
    Approved = 4,

    /// <summary>Refused, with reasons. Terminal.</summary>
    Rejected = 5,

    /// <summary>Withdrawn by the requester before approval. Terminal.</summary>
    Withdrawn = 6,

    /// <summary>Cancelled after approval; its commitment is released. Terminal.</summary>
    Cancelled = 7,

    /// <summary>Delivered as an activity of the project; its spend is recorded.</summary>
    Delivered = 8,

    /// <summary>Spend settled, the rest of the commitment released. Terminal.</summary>
    Closed = 9,
}

/// <summary>What can be said of a <see cref="CaseState"/>.</summary>
public static class CaseStateExtensions
{
    /// <summary>Tells whether no transition leaves the state.</summary>
    /// <param name="state">A state.</param>
    /// <returns><see langword="true"/> for rejected, withdrawn, cancelled and closed.</returns>
    public static bool IsTerminal(this CaseState state) =>
        state is CaseState.Rejected or CaseState.Withdrawn or CaseState.Cancelled or CaseState.Closed;

    /// <summary>Tells whether the request is still waiting for a decision of a person (submitted, evaluated or reviewed).</summary>
    /// <param name="state">A state.</param>
    /// <returns><see langword="true"/> while the request is open.</returns>
    public static bool IsOpen(this CaseState state) => state is CaseState.Submitted or CaseState.Evaluated or CaseState.Reviewed;
}
