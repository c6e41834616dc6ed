using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace StAMM.Domain.Cases;

/// <summary>
/// One thing that happened to a request: the only stored fact of a case. A case's state is the fold of its events.
/// </summary>
/// <remarks>
/// <para>Every event names its case (the request's identifier), the instant it happened and the person who acted.
/// The kinds are closed: <see cref="CaseSubmitted"/>, <see cref="CaseEvaluated"/>, <see cref="CaseReviewed"/>,
/// <see cref="CaseApproved"/>, <see cref="CaseRejected"/>, <see cref="CaseAmended"/>, <see cref="CaseWithdrawn"/>,
/// <see cref="CaseCancelled"/>, <see cref="CaseDelivered"/> and <see cref="CaseClosed"/>.</para>
/// <para>An event is valid on its own (each kind's <c>Create</c> checks its fields); whether it may follow the events
/// before it is for <see cref="AssistanceCase.Append"/> and <see cref="Portfolios.Portfolio.Append"/> to say.</para>
/// <para>Immutable value; equality by kind and all members.</para>
/// </remarks>
public abstract class CaseEvent : IEquatable<CaseEvent>
{
    private protected CaseEvent(string caseId, Instant at, Actor actor)
    {
        CaseId = caseId;
        At = at;
        Actor = Guard.Against.Null(actor);
    }

    /// <summary>The case: the identifier of its request.</summary>
    public string CaseId { get; }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>Who acted.</summary>
    public Actor Actor { get; }

    /// <summary>The kind of event.</summary>
    public abstract CaseEventKind Kind { get; }

    /// <summary>Compares by value.</summary>
    /// <param name="left">An event.</param>
    /// <param name="right">An event.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(CaseEvent? left, CaseEvent? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">An event.</param>
    /// <param name="right">An event.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(CaseEvent? left, CaseEvent? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(CaseEvent? other) =>
        ReferenceEquals(this, other)
        || (other is not null && other.Kind == Kind && other.CaseId == CaseId && other.At == At && other.Actor == Actor && EqualsCore(other));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CaseEvent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, CaseId, At, Actor);

    /// <summary>Returns the kind, case, instant and person.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {CaseId} at {InstantPattern.General.Format(At)} by {Actor}";

    /// <summary>Compares the members of the kind; <paramref name="other"/> is of the same kind.</summary>
    /// <param name="other">An event of the same kind.</param>
    /// <returns>Whether the members are equal.</returns>
    private protected abstract bool EqualsCore(CaseEvent other);
}
