using StAMM.Domain.Finance;

namespace StAMM.Domain.Portfolios;

/// <summary>
/// Where a contribution stands at an instant, derived from the portfolio's events: its amount, what approved
/// requests hold committed, what delivered activities spent, and what is still available.
/// </summary>
/// <remarks>
/// <para>Amount = committed + spent + available. Approval commits; delivery turns part of the commitment into spend;
/// closing and cancelling release what is left of it.</para>
/// <para>When the contribution's amount is not known, nothing can be committed against it, and every figure is
/// <see langword="null"/> (unknown): the model does not turn an unknown into zero.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed record ContributionPosition
{
    internal ContributionPosition(Contribution contribution, decimal committed, decimal spent)
    {
        Contribution = contribution;
        if (contribution.Amount is { } amount)
        {
            Committed = Money.Of(committed, amount.Currency);
            Spent = Money.Of(spent, amount.Currency);
            Available = Money.Of(amount.Amount - committed - spent, amount.Currency);
        }
    }

    /// <summary>The contribution.</summary>
    public Contribution Contribution { get; }

    /// <summary>The contribution's amount; <see langword="null"/> when not known.</summary>
    public Money? Amount => Contribution.Amount;

    /// <summary>Held by approved requests not yet spent or released; <see langword="null"/> when the amount is unknown.</summary>
    public Money? Committed { get; }

    /// <summary>Spent by delivered activities; <see langword="null"/> when the amount is unknown.</summary>
    public Money? Spent { get; }

    /// <summary>What may still be committed; <see langword="null"/> when the amount is unknown.</summary>
    public Money? Available { get; }

    /// <summary>
    /// The balance the eligibility rules read: what delivered activities spent as its committed part, what approved
    /// requests hold as its reserved part, so its remaining balance is <see cref="Available"/>.
    /// </summary>
    /// <returns>The balance; untouched (remaining unknown) when the amount is unknown.</returns>
    public ContributionBalance ToBalance() => Committed is null
        ? ContributionBalance.Untouched(Contribution)
        : ContributionBalance.Create(Contribution, committed: Spent, reserved: Committed).OrThrow();

    /// <summary>Returns the contribution and its figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Committed is null
        ? $"{Contribution}; committed, spent and available unknown"
        : $"{Contribution}; committed {Committed}, spent {Spent}, available {Available}";
}
