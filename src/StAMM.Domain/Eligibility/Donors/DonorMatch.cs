using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// Which contributions can fund a request, ranked, and why each other one cannot.
/// </summary>
/// <remarks>
/// <para>A contribution can fund a request when its earmarks allow every beneficiary country of the request, the requested
/// activity type and at least one of its themes, when its period can hold the requested dates, and when its known
/// remaining balance covers the estimated cost.</para>
/// <para>Ranking: the preferred donor's contributions first; then the one whose period ends first (money that expires
/// first is spent first; an open period counts as last); then the more earmarked one (unrestricted money is kept for
/// requests only it can fund); then the larger remaining balance; then donor name, programme name and amount.
/// Contributions equal on all of these (differing only in which countries or themes they earmark, in their period's
/// start, or in how the spent money splits into committed and reserved) keep the order of the context.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class DonorMatch
{
    private DonorMatch(ImmutableArray<DonorCandidate> candidates, ImmutableArray<DonorRejection> rejections)
    {
        Candidates = candidates;
        Rejections = rejections;
    }

    /// <summary>The contributions that can fund the request, best first.</summary>
    public ImmutableArray<DonorCandidate> Candidates { get; }

    /// <summary>The contributions that cannot, with the first reason found, in the context's order.</summary>
    public ImmutableArray<DonorRejection> Rejections { get; }

    /// <summary>The first choice, or <see langword="null"/> when no contribution can fund the request.</summary>
    public DonorCandidate? Best => Candidates.IsEmpty ? null : Candidates[0];

    /// <summary>Matches a request against the contributions of a context.</summary>
    /// <param name="request">The request.</param>
    /// <param name="context">The context.</param>
    /// <returns>The candidates and rejections.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DonorMatch For(AssistanceRequest request, EvaluationContext context)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(context);
        var screen = DonorScreening.Screen(request, context);
        var balances = context.BalanceArray;
        var fundable = new List<int>();
        var rejections = ImmutableArray.CreateBuilder<DonorRejection>();
        for (var i = 0; i < balances.Length; i++)
        {
            var bit = 1UL << i;
            if ((screen.Fundable & bit) != 0)
            {
                fundable.Add(i);
                continue;
            }

            var b = balances[i];
            var earmarks = b.Contribution.Earmarks;
            var (reason, message) =
                (screen.Country & bit) == 0 ? (DonorRejectionReason.CountryNotEarmarked, $"It may be spent only in {Describe(earmarks.Countries)}; the request serves {Describe(request.BeneficiaryCountries)}.")
                : (screen.Type & bit) == 0 ? (DonorRejectionReason.ActivityTypeNotEarmarked, $"It pays only for {string.Join(", ", earmarks.ActivityTypes)}, not {request.ActivityType}.")
                : (screen.Theme & bit) == 0 ? (DonorRejectionReason.ThemeNotEarmarked, $"It pays only for {string.Join(", ", earmarks.Themes)}; the request is about {string.Join(", ", request.Themes)}.")
                : (screen.Period & bit) == 0 ? (DonorRejectionReason.OutsidePeriod, $"Its period {b.Contribution.Period} cannot hold the requested dates {request.Dates}.")
                : (screen.BalanceUnknown & bit) != 0 ? (DonorRejectionReason.BalanceUnknown, "Its amount is not known, so its remaining balance cannot be confirmed.")
                : (screen.Currency & bit) != 0 ? (DonorRejectionReason.CurrencyMismatch, $"Its balance is in {b.Remaining!.Currency.Code}; the estimate is in {request.TotalCost!.Currency.Code}.")
                : (DonorRejectionReason.InsufficientBalance, $"It has {b.Remaining} left; the estimate is {request.TotalCost}.");
            rejections.Add(new DonorRejection(b, reason, message));
        }

        fundable.Sort((x, y) =>
        {
            var c = DonorScreening.Rank(balances[x], balances[y], request.PreferredDonor);
            return c != 0 ? c : x.CompareTo(y);
        });
        var candidates = ImmutableArray.CreateBuilder<DonorCandidate>(fundable.Count);
        for (var r = 0; r < fundable.Count; r++)
        {
            var b = balances[fundable[r]];
            candidates.Add(new DonorCandidate(r + 1, b, request.PreferredDonor is not null && b.Contribution.Donor == request.PreferredDonor));
        }

        return new DonorMatch(candidates.MoveToImmutable(), rejections.ToImmutable());
    }

    private static string Describe(IEnumerable<Country> countries) => string.Join(", ", countries.Select(c => c.Code));
}
