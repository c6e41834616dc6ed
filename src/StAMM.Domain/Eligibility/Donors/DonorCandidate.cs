using Ardalis.GuardClauses;
using StAMM.Domain.Finance;

namespace StAMM.Domain.Eligibility;

/// <summary>A contribution that can fund a request, with its rank (1 is the first choice).</summary>
/// <remarks>Immutable value.</remarks>
public sealed record DonorCandidate
{
    internal DonorCandidate(int rank, ContributionBalance balance, bool isPreferred)
    {
        Rank = rank;
        Balance = Guard.Against.Null(balance);
        IsPreferred = isPreferred;
    }

    /// <summary>The rank, from 1.</summary>
    public int Rank { get; }

    /// <summary>The contribution and its balance.</summary>
    public ContributionBalance Balance { get; }

    /// <summary>Whether the request prefers this contribution's donor.</summary>
    public bool IsPreferred { get; }

    /// <summary>Returns the rank and contribution.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Rank}. {Balance}";
}
