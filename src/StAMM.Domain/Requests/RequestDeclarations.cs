using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Requests;

/// <summary>
/// What the requester declares and attaches: the documents the request comes with, an emergency, that no other
/// facility funds the same activity, how it is coordinated, and why a usual limit should be exceeded. One part of an
/// <see cref="AssistanceRequest"/>; <see cref="None"/> when nothing is declared.
/// </summary>
/// <remarks>Immutable value; equality by all members. Thread-safe.</remarks>
public sealed class RequestDeclarations : IEquatable<RequestDeclarations>
{
    private RequestDeclarations(
        ImmutableSortedSet<AttachmentKind> attachments,
        bool isEmergency,
        bool declaresNoParallelFunding,
        string? coordination,
        string? justification)
    {
        Attachments = attachments;
        IsEmergency = isEmergency;
        DeclaresNoParallelFunding = declaresNoParallelFunding;
        Coordination = coordination;
        Justification = justification;
    }

    /// <summary>No attachment, no declaration, no statement.</summary>
    public static RequestDeclarations None { get; } = new([], false, false, null, null);

    /// <summary>The documents the request declares it comes with.</summary>
    public ImmutableSortedSet<AttachmentKind> Attachments { get; }

    /// <summary>Whether the requester declares an emergency that justifies a short lead time.</summary>
    public bool IsEmergency { get; }

    /// <summary>Whether the requester declares that no other facility (TAIEX, IPA, MIEUX, another donor) funds the same activity.</summary>
    public bool DeclaresNoParallelFunding { get; }

    /// <summary>How the request is coordinated with other facilities and donors, in words.</summary>
    public string? Coordination { get; }

    /// <summary>The requester's justification for going beyond a usual limit (a longer activity, a larger delegation).</summary>
    public string? Justification { get; }

    /// <summary>Validates and creates the declarations.</summary>
    /// <param name="attachments">The declared attachments; duplicates are merged.</param>
    /// <param name="isEmergency">Whether an emergency is declared.</param>
    /// <param name="declaresNoParallelFunding">Whether no parallel funding is declared.</param>
    /// <param name="coordination">How it is coordinated with other facilities.</param>
    /// <param name="justification">Why a usual limit should be exceeded.</param>
    /// <returns>The declarations, or every problem, at the paths of the request document (<c>coordination</c>, <c>justification</c>).</returns>
    /// <exception cref="ArgumentException">An attachment kind is not defined.</exception>
    public static ValidationResult<RequestDeclarations> Create(
        IEnumerable<AttachmentKind>? attachments = null,
        bool isEmergency = false,
        bool declaresNoParallelFunding = false,
        string? coordination = null,
        string? justification = null)
    {
        var attachmentList = Guard.Against.UndefinedElements(attachments);
        var problems = new ProblemCollector();
        var validCoordination = Text.Optional(problems, coordination, "coordination", Text.LongLength);
        var validJustification = Text.Optional(problems, justification, "justification", Text.LongLength);
        return problems.Finish(() => new RequestDeclarations(
            [.. attachmentList], isEmergency, declaresNoParallelFunding, validCoordination, validJustification));
    }

    /// <inheritdoc />
    public bool Equals(RequestDeclarations? other) =>
        other is not null
        && Attachments.SequenceEqual(other.Attachments)
        && IsEmergency == other.IsEmergency
        && DeclaresNoParallelFunding == other.DeclaresNoParallelFunding
        && Coordination == other.Coordination
        && Justification == other.Justification;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestDeclarations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Attachments.Count, IsEmergency, DeclaresNoParallelFunding, Coordination, Justification);

    /// <summary>Returns the attachments and the declarations given.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Attachments.Count} attachment(s){(IsEmergency ? ", emergency" : "")}{(DeclaresNoParallelFunding ? ", no parallel funding" : "")}";

    /// <summary>Compares by value.</summary>
    /// <param name="left">Declarations.</param>
    /// <param name="right">Declarations.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(RequestDeclarations? left, RequestDeclarations? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">Declarations.</param>
    /// <param name="right">Declarations.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(RequestDeclarations? left, RequestDeclarations? right) => !(left == right);
}
