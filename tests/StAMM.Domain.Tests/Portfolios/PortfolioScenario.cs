using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;
using static StAMM.Domain.Tests.Cases.Facility;

namespace StAMM.Domain.Tests.Portfolios;

/// <summary>
/// Generated portfolios: StAMM-like requests decided by two versions of the built-in rules, taken through random
/// steps of their lives (evaluation, review, approval with or without override, amendment, rejection, withdrawal,
/// cancellation, delivery, closing) at random times, some at the same instant. A step the rules refuse is skipped,
/// so every generated portfolio is one a facility could have recorded.
/// </summary>
internal static class PortfolioScenario
{
    /// <summary>The built-in rules as two successive versions: 2025.1 until the end of 2025, 2026.1 from 2026.</summary>
    public static readonly RuleSet Version2025 =
        RuleSet.Create(StammRuleSet.Name, "2025.1", new LocalDate(2018, 12, 1), new LocalDate(2025, 12, 31), StammRuleSet.Default.Rules).OrThrow();

    public static readonly RuleSet Version2026 =
        RuleSet.Create(StammRuleSet.Name, "2026.1", new LocalDate(2026, 1, 1), null, StammRuleSet.Default.Rules).OrThrow();

    /// <summary>One step: which case, what to do, how much, how long after the step before.</summary>
    internal readonly record struct Step(int Case, int Action, int Share, int Hours);

    public static Gen<Portfolio> Generated { get; } =
        from requests in Generate.Request.StammLike.Select(i => i.Create()).Where(r => r.IsValid).Select(r => r.OrThrow()).Array[1, 8]
        from earlier in Gen.Bool.Array[requests.Length]
        from steps in Gen.Select(Gen.Int[0, 7], Gen.Int[0, 10], Gen.Int[1, 100], Gen.OneOf(Gen.Const(0), Gen.Int[1, 72]))
            .Select((c, a, s, h) => new Step(c, a, s, h)).Array[0, 60]
        select Play(requests, earlier, steps);

    public static Portfolio Play(AssistanceRequest[] requests, bool[] earlier, Step[] steps)
    {
        // Unique identifiers; some requests submitted in 2025, so both rule-set versions decide.
        var cases = requests.Select((r, i) => RequestBuilder.Like(r)
            .WithIdentifier($"2026-{i:000}-GEN")
            .SubmittedAt(earlier[i] ? r.Submitted.Minus(Duration.FromDays(90)) : r.Submitted)
            .Build().OrNull()).Where(r => r is not null).Select(r => r!).ToArray();
        var portfolio = Portfolio.Create(Stamm.Project, [Version2025, Version2026], [Swiss, Czech]).OrThrow();
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
                portfolio = Try(portfolio, CaseSubmitted.Create(request, clock, Officer).OrNull());
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

    private static ValidationResult<CaseTransition> Approve(AssistanceCase found, Step step, Instant clock)
    {
        var euros = Math.Max(1m, found.Request.TotalCost is { } total && total.Currency == Currency.Eur ? total.Amount : 1_000m) * step.Share / 50m;
        var commitment = step.Share % 3 == 0
            ? Commitment.Create(Swiss, Money.Of(Math.Round(euros, 2), Currency.Eur), EurToChf)
            : Commitment.Create(Czech, Money.Of(Math.Round(euros, 2), Currency.Eur));
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

    private static Portfolio Try(Portfolio portfolio, CaseEvent? e) => e is null ? portfolio : portfolio.Append(e).OrNull() ?? portfolio;
}
