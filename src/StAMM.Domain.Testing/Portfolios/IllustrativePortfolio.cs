using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
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
/// The illustrative StAMM portfolio of <c>docs/samples/portfolio/</c>: the <see cref="IllustrativeFacility"/> with 36
/// requests submitted every 26 days from February 2024 to July 2026, decided by the rule-set versions 2025.1 and 2026.1,
/// and taken through every state of a case (closed, delivered, approved, cancelled, rejected, withdrawn, reviewed,
/// evaluated, submitted), some after a review or an amendment. Built the same way every time.
/// </summary>
/// <remarks>
/// Every amount in it (the contributions, the requests' costs, the commitments, the actual costs, the exchange rates)
/// is <b>invented</b> for illustration; the StAMM project's public record states none (<see cref="Stamm.Project"/> keeps
/// them unknown). The requests, people and dates are invented too.
/// </remarks>
public static class IllustrativePortfolio
{
    /// <summary>The description the sample document carries, saying that its amounts are illustrative.</summary>
    public const string Description =
        "An illustrative portfolio of the StAMM facility, for documentation and tests. Every amount in it (the contributions of CHF 100,000 and EUR 50,000, the costs of the requests, the commitments, the actual costs and the exchange rates) is invented for illustration and is not a fact of the StAMM project, whose public record states no amounts; the requests, people and dates are invented too.";

    /// <summary>The number of cases.</summary>
    public const int CaseCount = 36;

    private static readonly string[] Topics =
    [
        "Training on asylum procedures", "Workshop on return counselling", "Expert mission on border risk analysis", "Training on identifying victims of trafficking",
        "Workshop on migration statistics", "Training on reception standards", "Expert mission on visa policy alignment", "Workshop on labour-migration pathways",
        "Training on interviewing children in asylum procedures", "Workshop on readmission agreements", "Training on document fraud", "Workshop on migration and development",
    ];

    /// <summary>Builds the portfolio.</summary>
    /// <returns>The portfolio; the same value on every call.</returns>
    /// <exception cref="InvalidOperationException">A step the case rules refuse (a defect of this builder).</exception>
    public static Portfolio Build()
    {
        // Every step of every case, then recorded in the order of time, as a facility would record them.
        var steps = new List<(Instant At, int Order, Func<Portfolio, Portfolio> Apply)>();
        for (var i = 0; i < CaseCount; i++)
        {
            Plan(i, steps);
        }

        var portfolio = EmptyPortfolio();
        foreach (var (_, _, apply) in steps.OrderBy(s => s.At).ThenBy(s => s.Order))
        {
            portfolio = apply(portfolio);
        }

        return portfolio;
    }

    /// <summary>The request of case <paramref name="i"/>: a StAMM-like request of one of the six ministries.</summary>
    /// <param name="i">The case's number, from 0.</param>
    /// <returns>The request.</returns>
    public static AssistanceRequest Request(int i)
    {
        var submitted = new LocalDate(2024, 2, 1).PlusDays(26 * i);
        if (submitted.Month == 12 && submitted.Day >= 10)
        {
            // Nothing is submitted in the last weeks of a year, so that a case is decided by one rule-set version.
            submitted = submitted.PlusDays(-20);
        }

        var ministry = Stamm.MigrationMinistries[i % Stamm.MigrationMinistries.Length];
        var scenario = Scenario(i);
        var builder = A.Request
            .WithIdentifier($"{submitted.Year}-{i + 1:000}-{ministry.Country.Code}")
            .SubmittedOn(submitted)
            .From(ministry)
            .Titled($"{Topics[i % Topics.Length]} ({ministry.Country.Name})")
            .StartingIn(scenario == Kind.Reviewed || scenario == Kind.ClosedAfterReview ? 45 : 70)
            .InPerson(Capital(ministry.Country), ministry.Country)
            .WithoutCosts()
            .WithCost(CostCategory.Travel, 1_500m + (100m * (i % 7)))
            .WithCost(CostCategory.ExpertFee, 2_000m + (250m * (i % 5)));
        return scenario == Kind.Rejected ? builder.OfKind(ActivityType.EquipmentSupply).BuildValid() : builder.BuildValid();
    }

    /// <summary>
    /// A complete, well-timed, costed request of February 2026 (the sample
    /// <c>docs/samples/requests/portfolio-costed-training-al.json</c>): against the illustrative portfolio it is eligible,
    /// while against the built-in project alone, whose amounts are unknown, its donor balance is sent to review.
    /// </summary>
    /// <returns>The request.</returns>
    public static AssistanceRequest CostedRequest() => A.Request
        .WithIdentifier("2026-041-AL")
        .SubmittedOn(new LocalDate(2026, 2, 16))
        .From(Stamm.MigrationMinistries[0])
        .WithContact("Elira Hoxha", "elira.hoxha@example.gov.al")
        .Titled("Training on asylum interviews (Albania)")
        .WithNeed("The asylum directorate's new caseworkers need training on interviewing applicants, including vulnerable ones.")
        .StartingIn(75)
        .InPerson("Tirana", Geography.Country.Albania)
        .WithoutCosts()
        .WithCost(CostCategory.Travel, 2_400m, "Travel of two experts (illustrative)")
        .WithCost(CostCategory.ExpertFee, 3_000m, "Six expert days (illustrative)")
        .WithCost(CostCategory.VenueAndCatering, 900m, "Training room and catering (illustrative)")
        .BuildValid();

    private enum Kind
    {
        Closed,
        ClosedAfterReview,
        ClosedAfterAmendment,
        Delivered,
        Approved,
        Cancelled,
        Rejected,
        Withdrawn,
        Reviewed,
        Evaluated,
        Submitted,
    }

    /// <summary>What happens to case <paramref name="i"/>: the older ones are settled, the latest still open.</summary>
    private static Kind Scenario(int i) => (CaseCount - 1 - i) switch
    {
        0 or 1 => Kind.Submitted,
        2 or 3 => Kind.Evaluated,
        4 => Kind.Reviewed,
        5 => Kind.Approved,
        _ => (i % 9) switch
        {
            0 or 6 => Kind.Closed,
            1 => Kind.ClosedAfterReview,
            2 => Kind.Rejected,
            3 => Kind.ClosedAfterAmendment,
            4 => Kind.Withdrawn,
            5 => Kind.Cancelled,
            7 => Kind.Delivered,
            _ => Kind.Closed,
        },
    };

    private static void Plan(int i, List<(Instant At, int Order, Func<Portfolio, Portfolio> Apply)> steps)
    {
        var request = Request(i);
        var id = request.Identifier;
        var kind = Scenario(i);
        var at = request.Submitted;
        var order = i * 100;
        // Each step keeps its own instant: the closures run later, in the order of time.
        void Step(Duration after, Func<Portfolio, AssistanceCase, Instant, ValidationResult<Portfolio>> apply)
        {
            var when = at.Plus(after);
            at = when;
            steps.Add((when, order++, portfolio => apply(portfolio, portfolio.FindCase(id)!, when).OrThrow()));
        }

        void Transition(Duration after, Func<AssistanceCase, Instant, ValidationResult<CaseTransition>> transition) =>
            Step(after, (p, c, when) => transition(c, when).Match(t => p.Append(t.Event), f => f));

        steps.Add((at, order++, portfolio => portfolio.Append(CaseSubmitted.Create(request, request.Submitted, Officer).OrThrow()).OrThrow()));
        if (kind == Kind.Submitted)
        {
            return;
        }

        Step(Duration.FromHours(2), (p, _, when) => p.Evaluate(id, when, Officer));
        switch (kind)
        {
            case Kind.Evaluated:
                return;
            case Kind.Rejected:
                Transition(Duration.FromDays(2), (c, t) => c.Reject(["Equipment is not a short-term technical-assistance format."], t, Officer));
                return;
            case Kind.Withdrawn:
                Transition(Duration.FromDays(4), (c, t) => c.Withdraw("The ministry found the expertise within its own staff.", t, Requester));
                return;
        }

        if (kind is Kind.Reviewed or Kind.ClosedAfterReview)
        {
            Transition(Duration.FromDays(2), (c, t) => c.Review(
                [.. c.Evaluation!.FindingsForReview.Select(f => FindingReview.Accept(f.Code, "The ministry confirmed it can organise the activity in time.").OrThrow())], t, Reviewer));
            if (kind == Kind.Reviewed)
            {
                return;
            }
        }

        var rescheduled = request;
        if (kind == Kind.ClosedAfterAmendment)
        {
            rescheduled = RequestBuilder.Like(request).StartingOn(request.Dates.EarliestStart.PlusDays(14)).BuildValid();
            Transition(Duration.FromDays(3), (c, t) => c.Amend(rescheduled, "Rescheduled by two weeks at the ministry's request.", t, Requester));
            Step(Duration.FromHours(1), (p, _, when) => p.Evaluate(id, when, Officer));
        }

        var total = rescheduled.TotalCost!;
        Transition(Duration.FromDays(5), (c, t) => Commit(i, total, t).Match(m => c.Approve(m, t, Approver, "Within the facility's priorities."), f => f));
        switch (kind)
        {
            case Kind.Approved:
                return;
            case Kind.Cancelled:
                Transition(Duration.FromDays(12), (c, t) => c.Cancel("The ministry postponed the activity to an unknown date.", t, Officer));
                return;
        }

        var start = rescheduled.Dates.EarliestStart;
        var period = ActivityPeriod.Exact(start, start.PlusDays(rescheduled.Dates.DurationInDays - 1));
        var deliveredAt = period.End.PlusDays(3).At(new LocalTime(14, 0)).InUtc().ToInstant();
        var participants = Participants.Create(16 + (i % 9), [rescheduled.Requester.Country]).OrThrow();
        Transition(deliveredAt - at, (c, t) => c.Deliver(period, rescheduled.Venue, participants, [.. rescheduled.Costs.Select(Spent)], t, Officer));
        if (kind == Kind.Delivered)
        {
            return;
        }

        Transition(Duration.FromDays(21), (c, t) => c.Close(t, Officer, "Invoices settled; the rest of the commitment is released."));
    }

    /// <summary>Every third case draws on the Czech contribution (EUR), the others on the Swiss one (CHF, at an illustrative rate).</summary>
    private static ValidationResult<Commitment> Commit(int i, Money total, Instant at) => i % 3 == 0
        ? Commitment.Create(CzechContribution, total)
        : Commitment.Create(SwissContribution, total, ExchangeRate.Create(Currency.Eur, Currency.Chf, at.InUtc().Year < 2026 ? 0.95m : 0.94m, "InforEuro (illustrative)", at.InUtc().Date).OrThrow());

    /// <summary>A cost line as spent: nine tenths of the estimate (illustrative).</summary>
    private static CostLine Spent(CostLine estimate) =>
        CostLine.Create(estimate.Category, Money.Of(Math.Round(estimate.Amount.Amount * 0.9m, 2), estimate.Amount.Currency)).OrThrow();

    private static string Capital(Geography.Country country) => country.Code switch
    {
        "AL" => "Tirana",
        "BA" => "Sarajevo",
        "XK" => "Pristina",
        "ME" => "Podgorica",
        "MK" => "Skopje",
        _ => "Belgrade",
    };
}
