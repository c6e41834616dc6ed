#region usings
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;
#endregion

namespace StAMM.Domain.Guides;

/// <summary>docs/guides/evaluating-a-request.md: build a request, evaluate it with a clock, read the decision.</summary>
public static class EvaluatingARequest
{
    /// <summary>The request: a complete one, as a request form would give it.</summary>
    public static ValidationResult<AssistanceRequest> Request()
    {
        #region request
        var result = AssistanceRequest.Create(
            identifier: "2026-031-BA-MoS",
            submitted: Instant.FromUtc(2026, 3, 2, 9, 30),
            party: RequestingParty.Create(
                requester: Stamm.MinistryOfSecurityOfBosniaAndHerzegovina,
                contact: Contact.Create("Amra Hodžić", "amra.hodzic@msb.gov.ba", "+387 33 123 456").OrThrow()),
            requestedActivity: RequestedActivity.Create(
                type: ActivityType.Workshop,
                themes: [ThematicArea.Asylum],
                title: "Workshop on the revised asylum procedure",
                need: "Caseworkers need training on the revised asylum procedure.",
                servesObligation: "Strategy on Migration and Asylum 2021-2025",
                expertsRequested: 2),
            logistics: RequestLogistics.Create(
                dates: RequestedDates.Exactly(new LocalDate(2026, 6, 16), new LocalDate(2026, 6, 17)).OrThrow(),
                venue: Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow(),
                participants: Participants.Create(count: 20, countries: [Country.BosniaAndHerzegovina]).OrThrow()),
            costEstimate: CostEstimate.Create([
                CostLine.Create(CostCategory.Travel, Money.Of(4_000m, Currency.Eur)).OrThrow(),
                CostLine.Create(CostCategory.ExpertFee, Money.Of(5_000m, Currency.Eur)).OrThrow(),
                CostLine.Create(CostCategory.VenueAndCatering, Money.Of(3_000m, Currency.Eur)).OrThrow()]),
            declarations: RequestDeclarations.Create(
                attachments: [
                    AttachmentKind.OfficialRequestLetter,
                    AttachmentKind.RequestForm,
                    AttachmentKind.AgendaOrTermsOfReference],
                declaresNoParallelFunding: true,
                coordination: "Agreed with the EU Delegation; no TAIEX or IPA support for this topic."));
        #endregion
        return result;
    }

    #region evaluate
    public static Decision Decide(AssistanceRequest request, TechnicalAssistanceProject project,
        IEnumerable<ContributionBalance> balances, IClock clock)
    {
        var context = EvaluationContext.Create(project, clock, balances).OrThrow();
        var evaluator = new Evaluator(StammRuleSet.Default);
        return evaluator.Evaluate(request, context);
    }
    #endregion

    /// <summary>Reads the decision: one line for each kind.</summary>
    public static string Summary(Decision decision)
    {
        #region read-decision
        var summary = decision.Match(
            eligible => $"eligible, paid from {eligible.SelectedContribution?.Contribution.Donor.Name}",
            review => $"needs review: {string.Join(", ", review.Findings.Select(f => f.Code))}",
            ineligible => $"ineligible: {string.Join(", ", ineligible.Findings.Select(f => f.Code))}");
        #endregion
        return summary;
    }

    /// <summary>Prints the trace: every rule, in the order it ran.</summary>
    public static void PrintTrace(Decision decision)
    {
        #region trace
        Console.WriteLine($"{decision.RuleSetName} {decision.RuleSetVersion}, evaluated on {decision.Case.EvaluatedOn:uuuu-MM-dd}");
        foreach (var outcome in decision.Outcomes)
            Console.WriteLine($"{outcome.Stage,-13} {outcome.Status,-13} {outcome.Code}");
        #endregion
    }

    /// <summary>Prints one rule's outcome in full.</summary>
    public static void PrintLeadTime(Decision decision)
    {
        #region outcome-of
        if (decision.Case.OutcomeOf("ACT-LEAD-TIME") is { } leadTime)
        {
            Console.WriteLine($"{leadTime.Status}: expected {leadTime.Expected}, actual {leadTime.Actual}");
            Console.WriteLine(leadTime.Message);
        }
        #endregion
    }

    /// <summary>Prints which contributions could pay, best first, and why the others cannot.</summary>
    public static void PrintDonors(Decision decision)
    {
        #region donors
        var match = decision.Case.MatchDonors();
        foreach (var candidate in match.Candidates)
            Console.WriteLine($"{candidate.Rank}. {candidate.Balance.Contribution.Donor.Name}, remaining {candidate.Balance.Remaining}");
        foreach (var rejection in match.Rejections)
            Console.WriteLine($"not {rejection.Balance.Contribution.Donor.Name}: {rejection.Reason}");
        #endregion
    }
}
