using NodaTime;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;
using static StAMM.Domain.Testing.IllustrativeFacility;

namespace StAMM.Domain.EntityFrameworkCore.Tests;

/// <summary>Steps of cases in the illustrative facility, taken the way a facility takes them.</summary>
internal static class Facility
{
    public static readonly Instant Start = RequestBuilder.DefaultSubmissionDate.At(new LocalTime(9, 0)).InUtc().ToInstant();

    public static Instant Hours(int hours) => Start.Plus(Duration.FromHours(hours));

    public static AssistanceRequest Request(string id, Institution? requester = null)
    {
        var builder = A.Request.WithIdentifier(id).SubmittedAt(Start);
        return (requester is null ? builder : builder.From(requester)).BuildValid();
    }

    /// <summary>Submits and evaluates a request.</summary>
    public static ValidationResult<Portfolio> SubmitAndEvaluate(this Portfolio portfolio, AssistanceRequest request, Instant at) =>
        CaseSubmitted.Create(request, at, Officer).Match(portfolio.Append, f => f)
            .Match(p => p.Evaluate(request.Identifier, at, Officer), f => f);

    /// <summary>Approves a case with euros of the Czech contribution: accepting the findings that sent it to review first, overriding an ineligible decision.</summary>
    public static ValidationResult<Portfolio> Approve(this Portfolio portfolio, string caseId, decimal euros, Instant at)
    {
        var found = portfolio.FindCase(caseId);
        if (found is null)
        {
            return new ValidationFailure("unknown-case", "caseId", caseId);
        }

        var findings = found.Evaluation?.FindingsForReview ?? [];
        if (found.State == CaseState.Evaluated && !findings.IsEmpty && found.Decision!.Kind != DecisionKind.Eligible)
        {
            var reviewed = found.Review([.. findings.Select(f => FindingReview.Accept(f.Code, "Checked with the requester.").OrThrow())], at, Reviewer);
            if (!reviewed.IsValid)
            {
                return reviewed.AsT1;
            }

            var next = portfolio.Append(reviewed.AsT0.Event);
            if (!next.IsValid)
            {
                return next;
            }

            portfolio = next.AsT0;
            found = portfolio.FindCase(caseId)!;
        }

        var commitment = Commitment.Create(CzechContribution, Money.Of(euros, Currency.Eur)).OrThrow();
        var overriding = found.Decision?.Kind == DecisionKind.Ineligible ? "Approved by the steering committee." : null;
        return found.Approve(commitment, at, Approver, overrideJustification: overriding).Match(t => portfolio.Append(t.Event), f => f);
    }
}
