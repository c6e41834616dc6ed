using NodaTime;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;

namespace StAMM.Domain.BuiltIn;

/// <summary>
/// The built-in eligibility rules for StAMM: the 24 rules of the practice notes' catalogue (section 7) with their
/// proposed defaults, and <c>ACT-PREPARATION-TIME</c> (the time left from the day of evaluation, which sends to review
/// but never refuses), in force from 2018-12-01 (StAMM's start month) without an end.
/// </summary>
/// <remarks>
/// <para>Every number is a <b>proposal</b> modelled on TAIEX, MIEUX, REGIO Peer2Peer, MPF and WBIF practice; none is a
/// published StAMM rule. Confirm them with the project and publish a new version when they change.</para>
/// <para>docs/eligibility-rules.md describes every rule, its parameters and its source.</para>
/// </remarks>
public static class StammRuleSet
{
    /// <summary>The name of the built-in set.</summary>
    public const string Name = "StAMM eligibility";

    /// <summary>The version of the built-in set: <c>2026.2</c> counts the lead time from the submission day and adds
    /// <c>ACT-PREPARATION-TIME</c> (<c>2026.1</c> counted it from the later of submission and evaluation), and its
    /// <c>REQ-NO-DUPLICATE</c> matches requests and activities alike on a shared theme or the same activity type.</summary>
    public const string Version = "2026.2";

    /// <summary>
    /// The DAC List of ODA Recipients for the six StAMM participants, reporting years 2024 to 2026, all upper-middle
    /// income (UMIC). AL, BA, ME, MK and RS for 2024 are verified against a dataset built from the OECD list; Kosovo
    /// (absent from that dataset) and the years 2025-2026 are marked as assumptions.
    /// </summary>
    public static DacList DacList { get; } = DacList.Create(BuildDacEntries()).OrThrow();

    /// <summary>The built-in rule set.</summary>
    public static RuleSet Default { get; } = RuleSet.Create(
        Name,
        Version,
        new LocalDate(2018, 12, 1),
        null,
        [
            RequiredAttachmentsRule.Default,
            FormCompleteRule.Default,
            CountryInScopeRule.Default,
            InstitutionTypeRule.Default,
            CentralEndorsementRule.Default,
            ThemeInMandateRule.Default,
            ActivityTypeAllowedRule.Default,
            LeadTimeRule.Default,
            PreparationTimeRule.Default,
            MaxDurationRule.Default,
            TotalSpanRule.Default,
            ProjectActiveRule.Default,
            ExpertsPerMissionRule.Default,
            StudyVisitDelegationRule.Default,
            MinimumParticipantsRule.Default,
            DonorCountryEarmarkRule.Default,
            DonorThemeEarmarkRule.Default,
            DonorPeriodEarmarkRule.Default,
            CostCeilingRule.Default,
            DonorBalanceRule.Default,
            EligibleCostLinesRule.Default,
            NoDuplicateRule.Default,
            NoParallelFundingRule.Default,
            KosovoDesignationRule.Default,
            OdaRecipientRule.Create(DacList).OrThrow(),
        ]).OrThrow();

    /// <summary>
    /// The built-in rule kinds, registered through the same extension point as kinds of your own: a reader of
    /// rule-set documents knows these unless given another registry. Add yours with
    /// <c>StammRuleSet.Kinds.With(MyRule.Declaration)</c>.
    /// </summary>
    public static RuleKindRegistry Kinds { get; } = RuleKindRegistry.Empty
        .With(RequiredAttachmentsRule.Declaration)
        .With(FormCompleteRule.Declaration)
        .With(CountryInScopeRule.Declaration)
        .With(InstitutionTypeRule.Declaration)
        .With(CentralEndorsementRule.Declaration)
        .With(ThemeInMandateRule.Declaration)
        .With(ActivityTypeAllowedRule.Declaration)
        .With(LeadTimeRule.Declaration)
        .With(PreparationTimeRule.Declaration)
        .With(MaxDurationRule.Declaration)
        .With(TotalSpanRule.Declaration)
        .With(ProjectActiveRule.Declaration)
        .With(ExpertsPerMissionRule.Declaration)
        .With(StudyVisitDelegationRule.Declaration)
        .With(MinimumParticipantsRule.Declaration)
        .With(DonorCountryEarmarkRule.Declaration)
        .With(DonorThemeEarmarkRule.Declaration)
        .With(DonorPeriodEarmarkRule.Declaration)
        .With(CostCeilingRule.Declaration)
        .With(DonorBalanceRule.Declaration)
        .With(EligibleCostLinesRule.Declaration)
        .With(NoDuplicateRule.Declaration)
        .With(NoParallelFundingRule.Declaration)
        .With(KosovoDesignationRule.Declaration)
        .With(OdaRecipientRule.Declaration)
        .With(AllOfRule.Declaration)
        .With(AnyOfRule.Declaration)
        .With(NotRule.Declaration);

    private static IEnumerable<DacListEntry> BuildDacEntries()
    {
        for (var year = 2024; year <= 2026; year++)
        {
            foreach (var country in CountryGroup.WesternBalkans.Countries)
            {
                yield return new DacListEntry(year, country, "UMIC", isAssumption: country.IsKosovo || year > 2024);
            }
        }
    }
}
