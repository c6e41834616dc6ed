using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;
using static StAMM.Domain.Testing.IllustrativeFacility;

namespace StAMM.Domain.Testing;

/// <summary>
/// Generated portfolios of the <see cref="IllustrativeFacility"/>: StAMM-like requests decided by two versions of the
/// built-in rules, taken through random steps of their lives (evaluation, review, approval with or without override,
/// amendment, rejection, withdrawal, cancellation, delivery, closing) at random times, some at the same instant. A step
/// the case rules refuse is skipped, so every generated portfolio is one a facility could have recorded.
/// </summary>
public sealed class PortfolioGenerator
{
    internal PortfolioGenerator()
    {
        Valid = Sized(1, 8, 60);
    }

    /// <summary>Portfolios of one to eight cases and up to sixty steps.</summary>
    public Gen<Portfolio> Valid { get; }

    /// <summary>Portfolios of <paramref name="minCases"/> to <paramref name="maxCases"/> cases and up to <paramref name="maxSteps"/> steps.</summary>
    /// <param name="minCases">The fewest requests submitted (at least 1).</param>
    /// <param name="maxCases">The most requests submitted.</param>
    /// <param name="maxSteps">The most steps taken on them (submissions included).</param>
    /// <returns>The generator.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Read as Generate.Portfolio.Sized, like the other generators' members.")]
    public Gen<Portfolio> Sized(int minCases, int maxCases, int maxSteps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minCases, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCases, minCases);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSteps);
        return
            from requests in Generate.Request.StammLike.Array[minCases, maxCases]
            from earlier in Gen.Bool.Array[requests.Length]
            from steps in Gen.Select(Gen.Int[0, maxCases - 1], Gen.Int[0, 10], Gen.Int[1, 100], Gen.OneOf(Gen.Const(0), Gen.Int[1, 72]))
                .Select((c, a, s, h) => new Step(c, a, s, h)).Array[0, maxSteps]
            select Play(requests, earlier, steps);
    }

    /// <summary>One step: which case, what to do, how much, how long after the step before.</summary>
    private readonly record struct Step(int Case, int Action, int Share, int Hours);

    private static Portfolio Play(AssistanceRequest[] requests, bool[] earlier, Step[] steps)
    {
        // Unique identifiers; some requests submitted 90 days earlier, so that both rule-set versions decide.
        var cases = requests.Select((r, i) => RequestBuilder.Like(r)
            .WithIdentifier($"2026-{i:000}-GEN")
            .SubmittedAt(earlier[i] ? r.Submitted.Minus(Duration.FromDays(90)) : r.Submitted)
            .Build().OrNull()).Where(r => r is not null).Select(r => r!).ToArray();
        var portfolio = EmptyPortfolio();
        if (cases.Length == 0)
        {
            return portfolio;
        }

        var clock = cases.Min(r => r.Submitted);
        var submitted = 0;
        foreach (var step in steps)
        {
            clock = clock.Plus(Duration.FromHours(step.Hours));
            if (submitted < cases.Length && (step.Action == 0 || submitted == 0))
            {
                var request = cases[submitted++];
                clock = Instant.Max(clock, request.Submitted);
                portfolio = Record(portfolio, CaseSubmitted.Create(request, clock, Officer).OrNull());
                continue;
            }

            var found = portfolio.FindCase(cases[step.Case % submitted].Identifier);
            if (found is null)
            {
                continue;
            }

            portfolio = step.Action switch
            {
                1 or 0 => portfolio.Evaluate(found.Identifier, clock, Officer).OrNull() ?? portfolio,
                2 => Record(portfolio, found.Review(found.Evaluation?.FindingsForReview.Select(f => Accept(f.Code)) ?? [], clock, Reviewer)),
                3 or 4 => Record(portfolio, Approve(found, step, clock)),
                5 => Record(portfolio, found.Reject(["Outside the facility's priorities."], clock, Officer)),
                6 => Record(portfolio, found.Amend(RequestBuilder.Like(found.Request).Titled($"{found.Request.Title} (revised)").BuildValid(), "Revised by the requester.", clock, Requester)),
                7 => Record(portfolio, step.Share % 2 == 0 ? found.Withdraw("No longer needed.", clock, Requester) : found.Cancel("Postponed.", clock, Officer)),
                8 or 9 => Record(portfolio, Deliver(found, step, clock)),
                _ => Record(portfolio, found.Close(clock, Officer)),
            };
        }

        return portfolio;
    }

    private static FindingReview Accept(string code) =>
        FindingReview.Accept(code, "Checked with the requester; it does not stand in the way.").OrThrow();

    private static ValidationResult<CaseTransition> Approve(AssistanceCase found, Step step, Instant clock)
    {
        var euros = Math.Max(1m, found.Request.TotalCost is { } total && total.Currency == Currency.Eur ? total.Amount : 1_000m) * step.Share / 50m;
        var commitment = step.Share % 3 == 0
            ? Commitment.Create(SwissContribution, Money.Of(Math.Round(euros, 2), Currency.Eur), EurToChf)
            : Commitment.Create(CzechContribution, Money.Of(Math.Round(euros, 2), Currency.Eur));
        var overrideJustification = found.Decision?.Kind == DecisionKind.Ineligible ? "Overridden: the need is urgent." : null;
        return commitment.Match(c => found.Approve(c, clock, Approver, overrideJustification: overrideJustification), f => f);
    }

    private static ValidationResult<CaseTransition> Deliver(AssistanceCase found, Step step, Instant clock)
    {
        var start = found.Request.Dates.EarliestStart;
        var period = ActivityPeriod.Exact(start, start.PlusDays(found.Request.Dates.DurationInDays - 1));
        var spend = found.Commitment is { } c ? Money.Of(Math.Round(c.Amount.Amount * (step.Share % 101) / 100m, 2), c.Amount.Currency) : Money.Of(1m, Currency.Eur);
        return found.Deliver(period, found.Request.Venue, Participants.Unknown, [CostLine.Create(CostCategory.Travel, spend).OrThrow()], clock, Officer);
    }

    private static Portfolio Record(Portfolio portfolio, ValidationResult<CaseTransition> transition) =>
        transition.OrNull() is { } t ? portfolio.Append(t.Event).OrNull() ?? portfolio : portfolio;

    private static Portfolio Record(Portfolio portfolio, CaseEvent? caseEvent) =>
        caseEvent is null ? portfolio : portfolio.Append(caseEvent).OrNull() ?? portfolio;
}
