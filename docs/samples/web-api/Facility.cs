using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.AspNetCore;
using StAMM.Domain.Cases;
using StAMM.Domain.EntityFrameworkCore;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;
using OneOf;

namespace StAMM.Domain.WebApi;

/// <summary>
/// The endpoints of the facility: each loads the stored portfolio, takes one step of the domain on it, and stores the
/// events it made (<see cref="StammStore.ChangeAsync"/>, which decides again when another writer got there first).
/// </summary>
/// <remarks>
/// The people who act are the illustrative facility's (officer, reviewer, approver); a real application takes them
/// from its authentication. Refusals are RFC 9457 problem details listing every problem: 404 for an unknown case,
/// 409 when the domain refuses the step on the portfolio as it stands (a state that does not allow it, a balance it
/// exceeds) or when other writers kept winning the race.
/// </remarks>
public static class Facility
{
    /// <summary>The project whose portfolio the application serves: the illustrative facility's.</summary>
    public static string ProjectId { get; } = IllustrativeFacility.EmptyPortfolio().Project.Identifier;

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    /// <returns><paramref name="app"/>.</returns>
    public static IEndpointRouteBuilder MapFacility(this IEndpointRouteBuilder app)
    {
        app.MapPost("/requests", SubmitAsync).WithSummary("Submits a request and evaluates it against the stored portfolio; 201 with the decision document.");
        app.MapGet("/cases/{id}", FindAsync).WithSummary("A case: its state, decision, commitment and events.");
        app.MapPost("/cases/{id}/review", ReviewAsync).WithSummary("Records the reviewer's decision on the findings that sent the request to review.");
        app.MapPost("/cases/{id}/approve", ApproveAsync).WithSummary("Approves the case, committing money of a donor's contribution; 409 when it exceeds what is available.");
        app.MapPost("/cases/{id}/deliver", DeliverAsync).WithSummary("Records the delivery: actual dates and cost.");
        app.MapGet("/portfolio/balances", BalancesAsync).WithSummary("Each contribution's amount, what approved requests hold, what was spent, and what is available.");
        return app;
    }

    private static async Task<IResult> SubmitAsync(AssistanceRequest request, StammStore store, IClock clock, CancellationToken cancellationToken)
    {
        #region submit
        var stored = await store.ChangeAsync(ProjectId, portfolio =>  // runs again if another writer got there first
        {
            var now = clock.GetCurrentInstant();
            return CaseSubmitted.Create(request, now, IllustrativeFacility.Officer)
                .Match(portfolio.Append, problems => problems)
                .Match(submitted => submitted.Evaluate(request.Identifier, now, IllustrativeFacility.Officer), problems => problems);
        }, cancellationToken);
        return stored.Match(
            portfolio => TypedResults.Created($"/cases/{request.Identifier}", portfolio.FindCase(request.Identifier)!.Decision),
            problems => Refused(problems),                // 409: the domain's every reason, as problem details
            conflict => Lost(conflict));                  // 409: other writers kept winning the race
        #endregion
    }

    private static async Task<IResult> FindAsync(string id, StammStore store, CancellationToken cancellationToken) =>
        await store.FindCaseAsync(ProjectId, id, cancellationToken) is { } found ? TypedResults.Ok(CaseView.Of(found)) : UnknownCase(id);

    private static Task<IResult> ReviewAsync(string id, ReviewBody body, StammStore store, IClock clock, CancellationToken cancellationToken) =>
        StepAsync(id, store, clock, (found, now, _) =>
        {
            var reviews = body.Findings.Select((f, i) => (f.Accepted
                ? FindingReview.Accept(f.Rule, f.Justification)
                : FindingReview.Refuse(f.Rule, f.Justification)).Match<ValidationResult<FindingReview>>(r => r, failure => failure.Under($"findings[{i}]"))).ToList();
            var problems = reviews.Where(r => !r.IsValid).SelectMany(r => r.Problems).ToList();
            return problems.Count > 0
                ? new ValidationFailure(problems)
                : found.Review(reviews.Select(r => r.AsT0), now, IllustrativeFacility.Reviewer);
        }, cancellationToken);

    private static Task<IResult> ApproveAsync(string id, ApprovalBody body, StammStore store, IClock clock, CancellationToken cancellationToken) =>
        StepAsync(id, store, clock, (found, now, portfolio) =>
        {
            var contribution = portfolio.Contributions.FirstOrDefault(c => c.Donor.Name == body.Donor);
            if (contribution?.Amount is not { } amount)
            {
                return new ValidationFailure(ProblemCodes.NotAllowed, "donor", $"The portfolio has no contribution of known amount from '{body.Donor}'.");
            }

            return Commitment.Create(contribution, Money.Of(body.Amount, amount.Currency)).Match(
                commitment => found.Approve(commitment, now, IllustrativeFacility.Approver, body.Justification, body.OverrideJustification),
                f => f);
        }, cancellationToken);

    private static Task<IResult> DeliverAsync(string id, DeliveryBody body, StammStore store, IClock clock, CancellationToken cancellationToken) =>
        StepAsync(id, store, clock, (found, now, _) =>
        {
            var start = LocalDatePattern.Iso.Parse(body.Start);
            var end = LocalDatePattern.Iso.Parse(body.End);
            if (!start.Success || !end.Success || found.Commitment is null)
            {
                return found.Commitment is null
                    ? new ValidationFailure(ProblemCodes.InvalidStatusTransition, string.Empty, $"A {found.State} case cannot be delivered.")
                    : new ValidationFailure(ProblemCodes.InvalidFormat, start.Success ? "end" : "start", "A date is written yyyy-MM-dd.");
            }

            var currency = found.Commitment.Amount.Currency;
            return CostLine.Create(CostCategory.Travel, Money.Of(body.ActualCost, currency), "Actual cost").Match(
                cost => found.Deliver(ActivityPeriod.Exact(start.Value, end.Value), found.Request.Venue, Activities.Participants.Unknown, [cost], now, IllustrativeFacility.Officer),
                f => f.Under("actualCost"));
        }, cancellationToken);

    private static async Task<IResult> BalancesAsync(StammStore store, CancellationToken cancellationToken) =>
        await store.BalancesAsync(ProjectId, cancellationToken) is { } balances
            ? TypedResults.Ok(balances.Select(BalanceView.Of))
            : TypedResults.NotFound();

    /// <summary>One step of a case, decided on the stored portfolio and stored; 200 with the case after it.</summary>
    private static async Task<IResult> StepAsync(
        string id, StammStore store, IClock clock, Func<AssistanceCase, Instant, Portfolio, ValidationResult<CaseTransition>> step, CancellationToken cancellationToken)
    {
        var stored = await store.ChangeAsync(ProjectId, p => p.FindCase(id) is { } found
            ? step(found, clock.GetCurrentInstant(), p).Match(t => p.Append(t.Event), f => f)
            : new ValidationFailure(CaseProblemCodes.UnknownCase, "id", $"The portfolio holds no case '{id}'."), cancellationToken);
        return stored.Match(p => TypedResults.Ok(CaseView.Of(p.FindCase(id)!)), Refused, Lost);
    }

    private static IResult Refused(ValidationFailure failure)
    {
        if (failure.Contains(CaseProblemCodes.UnknownCase))
        {
            return UnknownCase(failure.Problems[0].Message);
        }

        var problem = StammProblemDetails.Create(failure);
        problem.Status = StatusCodes.Status409Conflict;
        problem.Title = "The portfolio does not allow this step as it stands.";
        problem.Detail = string.Join(" ", failure.Problems.Select(p => p.Message));
        return TypedResults.Problem(problem);
    }

    private static IResult Lost(StoreConflict conflict) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Other writers changed the case or its contribution at the same time; nothing was stored.",
            Detail = conflict.Message,
        });

    private static ProblemHttpResult UnknownCase(string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "No such case.", Detail = detail });

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>The body of a review: one entry per finding that sent the request to review.</summary>
    /// <param name="Findings">The findings reviewed.</param>
    public sealed record ReviewBody(IReadOnlyList<FindingBody> Findings);

    /// <summary>The reviewer's decision on one finding.</summary>
    /// <param name="Rule">The rule's code, e.g. <c>STAMM-ELIG-004</c>.</param>
    /// <param name="Accepted">Whether the finding does not stand in the way.</param>
    /// <param name="Justification">Why; required when accepting.</param>
    public sealed record FindingBody(string Rule, bool Accepted, string? Justification);

    /// <summary>The body of an approval: money of a donor's contribution, in its currency.</summary>
    /// <param name="Donor">The donor's name, as in <c>GET /portfolio/balances</c>.</param>
    /// <param name="Amount">The amount, in the contribution's currency.</param>
    /// <param name="Justification">A note, if any.</param>
    /// <param name="OverrideJustification">Required to approve an ineligible decision.</param>
    public sealed record ApprovalBody(string Donor, decimal Amount, string? Justification = null, string? OverrideJustification = null);

    /// <summary>The body of a delivery.</summary>
    /// <param name="Start">The first day, yyyy-MM-dd.</param>
    /// <param name="End">The last day, yyyy-MM-dd.</param>
    /// <param name="ActualCost">What it cost, in the commitment's currency.</param>
    public sealed record DeliveryBody(string Start, string End, decimal ActualCost);

    /// <summary>A case as the API shows it.</summary>
    /// <param name="Id">The case (its request's identifier).</param>
    /// <param name="State">Its state.</param>
    /// <param name="Version">Its number of events.</param>
    /// <param name="Decision">The decision document of its current evaluation, if any.</param>
    /// <param name="Commitment">The money committed, if approved.</param>
    /// <param name="Events">What happened, in order.</param>
    public sealed record CaseView(string Id, string State, int Version, Eligibility.Decision? Decision, MoneyView? Commitment, IReadOnlyList<EventView> Events)
    {
        /// <summary>The view of a case.</summary>
        /// <param name="c">The case.</param>
        /// <returns>The view.</returns>
        public static CaseView Of(AssistanceCase c) => new(
            c.Identifier,
            c.State.ToString(),
            c.Version,
            c.Decision,
            c.Commitment is { } m ? new MoneyView(m.Contribution.Donor.Name, m.Amount.Amount, m.Amount.Currency.Code) : null,
            [.. c.Events.Select(e => new EventView(e.Kind.ToString(), Iso(e.At), e.Actor.Name))]);
    }

    /// <summary>Money of a donor's contribution.</summary>
    /// <param name="Donor">The donor.</param>
    /// <param name="Amount">The amount.</param>
    /// <param name="Currency">The ISO 4217 code.</param>
    public sealed record MoneyView(string Donor, decimal Amount, string Currency);

    /// <summary>An event of a case.</summary>
    /// <param name="Kind">What happened.</param>
    /// <param name="At">When (ISO 8601, UTC).</param>
    /// <param name="Actor">Who acted.</param>
    public sealed record EventView(string Kind, string At, string Actor);

    /// <summary>A contribution's balance; every figure <see langword="null"/> (unknown) when its amount is not known.</summary>
    /// <param name="Donor">The donor.</param>
    /// <param name="Currency">The contribution's currency, if known.</param>
    /// <param name="Amount">Its amount.</param>
    /// <param name="Committed">Held by approved requests not yet spent or released.</param>
    /// <param name="Spent">Spent by delivered activities.</param>
    /// <param name="Available">What may still be committed.</param>
    public sealed record BalanceView(string Donor, string? Currency, decimal? Amount, decimal? Committed, decimal? Spent, decimal? Available)
    {
        /// <summary>The view of a balance.</summary>
        /// <param name="b">The balance.</param>
        /// <returns>The view.</returns>
        public static BalanceView Of(ContributionBalance b) => new(
            b.Contribution.Donor.Name,
            b.Contribution.Amount?.Currency.Code,
            b.Contribution.Amount?.Amount,
            b.Reserved?.Amount,
            b.Committed?.Amount,
            b.Remaining?.Amount);
    }
}
