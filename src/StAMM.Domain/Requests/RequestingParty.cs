using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Requests;

/// <summary>
/// Who asks and for whom: the requesting institution, the person to contact, a co-requesting public authority and
/// the other institutions that benefit. One part of an <see cref="AssistanceRequest"/>.
/// </summary>
/// <remarks>Immutable value; equality by all members (the beneficiaries in order). Thread-safe.</remarks>
public sealed class RequestingParty : IEquatable<RequestingParty>
{
    private RequestingParty(Institution requester, Contact contact, Institution? coRequester, ImmutableArray<Institution> beneficiaries)
    {
        Requester = requester;
        Contact = contact;
        CoRequester = coRequester;
        Beneficiaries = beneficiaries;
    }

    /// <summary>The requesting institution.</summary>
    public Institution Requester { get; }

    /// <summary>Whom to contact about the request.</summary>
    public Contact Contact { get; }

    /// <summary>The public authority that co-requests, when the requester is a civil-society organisation.</summary>
    public Institution? CoRequester { get; }

    /// <summary>The institutions that benefit, besides the requester.</summary>
    public ImmutableArray<Institution> Beneficiaries { get; }

    /// <summary>Validates and creates the requesting party.</summary>
    /// <param name="requester">The requesting institution.</param>
    /// <param name="contact">Whom to contact.</param>
    /// <param name="coRequester">A co-requesting public authority; not the requester itself.</param>
    /// <param name="beneficiaries">Other beneficiary institutions; none named twice.</param>
    /// <returns>The party, or every problem, at the paths of the request document (<c>coRequester</c>, <c>beneficiaries[2]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requester"/> or <paramref name="contact"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="beneficiaries"/> holds a null.</exception>
    public static ValidationResult<RequestingParty> Create(
        Institution requester,
        Contact contact,
        Institution? coRequester = null,
        IEnumerable<Institution>? beneficiaries = null)
    {
        Guard.Against.Null(requester);
        Guard.Against.Null(contact);
        var beneficiaryList = Guard.Against.NullElements(beneficiaries);
        var problems = new ProblemCollector();
        problems.AddDuplicates(beneficiaryList.AsSpan(), b => b, "beneficiaries", (b, _) => $"'{b.Name}' is named more than once.");
        if (coRequester is not null && coRequester == requester)
        {
            problems.Add(ProblemCodes.NotAllowed, "coRequester", "The co-requester is another institution than the requester.");
        }

        return problems.Finish(() => new RequestingParty(requester, contact, coRequester, beneficiaryList));
    }

    /// <inheritdoc />
    public bool Equals(RequestingParty? other) =>
        other is not null
        && Requester == other.Requester
        && Contact == other.Contact
        && CoRequester == other.CoRequester
        && Beneficiaries.SequenceEqual(other.Beneficiaries);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestingParty);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Requester, Contact, CoRequester, Beneficiaries.Length);

    /// <summary>Returns the requester and the contact.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Requester.Name} ({Contact})";

    /// <summary>Compares by value.</summary>
    /// <param name="left">A party.</param>
    /// <param name="right">A party.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(RequestingParty? left, RequestingParty? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A party.</param>
    /// <param name="right">A party.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(RequestingParty? left, RequestingParty? right) => !(left == right);
}
