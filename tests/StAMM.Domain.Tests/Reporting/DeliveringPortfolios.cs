using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;
using static StAMM.Domain.Testing.IllustrativeFacility;

namespace StAMM.Domain.Tests.Reporting;

/// <summary>
/// Portfolios of the illustrative facility whose cases go as far as the rules let them: evaluated, reviewed, approved
/// (overridden when ineligible), delivered with participants known in part, some closed. <see cref="Generate.Portfolio"/>
/// explores the life cycle; these give the reports activities, participants and spend to add up.
/// </summary>
internal static class DeliveringPortfolios
{
    public static Gen<Portfolio> Gen { get; } =
        from requests in Generate.Request.StammLike.Array[1, 10]
        from shares in CsCheck.Gen.Int[0, 99].Array[10]
        select Play(requests, shares);

    /// <summary>Mixed: half from <see cref="Generate.Portfolio"/>, half from <see cref="Gen"/>.</summary>
    public static Gen<Portfolio> Mixed { get; } = CsCheck.Gen.OneOf(Generate.Portfolio.Sized(1, 8, 80), Gen);

    /// <summary>A portfolio of <see cref="Gen"/>'s kind with about <paramref name="cases"/> cases, the same for a seed on every run.</summary>
    /// <param name="cases">How many requests are submitted.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The portfolio.</returns>
    public static Portfolio Sample(int cases, ulong seed = 2026)
    {
        var pcg = new PCG(7u, seed);
        var requests = Generate.Request.StammLike.Array[cases].Generate(pcg, null, out _);
        var shares = CsCheck.Gen.Int[0, 99].Array[cases].Generate(pcg, null, out _);
        return Play(requests, shares);
    }

    private static Portfolio Play(AssistanceRequest[] requests, int[] shares)
    {
        var portfolio = EmptyPortfolio();
        var ordered = requests.OrderBy(r => r.Submitted).Select((r, i) => RequestBuilder.Like(r).WithIdentifier($"2026-{i:000}-DEL").Build().OrNull()).OfType<AssistanceRequest>().ToArray();
        var clock = ordered.Length == 0 ? Instant.MinValue : ordered[0].Submitted;
        for (var i = 0; i < ordered.Length; i++)
        {
            var request = ordered[i];
            var share = shares[i % shares.Length];
            clock = Instant.Max(clock, request.Submitted);
            portfolio = Go(portfolio, request, share, ref clock);
        }

        return portfolio;
    }

    private static Portfolio Go(Portfolio portfolio, AssistanceRequest request, int share, ref Instant clock)
    {
        portfolio = portfolio.Append(CaseSubmitted.Create(request, clock, Officer).OrThrow()).OrThrow();
        clock += Duration.FromHours(1 + share);
        if (portfolio.Evaluate(request.Identifier, clock, Officer).OrNull() is not { } evaluated)
        {
            return portfolio;
        }

        portfolio = evaluated;
        var found = portfolio.FindCase(request.Identifier)!;
        if (found.Evaluation!.FindingsForReview.Length > 0)
        {
            clock += Duration.FromHours(1);
            var accepts = found.Evaluation.FindingsForReview.Select(f => FindingReview.Accept(f.Code, "Checked with the requester.").OrThrow());
            if (!Record(ref portfolio, found.Review(accepts, clock, Reviewer)))
            {
                return portfolio;
            }
        }

        clock += Duration.FromHours(1);
        found = portfolio.FindCase(request.Identifier)!;
        var euros = Money.Of(100m + (share * 10m), Currency.Eur);
        var commitment = share % 3 == 0 ? Commitment.Create(SwissContribution, euros, EurToChf).OrThrow() : Commitment.Create(CzechContribution, euros).OrThrow();
        var overrideJustification = found.Decision?.Kind == DecisionKind.Ineligible ? "Overridden: the need is urgent." : null;
        if (!Record(ref portfolio, found.Approve(commitment, clock, Approver, overrideJustification: overrideJustification)))
        {
            return portfolio;
        }

        clock += Duration.FromHours(1);
        found = portfolio.FindCase(request.Identifier)!;
        var start = request.Dates.EarliestStart;
        var period = share % 5 == 0 ? ActivityPeriod.InMonth(new YearMonth(start.Year, start.Month)) : ActivityPeriod.Exact(start, start.PlusDays(request.Dates.DurationInDays - 1));
        var spent = Money.Of(Math.Round(euros.Amount * share / 100m, 2), Currency.Eur);
        CostLine[] costs = share % 7 == 0 ? [] : [CostLine.Create(CostCategory.Travel, spent).OrThrow()];
        if (!Record(ref portfolio, found.Deliver(period, request.Venue, ParticipantsOf(request, share), costs, clock, Officer)))
        {
            return portfolio;
        }

        if (share % 2 == 0)
        {
            clock += Duration.FromHours(1);
            Record(ref portfolio, portfolio.FindCase(request.Identifier)!.Close(clock, Officer));
        }

        return portfolio;
    }

    /// <summary>
    /// Who took part, as facilities record it: nothing known; a count only; a count from the requester's country, by
    /// sex; a count per country (two countries) and by sex; a count per country without a count in all.
    /// </summary>
    private static Participants ParticipantsOf(AssistanceRequest request, int share)
    {
        var home = request.RequesterCountry;
        var other = request.InvolvedCountries.FirstOrDefault(c => c != home) ?? (home == Country.Serbia ? Country.Montenegro : Country.Serbia);
        var n = share + 1;
        return (share % 5) switch
        {
            0 => Participants.Unknown,
            1 => Participants.Create(count: n).OrThrow(),
            2 => Participants.Create(count: n, countries: [home], bySex: SexBreakdown.Create(n / 2, n - (n / 2)).OrThrow()).OrThrow(),
            3 => Participants.Create(
                count: n,
                countries: [home, other],
                countByCountry: new Dictionary<Country, int> { [home] = n / 2, [other] = n - (n / 2) },
                bySex: SexBreakdown.Create(n / 3, n - (n / 3)).OrThrow()).OrThrow(),
            _ => Participants.Create(countries: [home], countByCountry: new Dictionary<Country, int> { [home] = n }).OrThrow(),
        };
    }

    private static bool Record(ref Portfolio portfolio, ValidationResult<CaseTransition> transition)
    {
        if (transition.OrNull() is { } t && portfolio.Append(t.Event).OrNull() is { } next)
        {
            portfolio = next;
            return true;
        }

        return false;
    }
}
