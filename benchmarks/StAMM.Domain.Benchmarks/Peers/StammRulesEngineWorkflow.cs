using System.Globalization;
using RulesEngine.Models;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Requests;
using P = StAMM.Domain.Benchmarks.Peers.PeerRules;

namespace StAMM.Domain.Benchmarks.Peers;

/// <summary>
/// The 24 rules of the built-in StAMM rule set as a Microsoft RulesEngine 6 workflow, written as its users do: one
/// rule per check, each a lambda-expression string over the input <c>f</c> (the <see cref="RequestFacts"/>), with the
/// parameters written into the expressions as literals and the set look-ups of <see cref="PeerRules"/> registered as a
/// custom type. A rule is named <c>CODE|fail</c> or <c>CODE|warn</c>; its expression is true when the request passes
/// that check, so a rule that is not successful is a finding.
/// </summary>
public sealed class StammRulesEngineWorkflow
{
    public const string WorkflowName = "StAMM eligibility";

    private readonly RulesEngine.RulesEngine _engine;

    public StammRulesEngineWorkflow()
    {
        Workflow = new Workflow { WorkflowName = WorkflowName, Rules = [.. BuildRules()] };
        _engine = new RulesEngine.RulesEngine([Workflow], new ReSettings { CustomTypes = [typeof(PeerRules)] });
    }

    /// <summary>The workflow, as it would be stored in JSON.</summary>
    public Workflow Workflow { get; }

    /// <summary>Runs every rule of the workflow on the facts.</summary>
    public List<RuleResultTree> Execute(RequestFacts facts) =>
        _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("f", facts)).AsTask().GetAwaiter().GetResult();

    /// <summary>Maps RulesEngine's results to the common verdict; an expression that threw or did not compile fails loudly.</summary>
    public static Verdict ToVerdict(List<RuleResultTree> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var findings = new List<(string, bool)>();
        foreach (var result in results)
        {
            // RulesEngine reports a false expression by copying the rule's ErrorMessage into ExceptionMessage;
            // anything else there is a parse or runtime error.
            if (!string.IsNullOrEmpty(result.ExceptionMessage) && result.ExceptionMessage != result.Rule.ErrorMessage)
            {
                throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName}: {result.ExceptionMessage}");
            }

            if (!result.IsSuccess)
            {
                var name = result.Rule.RuleName;
                var bar = name.IndexOf('|', StringComparison.Ordinal);
                findings.Add((name[..bar], name.AsSpan(bar + 1).SequenceEqual("fail")));
            }
        }

        return Verdict.FromFindings(findings);
    }

    private static IEnumerable<Rule> BuildRules()
    {
        var lead = P.LeadTime;
        var days = "(f.StartDay - f.ReferenceDay)";
        var exceeds = string.Join(" || ", P.MaxDurationLimits.Limits.Select(l =>
            Inv($"(f.ActivityType == {(int)l.Type} && f.{(l.WorkingDays ? "WorkingDays" : "CalendarDays")} > {l.Days})")));
        var justificationWarns = P.MaxDurationLimits.JustificationWarns;
        var delegation = P.Delegation;
        var sv = (int)ActivityType.StudyVisit;
        var eur = P.CeilingCurrency;
        var allowedLines = string.Join(" || ", P.CostLines.Allowed.Concat(P.CostLines.Reviewed).Select(c => Inv($"c == {(int)c}")));
        var reviewedLines = P.CostLines.Reviewed.IsEmpty ? "false" : string.Join(" || ", P.CostLines.Reviewed.Select(c => Inv($"c == {(int)c}")));
        var phone = P.Form.RequiredFields.Contains(FormField.ContactPhone) ? " && f.HasContactPhone" : "";
        var coordination = P.ParallelFunding.RequireCoordinationStatement ? " && f.HasCoordination" : "";

        yield return Make(RequiredAttachmentsRule.RuleCode, true, "PeerRules.AttachmentsComplete(f.ActivityType, f.Attachments)");
        yield return Make(FormCompleteRule.RuleCode, true,
            $"f.HasVenue && f.ParticipantCount >= 0 && f.ParticipantCountryCount > 0 && f.CostLineCount > 0 && f.HasServesObligation && f.Language != null{phone} && PeerRules.KnownLanguage(f.Language)");
        yield return Make(CountryInScopeRule.RuleCode, true, "PeerRules.InScope(f.InvolvedCountries)");
        yield return Make(InstitutionTypeRule.RuleCode, true, "PeerRules.RequesterAllowed(f.RequesterType, f.CoRequesterType)");
        yield return Make(CentralEndorsementRule.RuleCode, true, Inv($"PeerRules.EndorsementExempt(f.RequesterType) || PeerRules.Has(f.Attachments, {(int)AttachmentKind.EndorsementLetter})"));
        yield return Make(ThemeInMandateRule.RuleCode, true, "PeerRules.AnyThemeInMandate(f.Themes)");
        yield return Make(ActivityTypeAllowedRule.RuleCode, true, "PeerRules.ActivityTypeAllowed(f.ActivityType)");
        yield return Make(LeadTimeRule.RuleCode, true, Inv($"{days} >= {lead.FailBelowDays}{(lead.EmergencyOverride ? " || f.IsEmergency" : "")}"));
        yield return Make(LeadTimeRule.RuleCode, false, Inv($"{days} >= {lead.WarnBelowDays} || ({days} < {lead.FailBelowDays} && !{(lead.EmergencyOverride ? "f.IsEmergency" : "false")})"));
        yield return Make(MaxDurationRule.RuleCode, true, $"!({exceeds}){(justificationWarns ? " || f.HasJustification" : "")}");
        yield return Make(MaxDurationRule.RuleCode, false, $"!({exceeds}){(justificationWarns ? " || !f.HasJustification" : " || true")}");
        yield return Make(TotalSpanRule.RuleCode, false, Inv($"f.LatestEndDay <= f.SpanLimitDay && f.PlannedActivities <= {P.Span.MaxActivities}"));
        yield return Make(ProjectActiveRule.RuleCode, true,
            Inv($"f.ProjectStatus == {P.ActiveStatus} && f.StartDay >= f.ProjectFirstDay && f.StartDay >= {P.PhaseStartDay} && f.EndDay <= f.ProjectLastDay && f.EndDay <= {P.PhaseEndDay}"));
        yield return Make(ExpertsPerMissionRule.RuleCode, false,
            Inv($"!({string.Join(" || ", P.Experts.Types.Select(t => Inv($"f.ActivityType == {(int)t}")))}) || f.ExpertsRequested <= {P.Experts.MaxExperts}"));
        yield return Make(StudyVisitDelegationRule.RuleCode, true,
            Inv($"f.ActivityType != {sv} || f.ParticipantCount <= {delegation.MaxDelegation} || (f.ParticipantCount <= {delegation.MaxWithJustification} && f.HasJustification)"));
        yield return Make(StudyVisitDelegationRule.RuleCode, false,
            Inv($"f.ActivityType != {sv} || f.ParticipantCount <= {delegation.MaxDelegation} || f.ParticipantCount > {delegation.MaxWithJustification} || !f.HasJustification"));
        yield return Make(MinimumParticipantsRule.RuleCode, false,
            Inv($"!({string.Join(" || ", P.MinParticipants.Types.Select(t => Inv($"f.ActivityType == {(int)t}")))}) || f.ParticipantCount < 0 || f.ParticipantCount >= {P.MinParticipants.MinParticipants}"));
        yield return Make(DonorCountryEarmarkRule.RuleCode, true, "f.DonorsByCountry > 0");
        yield return Make(DonorThemeEarmarkRule.RuleCode, true, "f.DonorsByCountry == 0 || f.DonorsByCountryTypeTheme > 0");
        yield return Make(DonorPeriodEarmarkRule.RuleCode, true, "f.DonorsByCountryTypeTheme == 0 || f.DonorsEarmarked > 0");
        yield return Make(CostCeilingRule.RuleCode, true, Inv($"f.CostLineCount == 0 || f.CostCurrency != \"{eur}\" || f.TotalCostCents <= {P.HardCeilingCents}"));
        yield return Make(CostCeilingRule.RuleCode, false,
            Inv($"f.CostLineCount == 0 || (f.CostCurrency == \"{eur}\" && (f.TotalCostCents > {P.HardCeilingCents} || f.TotalCostCents / f.PlannedActivities <= {P.SoftCeilingCents}))"));
        yield return Make(DonorBalanceRule.RuleCode, true, "f.DonorsEarmarked == 0 || f.DonorsFundable > 0 || f.DonorsBalanceUncertain > 0");
        yield return Make(DonorBalanceRule.RuleCode, false, "f.DonorsEarmarked == 0 || f.DonorsFundable > 0 || f.DonorsBalanceUncertain == 0");
        yield return Make(EligibleCostLinesRule.RuleCode, true, $"f.CostCategories.All(c => {allowedLines})");
        yield return Make(EligibleCostLinesRule.RuleCode, false, $"!f.CostCategories.All(c => {allowedLines}) || !f.CostCategories.Any(c => {reviewedLines})");
        yield return Make(NoDuplicateRule.RuleCode, false, Inv($"f.DuplicateCount <= {P.Duplicates.ToleratedOverlaps}"));
        yield return Make(NoParallelFundingRule.RuleCode, false, $"f.DeclaresNoParallelFunding{coordination}");
        yield return Make(KosovoDesignationRule.RuleCode, false,
            "!(f.InvolvesKosovo || f.Title.Contains(\"Kosovo\")) || (PeerRules.DesignationAccepted(f.DesignationCode) && PeerRules.KosovoMarked(f.Title, f.DesignationMarker))");
        yield return Make(OdaRecipientRule.RuleCode, false, "PeerRules.AllOda(f.StartYear, f.BeneficiaryCountries)");
    }

    private static Rule Make(string code, bool fails, string expression) => new()
    {
        RuleName = code + (fails ? "|fail" : "|warn"),
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
        ErrorMessage = code,
    };

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
