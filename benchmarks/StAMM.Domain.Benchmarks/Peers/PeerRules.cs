using System.Collections.Frozen;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Benchmarks.Peers;

/// <summary>
/// The parameters of <see cref="StammRuleSet.Default"/>, read from its rules' public properties so the peers cannot
/// drift from them, plus the set look-ups both peers call (RulesEngine registers this class as a custom type).
/// </summary>
public static class PeerRules
{
    private static readonly IReadOnlyList<EligibilityRule> Rules = StammRuleSet.Default.Rules;

    /// <summary>The rules the peers implement, by code: each peer checks these and only these.</summary>
    public static IReadOnlySet<string> Implemented { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        RequiredAttachmentsRule.RuleCode, FormCompleteRule.RuleCode, CountryInScopeRule.RuleCode, InstitutionTypeRule.RuleCode,
        CentralEndorsementRule.RuleCode, ThemeInMandateRule.RuleCode, ActivityTypeAllowedRule.RuleCode, LeadTimeRule.RuleCode,
        MaxDurationRule.RuleCode, TotalSpanRule.RuleCode, ProjectActiveRule.RuleCode, ExpertsPerMissionRule.RuleCode,
        StudyVisitDelegationRule.RuleCode, MinimumParticipantsRule.RuleCode, DonorCountryEarmarkRule.RuleCode, DonorThemeEarmarkRule.RuleCode,
        DonorPeriodEarmarkRule.RuleCode, CostCeilingRule.RuleCode, DonorBalanceRule.RuleCode, EligibleCostLinesRule.RuleCode,
        NoDuplicateRule.RuleCode, NoParallelFundingRule.RuleCode, KosovoDesignationRule.RuleCode, OdaRecipientRule.RuleCode);

    /// <summary>
    /// The rules of the built-in set that the peers do not implement, derived from the set: reported by <c>--verify</c>
    /// and left out of the comparison rather than failing it, so a rule added to the set needs no edit here. Today
    /// <c>ACT-PREPARATION-TIME</c>, which counts from the day of evaluation (every request of the comparison is
    /// evaluated on the day it was submitted, where that rule does not apply).
    /// </summary>
    public static IReadOnlySet<string> NotImplemented { get; } = Rules.Select(r => r.Code).Where(c => !Implemented.Contains(c)).ToFrozenSet(StringComparer.Ordinal);

    public static RequiredAttachmentsRule Attachments { get; } = Rule<RequiredAttachmentsRule>();

    public static FormCompleteRule Form { get; } = Rule<FormCompleteRule>();

    public static CountryInScopeRule CountryScope { get; } = Rule<CountryInScopeRule>();

    public static InstitutionTypeRule InstitutionTypes { get; } = Rule<InstitutionTypeRule>();

    public static CentralEndorsementRule Endorsement { get; } = Rule<CentralEndorsementRule>();

    public static ThemeInMandateRule Mandate { get; } = Rule<ThemeInMandateRule>();

    public static ActivityTypeAllowedRule ActivityTypes { get; } = Rule<ActivityTypeAllowedRule>();

    public static LeadTimeRule LeadTime { get; } = Rule<LeadTimeRule>();

    public static MaxDurationRule MaxDurationLimits { get; } = Rule<MaxDurationRule>();

    public static TotalSpanRule Span { get; } = Rule<TotalSpanRule>();

    public static ProjectActiveRule ProjectActive { get; } = Rule<ProjectActiveRule>();

    public static ExpertsPerMissionRule Experts { get; } = Rule<ExpertsPerMissionRule>();

    public static StudyVisitDelegationRule Delegation { get; } = Rule<StudyVisitDelegationRule>();

    public static MinimumParticipantsRule MinParticipants { get; } = Rule<MinimumParticipantsRule>();

    public static CostCeilingRule Ceiling { get; } = Rule<CostCeilingRule>();

    public static EligibleCostLinesRule CostLines { get; } = Rule<EligibleCostLinesRule>();

    public static NoDuplicateRule Duplicates { get; } = Rule<NoDuplicateRule>();

    public static NoParallelFundingRule ParallelFunding { get; } = Rule<NoParallelFundingRule>();

    public static KosovoDesignationRule Kosovo { get; } = Rule<KosovoDesignationRule>();

    public static OdaRecipientRule Oda { get; } = Rule<OdaRecipientRule>();

    public static int MaxSpanMonths => Rule<TotalSpanRule>().MaxSpanMonths;

    public static int PhaseStartDay { get; } = ProjectActive.PhaseStart.ToDateOnly().DayNumber;

    public static int PhaseEndDay { get; } = ProjectActive.PhaseEnd is { } end ? end.ToDateOnly().DayNumber : int.MaxValue;

    public static int ActiveStatus { get; } = (int)ProjectActive.ActiveStatuses.Single();

    public static long SoftCeilingCents { get; } = (long)(Ceiling.SoftPerActivity.Amount * 100m);

    public static long HardCeilingCents { get; } = (long)(Ceiling.HardPerRequest.Amount * 100m);

    public static string CeilingCurrency { get; } = Ceiling.HardPerRequest.Currency.Code;

    /// <summary>The duration limit of each activity type (index = type), 0 where none.</summary>
    public static int[] MaxDays { get; } = Limits(l => l.Days);

    /// <summary>1 where the limit counts working days.</summary>
    public static int[] CountsWorkingDays { get; } = Limits(l => l.WorkingDays ? 1 : 0);

    /// <summary>The severity of each rule code, from the rule set.</summary>
    public static FrozenDictionary<string, Severity> SeverityOf { get; } = Rules.ToFrozenDictionary(r => r.Code, r => r.Severity, StringComparer.Ordinal);

    private static readonly FrozenSet<string> ScopeCountries = CountryScope.Countries.Select(c => c.Code).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<int> AllowedTypes = InstitutionTypes.AllowedTypes.Select(t => (int)t).ToFrozenSet();
    private static readonly FrozenSet<int> JointOnlyTypes = InstitutionTypes.JointOnlyTypes.Select(t => (int)t).ToFrozenSet();
    private static readonly FrozenSet<int> ExemptTypes = Endorsement.ExemptTypes.Select(t => (int)t).ToFrozenSet();
    private static readonly FrozenSet<int> MandateThemes = Mandate.Themes.Select(t => (int)t).ToFrozenSet();
    private static readonly FrozenSet<int> AllowedActivityTypes = ActivityTypes.Types.Select(t => (int)t).ToFrozenSet();
    private static readonly FrozenSet<int> ExpertTypes = Experts.Types.Select(t => (int)t).ToFrozenSet();
    private static readonly FrozenSet<int> MinParticipantTypes = MinParticipants.Types.Select(t => (int)t).ToFrozenSet();
    private static readonly FrozenSet<int> AllowedCostLines = CostLines.Allowed.Select(c => (int)c).ToFrozenSet();
    private static readonly FrozenSet<int> ReviewedCostLines = CostLines.Reviewed.Select(c => (int)c).ToFrozenSet();
    private static readonly FrozenSet<string> Languages = Form.WorkingLanguages.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Designations = Kosovo.AcceptedVariants.ToFrozenSet(StringComparer.Ordinal);
    private static readonly int[] AlwaysAttachments = [.. Attachments.Always.Select(a => (int)a)];
    private static readonly int[] StudyVisitAttachments = [.. Attachments.Always.Concat(Attachments.ForStudyVisits).Select(a => (int)a)];
    private static readonly FrozenDictionary<int, FrozenSet<string>> DacByYear = Oda.DacList.Entries
        .GroupBy(e => e.ReportingYear)
        .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Country.Code).ToFrozenSet(StringComparer.Ordinal));

    public static bool InScope(string[] countries) => countries.All(ScopeCountries.Contains);

    public static bool RequesterAllowed(int type, int coRequesterType) =>
        AllowedTypes.Contains(type) || (JointOnlyTypes.Contains(type) && AllowedTypes.Contains(coRequesterType));

    public static bool EndorsementExempt(int type) => ExemptTypes.Contains(type);

    public static bool Has(int[] values, int value) => Array.IndexOf(values, value) >= 0;

    public static bool AttachmentsComplete(int activityType, int[] attachments) =>
        (activityType == (int)ActivityType.StudyVisit ? StudyVisitAttachments : AlwaysAttachments).All(a => Array.IndexOf(attachments, a) >= 0);

    public static bool AnyThemeInMandate(int[] themes) => themes.Any(MandateThemes.Contains);

    public static bool ActivityTypeAllowed(int type) => AllowedActivityTypes.Contains(type);

    public static bool KnownLanguage(string? language) => language is null || Languages.Count == 0 || Languages.Contains(language);

    public static bool ExpertRule(int type) => ExpertTypes.Contains(type);

    public static bool MinParticipantRule(int type) => MinParticipantTypes.Contains(type);

    public static bool CostLinesEligible(int[] categories) => categories.All(c => AllowedCostLines.Contains(c) || ReviewedCostLines.Contains(c));

    public static bool CostLinesReviewed(int[] categories) => categories.Any(ReviewedCostLines.Contains);

    public static int Duration(int type, int calendarDays, int workingDays) =>
        type < CountsWorkingDays.Length && CountsWorkingDays[type] == 1 ? workingDays : calendarDays;

    public static int MaxDuration(int type) => type < MaxDays.Length ? MaxDays[type] : 0;

    public static bool DesignationAccepted(string? code) => code is not null && Designations.Contains(code);

    /// <summary>Every "Kosovo" in the title is followed by the marker (the designation's, or "*").</summary>
    public static bool KosovoMarked(string title, string? marker)
    {
        marker ??= "*";
        var i = title.IndexOf("Kosovo", StringComparison.Ordinal);
        while (i >= 0)
        {
            var after = i + "Kosovo".Length;
            if (!title.AsSpan(after).StartsWith(marker, StringComparison.Ordinal))
            {
                return false;
            }

            i = title.IndexOf("Kosovo", after, StringComparison.Ordinal);
        }

        return true;
    }

    public static bool MentionsKosovo(string title) => title.Contains("Kosovo", StringComparison.Ordinal);

    public static bool DacCovers(int year) => DacByYear.ContainsKey(year);

    public static bool AllOda(int year, string[] countries) => DacByYear.TryGetValue(year, out var set) && countries.All(set.Contains);

    private static T Rule<T>()
        where T : EligibilityRule => Rules.OfType<T>().Single();

    private static int[] Limits(Func<DurationLimit, int> select)
    {
        var result = new int[32];
        foreach (var limit in MaxDurationLimits.Limits)
        {
            result[(int)limit.Type] = select(limit);
        }

        return result;
    }
}
