using Ardalis.GuardClauses;
using StAMM.Domain.Finance;

namespace StAMM.Domain.Eligibility;

/// <summary>A contribution that cannot fund a request, and why.</summary>
/// <remarks>Immutable value.</remarks>
public sealed record DonorRejection
{
    internal DonorRejection(ContributionBalance balance, DonorRejectionReason reason, string message)
    {
        Balance = Guard.Against.Null(balance);
        Reason = reason;
        Message = message;
    }

    /// <summary>The contribution and its balance.</summary>
    public ContributionBalance Balance { get; }

    /// <summary>The first reason found.</summary>
    public DonorRejectionReason Reason { get; }

    /// <summary>The reason in a sentence.</summary>
    public string Message { get; }

    /// <summary>Returns the contribution and reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Balance.Contribution}: {Message}";
}
