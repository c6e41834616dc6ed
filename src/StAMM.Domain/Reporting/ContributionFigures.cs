using System.Collections.Immutable;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Reporting;

/// <summary>
/// One contribution as recorded by the end of the report's period: its amount, what was committed of it (spent included), what was
/// spent, what is still available, and the spend against the commitment of each activity it funded in the period.
/// </summary>
/// <remarks>
/// <para>Where the amount is known, <see cref="Committed"/> + <see cref="Available"/> = <see cref="Amount"/> and
/// <see cref="Spent"/> is part of <see cref="Committed"/>. Where it is not known, nothing can be committed against it and
/// every figure is <see langword="null"/> (unknown), never zero.</para>
/// <para>The figures are those of <see cref="Portfolios.ContributionPosition"/> at the end of the period: there
/// "committed" is what approved requests still hold; here it is that plus what was spent, as donors read it.</para>
/// <para>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</para>
/// </remarks>
public sealed record ContributionFigures
{
    internal ContributionFigures(Contribution contribution, Money? committed, Money? spent, Money? available, ImmutableArray<ActivitySpend> activities)
    {
        Contribution = contribution;
        Committed = committed;
        Spent = spent;
        Available = available;
        Activities = activities;
    }

    /// <summary>The contribution.</summary>
    public Contribution Contribution { get; }

    /// <summary>The amount; <see langword="null"/> when not known.</summary>
    public Money? Amount => Contribution.Amount;

    /// <summary>Committed to approved requests, what they spent included; <see langword="null"/> when the amount is unknown.</summary>
    public Money? Committed { get; }

    /// <summary>Spent by delivered activities; <see langword="null"/> when the amount is unknown.</summary>
    public Money? Spent { get; }

    /// <summary>What may still be committed; <see langword="null"/> when the amount is unknown.</summary>
    public Money? Available { get; }

    /// <summary>The activities of the period it funded, each with its commitment and spend, in the order submitted.</summary>
    public ImmutableArray<ActivitySpend> Activities { get; }

    /// <inheritdoc />
    public bool Equals(ContributionFigures? other) =>
        other is not null
        && Contribution.Equals(other.Contribution)
        && Equals(Committed, other.Committed)
        && Equals(Spent, other.Spent)
        && Equals(Available, other.Available)
        && Sequences.Same(Activities, other.Activities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Contribution, Committed, Spent, Available, Sequences.Hash(Activities));

    /// <summary>Returns the contribution and its figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Committed is null
        ? $"{Contribution}; committed, spent and available unknown"
        : $"{Contribution}; committed {Committed}, spent {Spent}, available {Available}";
}

/// <summary>One delivered activity's spend against the money committed to it, in its contribution's currency.</summary>
/// <remarks>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</remarks>
public sealed record ActivitySpend
{
    internal ActivitySpend(string activity, string title, ActivityType type, Country country, Money committed, Money spent)
    {
        Activity = activity;
        Title = title;
        Type = type;
        Country = country;
        Committed = committed;
        Spent = spent;
    }

    /// <summary>The activity's identifier: its case's.</summary>
    public string Activity { get; }

    /// <summary>The activity's title.</summary>
    public string Title { get; }

    /// <summary>The activity's type.</summary>
    public ActivityType Type { get; }

    /// <summary>The country of the requesting institution.</summary>
    public Country Country { get; }

    /// <summary>The money committed at approval, in the contribution's currency.</summary>
    public Money Committed { get; }

    /// <summary>The actual cost, in the contribution's currency; zero when it cost nothing.</summary>
    public Money Spent { get; }

    /// <summary>What the delivery did not spend of the commitment: <see cref="Committed"/> − <see cref="Spent"/>.</summary>
    public Money Unspent => Committed - Spent;

    /// <summary>Returns the activity, commitment and spend.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Activity}: committed {Committed}, spent {Spent}";
}

/// <summary>
/// One donor as recorded by the end of the report's period: the sums of its contributions whose amounts are known, per currency,
/// and how many of its contributions are of unknown amount (left out of the sums, never counted as zero).
/// </summary>
/// <remarks>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</remarks>
public sealed record DonorFigures
{
    internal DonorFigures(Organisations.Donor donor, ImmutableArray<MoneyFigures> byCurrency, int unknownAmounts)
    {
        Donor = donor;
        ByCurrency = byCurrency;
        UnknownAmounts = unknownAmounts;
    }

    /// <summary>The donor.</summary>
    public Organisations.Donor Donor { get; }

    /// <summary>The sums of its contributions of known amount, one per currency, ordered by currency code.</summary>
    public ImmutableArray<MoneyFigures> ByCurrency { get; }

    /// <summary>How many of its contributions are of unknown amount; their figures are unknown and in no sum.</summary>
    public int UnknownAmounts { get; }

    /// <inheritdoc />
    public bool Equals(DonorFigures? other) =>
        other is not null && Donor.Equals(other.Donor) && UnknownAmounts == other.UnknownAmounts && Sequences.Same(ByCurrency, other.ByCurrency);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Donor, UnknownAmounts, Sequences.Hash(ByCurrency));

    /// <summary>Returns the donor and its sums.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Donor.Organisation.ShortName}: {string.Join("; ", ByCurrency)}{(UnknownAmounts == 0 ? string.Empty : $"; {UnknownAmounts} of unknown amount")}";
}

/// <summary>Amount, committed (spent included), spent and available in one currency; committed + available = amount.</summary>
/// <remarks>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</remarks>
public sealed record MoneyFigures
{
    internal MoneyFigures(Money amount, Money committed, Money spent)
    {
        Amount = amount;
        Committed = committed;
        Spent = spent;
    }

    /// <summary>The currency.</summary>
    public Currency Currency => Amount.Currency;

    /// <summary>The amount.</summary>
    public Money Amount { get; }

    /// <summary>Committed, spent included.</summary>
    public Money Committed { get; }

    /// <summary>Spent.</summary>
    public Money Spent { get; }

    /// <summary>Still available: <see cref="Amount"/> − <see cref="Committed"/>.</summary>
    public Money Available => Amount - Committed;

    /// <summary>Returns the figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Amount}: committed {Committed}, spent {Spent}, available {Available}";
}
