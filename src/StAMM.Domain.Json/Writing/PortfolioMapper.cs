using System.Collections.Immutable;
using StAMM.Domain.Cases;
using StAMM.Domain.Finance;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Portfolios;

namespace StAMM.Domain.Json.Writing;

/// <summary>
/// Turns a portfolio and its case events into their contracts. The embedded documents (project, rule sets, requests,
/// decisions) are made by their own mappers, without their <c>$schema</c>. Values are valid, so this never fails.
/// </summary>
internal static class PortfolioMapper
{
    /// <summary>The portfolio document without its events, which the writer streams one by one.</summary>
    public static PortfolioDocumentContract Header(Portfolio portfolio, string? description) => new()
    {
        Description = description,
        Project = ContractMapper.Document(portfolio.Project) with { Schema = null },
        Contributions = portfolio.Contributions.IsEmpty ? null : [.. portfolio.Contributions.Select(ContractMapper.Contribution)],
        RuleSets = [.. portfolio.RuleSets.Select(s => EligibilityMapper.Document(s) with { Schema = null })],
    };

    /// <summary>The embedded decision document: the decision document without its <c>$schema</c>.</summary>
    public static DecisionDocumentContract Decision(Eligibility.Decision decision) => EligibilityMapper.Document(decision) with { Schema = null };

    /// <summary>An event, naming the commitment's contribution by its index in <paramref name="contributions"/>.</summary>
    /// <exception cref="ArgumentException">An approval commits a contribution that is not in the list.</exception>
    public static CaseEventContract Event(CaseEvent e, ImmutableArray<Contribution> contributions)
    {
        var at = IsoText.Instant(e.At);
        var actor = Actor(e.Actor);
        return e switch
        {
            CaseSubmitted s => new SubmittedEventContract { CaseId = e.CaseId, At = at, Actor = actor, Request = Request(s.Request) },
            CaseEvaluated v => new EvaluatedEventContract { CaseId = e.CaseId, At = at, Actor = actor, Decision = Decision(v.Decision) },
            CaseReviewed r => new ReviewedEventContract
            {
                CaseId = e.CaseId,
                At = at,
                Actor = actor,
                Findings = [.. r.Findings.Select(f => new FindingReviewContract { RuleCode = f.RuleCode, Accepted = f.IsAccepted, Justification = f.Justification })],
            },
            CaseApproved a => new ApprovedEventContract
            {
                CaseId = e.CaseId,
                At = at,
                Actor = actor,
                Commitment = Commitment(a.Commitment, contributions),
                Justification = a.Justification,
                OverrideJustification = a.OverrideJustification,
            },
            CaseRejected r => new RejectedEventContract { CaseId = e.CaseId, At = at, Actor = actor, Reasons = [.. r.Reasons] },
            CaseAmended m => new AmendedEventContract { CaseId = e.CaseId, At = at, Actor = actor, Request = Request(m.Request), Justification = m.Justification },
            CaseWithdrawn w => new WithdrawnEventContract { CaseId = e.CaseId, At = at, Actor = actor, Reason = w.Reason },
            CaseCancelled c => new CancelledEventContract { CaseId = e.CaseId, At = at, Actor = actor, Reason = c.Reason },
            CaseDelivered d => new DeliveredEventContract
            {
                CaseId = e.CaseId,
                At = at,
                Actor = actor,
                Activity = ContractMapper.Activity(d.Activity),
                ActualCosts = d.ActualCosts.IsEmpty ? null : [.. d.ActualCosts.Select(RequestMapper.CostLine)],
            },
            CaseClosed c => new ClosedEventContract { CaseId = e.CaseId, At = at, Actor = actor, Note = c.Note },
            _ => throw new ArgumentException($"A {e.GetType().Name} is not a case event this version writes.", nameof(e)),
        };
    }

    private static RequestDocumentContract Request(Requests.AssistanceRequest request) => RequestMapper.Document(request) with { Schema = null };

    private static ActorContract Actor(Actor actor) => new()
    {
        Name = actor.Name,
        Role = actor.Role,
        Institution = actor.Institution is null ? null : ContractMapper.Institution(actor.Institution),
    };

    private static CommitmentContract Commitment(Commitment commitment, ImmutableArray<Contribution> contributions)
    {
        var index = contributions.IndexOf(commitment.Contribution);
        return index < 0
            ? throw new ArgumentException($"The commitment draws on {commitment.Contribution}, which is not among the portfolio's contributions.", nameof(commitment))
            : new CommitmentContract
            {
                Contribution = index,
                Amount = ContractMapper.Money(commitment.Amount),
                ExchangeRate = commitment.ExchangeRate is null ? null : EligibilityMapper.Rate(commitment.ExchangeRate),
            };
    }
}
