#region usings
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
#endregion

namespace StAMM.Domain.Guides;

/// <summary>The README's code and the getting-started guide (docs/guides/getting-started.md).</summary>
public static class GettingStarted
{
    /// <summary>From a new request to a decision, against the built-in StAMM project and rule set.</summary>
    public static void FirstRequest()
    {
        #region first-request
        var request = AssistanceRequest.Create(
            identifier: "2026-021-BA-MoS",
            submitted: Instant.FromUtc(2026, 3, 2, 9, 0),
            party: RequestingParty.Create(
                requester: Stamm.MinistryOfSecurityOfBosniaAndHerzegovina,
                contact: Contact.Create("Amra Hodžić", "amra.hodzic@msb.gov.ba").OrThrow()),
            requestedActivity: RequestedActivity.Create(
                type: ActivityType.Workshop,
                themes: [ThematicArea.Asylum],
                title: "Workshop on the revised asylum procedure",
                need: "Caseworkers need training on the revised asylum procedure."),
            logistics: RequestLogistics.Create(
                dates: RequestedDates.Exactly(new LocalDate(2026, 6, 16), new LocalDate(2026, 6, 17)).OrThrow()));

        var context = EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 3, 2)).OrThrow();
        var decision = new Evaluator(StammRuleSet.Default).Evaluate(request.OrThrow(), context);

        Console.WriteLine(decision.Kind);
        foreach (var finding in decision.Case.Findings) Console.WriteLine(finding);
        #endregion
    }
}
