using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// Which contributions of a context pass each earmark for one request, as bit masks (bit i for the context's
/// contribution i), and the best-ranked fundable one. Computed once per evaluation without allocating.
/// </summary>
internal readonly struct DonorScreening
{
    private DonorScreening(int count, ulong country, ulong type, ulong theme, ulong period, ulong balance, ulong balanceUnknown, ulong currency, int best)
    {
        Count = count;
        Country = country;
        Type = type;
        Theme = theme;
        Period = period;
        Balance = balance;
        BalanceUnknown = balanceUnknown;
        Currency = currency;
        Best = best;
    }

    public int Count { get; }

    public ulong Country { get; }

    public ulong Type { get; }

    public ulong Theme { get; }

    public ulong Period { get; }

    /// <summary>Known remaining balance, in the request's currency, covers the cost.</summary>
    public ulong Balance { get; }

    /// <summary>The remaining balance is not known (the contribution's amount is not known).</summary>
    public ulong BalanceUnknown { get; }

    /// <summary>The remaining balance is in another currency than the request's cost.</summary>
    public ulong Currency { get; }

    /// <summary>Passes every earmark: country, activity type and theme, period.</summary>
    public ulong Earmarked => Country & Type & Theme & Period;

    /// <summary>Passes every earmark and has the money.</summary>
    public ulong Fundable => Earmarked & Balance;

    /// <summary>The index of the best-ranked fundable contribution, or -1.</summary>
    public int Best { get; }

    public static DonorScreening Screen(AssistanceRequest request, EvaluationContext context)
    {
        var balances = context.BalanceArray;
        ulong country = 0, type = 0, theme = 0, period = 0, balance = 0, unknown = 0, currency = 0;
        var cost = request.TotalCost;
        var dates = request.Dates;
        for (var i = 0; i < balances.Length; i++)
        {
            var b = balances[i];
            var earmarks = b.Contribution.Earmarks;
            var bit = 1UL << i;
            if (earmarks.AllowsAll(request.BeneficiaryCountrySet))
            {
                country |= bit;
            }

            if (earmarks.TypeMask == 0 || (earmarks.TypeMask & (1 << (int)request.ActivityType)) != 0)
            {
                type |= bit;
            }

            if (earmarks.ThemeMask == 0 || (earmarks.ThemeMask & request.ThemeMask) != 0)
            {
                theme |= bit;
            }

            var start = Math.Max(dates.StartDay, b.PeriodStartDay);
            var end = Math.Min(dates.EndDay, b.PeriodEndDay);
            if ((long)end - start + 1 >= dates.DurationInDays)
            {
                period |= bit;
            }

            if (cost is null || cost.Amount == 0m)
            {
                balance |= bit;
            }
            else if (b.Remaining is not { } remaining)
            {
                unknown |= bit;
            }
            else if (remaining.Currency != cost.Currency)
            {
                currency |= bit;
            }
            else if (remaining.Amount >= cost.Amount)
            {
                balance |= bit;
            }
        }

        var fundable = country & type & theme & period & balance;
        var best = -1;
        for (var i = 0; i < balances.Length; i++)
        {
            if ((fundable & (1UL << i)) != 0 && (best < 0 || Rank(balances[i], balances[best], request.PreferredDonor) < 0))
            {
                best = i;
            }
        }

        return new DonorScreening(balances.Length, country, type, theme, period, balance, unknown, currency, best);
    }

    /// <summary>
    /// Orders two fundable contributions: the preferred donor's first; then the one whose period ends first (money
    /// that expires first is spent first; an open period counts as last); then the more earmarked one (keep
    /// unrestricted money for requests only it can fund); then the larger remaining balance; then by donor name,
    /// programme name and amount. Contributions equal on all of these (they differ only in which countries or themes
    /// they earmark, when their period starts, or how the spent money splits into committed and reserved) compare as
    /// equal, and the caller keeps the context's order: the first listed wins.
    /// </summary>
    public static int Rank(ContributionBalance a, ContributionBalance b, Donor? preferred)
    {
        if (preferred is not null)
        {
            var pa = a.Contribution.Donor == preferred;
            var pb = b.Contribution.Donor == preferred;
            if (pa != pb)
            {
                return pa ? -1 : 1;
            }
        }

        var c = a.PeriodEndDay.CompareTo(b.PeriodEndDay);
        if (c != 0)
        {
            return c;
        }

        c = b.RestrictedDimensions.CompareTo(a.RestrictedDimensions);
        if (c != 0)
        {
            return c;
        }

        if (a.Remaining is { } ra && b.Remaining is { } rb && ra.HasSameCurrencyAs(rb))
        {
            c = rb.Amount.CompareTo(ra.Amount);
            if (c != 0)
            {
                return c;
            }
        }

        c = string.CompareOrdinal(a.Contribution.Donor.Name, b.Contribution.Donor.Name);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Contribution.Programme?.Name, b.Contribution.Programme?.Name);
        if (c != 0)
        {
            return c;
        }

        return (a.Contribution.Amount?.Amount ?? 0m).CompareTo(b.Contribution.Amount?.Amount ?? 0m);
    }
}
