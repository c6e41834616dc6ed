using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Tests.Testing;
using StAMM.Domain.Time;

namespace StAMM.Domain.Tests.Eligibility;

/// <summary>
/// The table of request cases: one clearly eligible request; for every rule of the built-in set a request that fails
/// or warns on that rule alone; and boundary cases. Each row names the decision and exactly the rules that find
/// something (warn or fail).
/// </summary>
public sealed class RequestCaseTable
{
    private static readonly Scenario Eligible = new();

    private static Institution Cso { get; } = Institution.Create("Vaša prava BiH", Country.BosniaAndHerzegovina, InstitutionType.CivilSociety).OrThrow();

    private static Activity PlannedWorkshop { get; } = Activity.Create(
        "2025-06-asylum-workshop",
        ActivityType.Workshop,
        "Asylum workshop",
        ActivityPeriod.Exact(new LocalDate(2025, 6, 11), new LocalDate(2025, 6, 12)),
        beneficiaries: [Scenario.MinistryOfSecurity]).OrThrow();

    private static readonly Dictionary<string, (Scenario Scenario, DecisionKind Kind, string[] Findings)> Cases = new()
    {
        ["clearly eligible workshop"] = (Eligible, DecisionKind.Eligible, []),

        // Admissibility
        ["request form missing"] = (Eligible with { Attachments = [AttachmentKind.OfficialRequestLetter, AttachmentKind.AgendaOrTermsOfReference] }, DecisionKind.Ineligible, [RequiredAttachmentsRule.RuleCode]),
        ["study visit without participant list"] = (StudyVisit(3) with { Attachments = [AttachmentKind.OfficialRequestLetter, AttachmentKind.RequestForm, AttachmentKind.AgendaOrTermsOfReference] }, DecisionKind.Ineligible, [RequiredAttachmentsRule.RuleCode]),
        ["obligation served not stated"] = (Eligible with { ServesObligation = null }, DecisionKind.Ineligible, [FormCompleteRule.RuleCode]),
        ["request in German"] = (Eligible with { Language = "de" }, DecisionKind.Ineligible, [FormCompleteRule.RuleCode]),
        ["participant count not given"] = (Eligible with { ParticipantCount = null }, DecisionKind.Ineligible, [FormCompleteRule.RuleCode]),

        // Scope
        ["participants from Croatia"] = (Eligible with { ParticipantCountries = [Country.BosniaAndHerzegovina, Country.FromCode("HR")] }, DecisionKind.Ineligible, [CountryInScopeRule.RuleCode]),
        ["company as requester"] = (Eligible with { Requester = Institution.Create("Secure Borders Ltd", Country.BosniaAndHerzegovina, InstitutionType.PrivateCompany).OrThrow(), Attachments = [.. Eligible.Attachments, AttachmentKind.EndorsementLetter] }, DecisionKind.Ineligible, [InstitutionTypeRule.RuleCode]),
        ["civil society without a public co-requester"] = (Eligible with { Requester = Cso, Attachments = [.. Eligible.Attachments, AttachmentKind.EndorsementLetter] }, DecisionKind.Ineligible, [InstitutionTypeRule.RuleCode]),
        ["civil society with the ministry as co-requester"] = (Eligible with { Requester = Cso, CoRequester = Scenario.MinistryOfSecurity, Attachments = [.. Eligible.Attachments, AttachmentKind.EndorsementLetter] }, DecisionKind.Eligible, []),
        ["municipality without endorsement"] = (Eligible with { Requester = Institution.Create("Municipality of Bihać", Country.BosniaAndHerzegovina, InstitutionType.LocalAuthority).OrThrow() }, DecisionKind.Ineligible, [CentralEndorsementRule.RuleCode]),
        ["governance only, no migration theme"] = (Eligible with { Themes = [ThematicArea.Governance] }, DecisionKind.Ineligible, [ThemeInMandateRule.RuleCode]),
        ["equipment supply"] = (Eligible with { Type = ActivityType.EquipmentSupply }, DecisionKind.Ineligible, [ActivityTypeAllowedRule.RuleCode]),
        ["scholarships"] = (Eligible with { Type = ActivityType.Scholarship }, DecisionKind.Ineligible, [ActivityTypeAllowedRule.RuleCode]),

        // Timing
        ["lead time of 10 days"] = (Eligible with { LeadDays = 10 }, DecisionKind.Ineligible, [LeadTimeRule.RuleCode]),
        ["lead time of 30 days"] = (Eligible with { LeadDays = 30 }, DecisionKind.NeedsReview, [LeadTimeRule.RuleCode]),
        ["lead time exactly 60 days"] = (Eligible with { LeadDays = 60 }, DecisionKind.Eligible, []),
        ["lead time of 59 days"] = (Eligible with { LeadDays = 59 }, DecisionKind.NeedsReview, [LeadTimeRule.RuleCode]),
        ["lead time exactly 21 days"] = (Eligible with { LeadDays = 21 }, DecisionKind.NeedsReview, [LeadTimeRule.RuleCode]),
        ["lead time of 20 days"] = (Eligible with { LeadDays = 20 }, DecisionKind.Ineligible, [LeadTimeRule.RuleCode]),
        ["emergency with 10 days"] = (Eligible with { LeadDays = 10, Emergency = true }, DecisionKind.NeedsReview, [LeadTimeRule.RuleCode]),
        ["four-day workshop"] = (Eligible with { DurationDays = 4 }, DecisionKind.Ineligible, [MaxDurationRule.RuleCode]),
        ["four-day workshop with a justification"] = (Eligible with { DurationDays = 4, Justification = "Two languages need a day of interpretation each." }, DecisionKind.NeedsReview, [MaxDurationRule.RuleCode]),
        ["expert mission Thursday to Wednesday over a weekend"] = (ExpertMission(2).WithDates(new LocalDate(2025, 6, 12), new LocalDate(2025, 6, 18)), DecisionKind.Eligible, []),
        ["expert mission of six working days"] = (ExpertMission(2).WithDates(new LocalDate(2025, 6, 9), new LocalDate(2025, 6, 16)), DecisionKind.Ineligible, [MaxDurationRule.RuleCode]),
        ["window longer than twelve months"] = (Eligible with { Dates = RequestedDates.Within(new LocalDate(2025, 6, 1), new LocalDate(2026, 7, 15), 2).OrThrow() }, DecisionKind.NeedsReview, [TotalSpanRule.RuleCode]),
        ["window within the year"] = (Eligible with { Dates = RequestedDates.Within(new LocalDate(2025, 6, 1), new LocalDate(2025, 9, 30), 2).OrThrow() }, DecisionKind.Eligible, []),
        ["eight activities"] = (Eligible with { PlannedActivities = 8 }, DecisionKind.NeedsReview, [TotalSpanRule.RuleCode]),
        ["project suspended"] = (Eligible with { ProjectStatus = ProjectStatus.Suspended }, DecisionKind.Ineligible, [ProjectActiveRule.RuleCode]),

        // Format
        ["expert mission with three experts"] = (ExpertMission(3).WithDates(new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 12)), DecisionKind.NeedsReview, [ExpertsPerMissionRule.RuleCode]),
        ["study visit of six"] = (StudyVisit(6), DecisionKind.Ineligible, [StudyVisitDelegationRule.RuleCode]),
        ["study visit of five with a justification"] = (StudyVisit(5) with { Justification = "Both asylum and reception units take part." }, DecisionKind.NeedsReview, [StudyVisitDelegationRule.RuleCode]),
        ["study visit of exactly three"] = (StudyVisit(3), DecisionKind.Eligible, []),
        ["workshop for ten"] = (Eligible with { ParticipantCount = 10 }, DecisionKind.NeedsReview, [MinimumParticipantsRule.RuleCode]),
        ["workshop for exactly fifteen"] = (Eligible with { ParticipantCount = 15 }, DecisionKind.Eligible, []),

        // Money
        ["Montenegro, funded by no contribution"] = (From(Country.Montenegro), DecisionKind.Ineligible, [DonorCountryEarmarkRule.RuleCode]),
        ["Albania on migration data, outside the Czech themes"] = (From(Country.Albania) with { Themes = [ThematicArea.MigrationDataAndAnalysis] }, DecisionKind.Ineligible, [DonorThemeEarmarkRule.RuleCode]),
        ["Albania in 2026, after the Czech period"] = (From(Country.Albania) with { LeadDays = 372 }, DecisionKind.Ineligible, [DonorPeriodEarmarkRule.RuleCode]),
        ["cost of EUR 70 000"] = (Eligible with { Costs = [(CostCategory.ExpertFee, 70_000m)] }, DecisionKind.Ineligible, [CostCeilingRule.RuleCode]),
        ["cost of EUR 30 000"] = (Eligible with { Costs = [(CostCategory.ExpertFee, 30_000m)] }, DecisionKind.NeedsReview, [CostCeilingRule.RuleCode]),
        ["cost of exactly EUR 25 000"] = (Eligible with { Costs = [(CostCategory.ExpertFee, 25_000m)] }, DecisionKind.Eligible, []),
        ["Albania for EUR 22 000, more than the Czech balance"] = (From(Country.Albania) with { Costs = [(CostCategory.ExpertFee, 22_000m)] }, DecisionKind.Ineligible, [DonorBalanceRule.RuleCode]),
        ["salaries of staff"] = (Eligible with { Costs = [.. Eligible.Costs, (CostCategory.Salaries, 1_000m)] }, DecisionKind.Ineligible, [EligibleCostLinesRule.RuleCode]),
        ["other costs"] = (Eligible with { Costs = [.. Eligible.Costs, (CostCategory.Other, 500m)] }, DecisionKind.NeedsReview, [EligibleCostLinesRule.RuleCode]),
        ["shares summing to 99.9999999"] = (Eligible with
        {
            ParticipantCountries = [Country.BosniaAndHerzegovina, Country.NorthMacedonia, Country.Serbia],
            Scope = GeographicScope.Create(
                ScopeKind.MultiCountry,
                [Country.BosniaAndHerzegovina, Country.NorthMacedonia, Country.Serbia],
                [(Country.BosniaAndHerzegovina, 33.3333333m), (Country.NorthMacedonia, 33.3333333m), (Country.Serbia, 33.3333333m)]).OrThrow(),
        }, DecisionKind.Eligible, []),

        // Duplication
        ["overlapping open request of the ministry"] = (Eligible with { OpenRequests = [(Eligible with { Identifier = "2025-009-BA-MoS", LeadDays = 100 }).Request()] }, DecisionKind.NeedsReview, [NoDuplicateRule.RuleCode]),
        ["overlapping workshop already planned"] = (Eligible with { ExistingActivities = [PlannedWorkshop] }, DecisionKind.NeedsReview, [NoDuplicateRule.RuleCode]),
        ["open request on another theme"] = (Eligible with { OpenRequests = [(Eligible with { Identifier = "2025-010-BA-MoS", Themes = [ThematicArea.BorderManagement] }).Request()] }, DecisionKind.Eligible, []),
        ["no declaration of parallel funding"] = (Eligible with { DeclaresNoParallelFunding = false }, DecisionKind.NeedsReview, [NoParallelFundingRule.RuleCode]),
        ["no coordination statement"] = (Eligible with { Coordination = null }, DecisionKind.NeedsReview, [NoParallelFundingRule.RuleCode]),

        // Reporting
        ["Kosovo without an output designation"] = (From(Country.Kosovo) with { OutputDesignation = null }, DecisionKind.Eligible, [KosovoDesignationRule.RuleCode]),
        ["title naming Kosovo without the asterisk"] = (From(Country.Kosovo) with { Title = "Workshop for the Kosovo border police" }, DecisionKind.Eligible, [KosovoDesignationRule.RuleCode]),
        ["title naming Kosovo* with the asterisk"] = (From(Country.Kosovo) with { Title = "Workshop for the Kosovo* border police" }, DecisionKind.Eligible, []),
        ["activity in 2027, beyond the DAC list"] = (Eligible with { LeadDays = 740 }, DecisionKind.NeedsReview, [OdaRecipientRule.RuleCode]),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Fact]
    public void The_table_has_at_least_forty_cases_and_a_failing_case_for_every_built_in_rule()
    {
        Cases.Count.Should().BeGreaterThanOrEqualTo(40);
        var covered = Cases.Values.SelectMany(c => c.Findings).ToHashSet();
        covered.Should().BeEquivalentTo(StammRuleSet.Default.Rules.Select(r => r.Code));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_case_gets_its_decision_and_exactly_its_findings(string name)
    {
        var (scenario, kind, findings) = Cases[name];

        var decision = scenario.Evaluate();

        decision.Kind.Should().Be(kind, decision.ToString());
        decision.Case.Findings.Select(o => o.Code).Should().BeEquivalentTo(findings, decision.ToString());
    }

    private static Scenario ExpertMission(int experts) => Eligible with { Type = ActivityType.ExpertMission, Experts = experts, Title = "Expert mission on asylum procedures" };

    private static Scenario StudyVisit(int size) => Eligible with
    {
        Type = ActivityType.StudyVisit,
        ParticipantCount = size,
        Venue = Venue.InPerson("Vienna", Country.Austria).OrThrow(),
        Title = "Study visit to the Austrian asylum office",
    };

    private static Scenario From(Country country) => Eligible with
    {
        Requester = Scenario.Ministry(country),
        ParticipantCountries = [country],
        Venue = Venue.InPerson("Capital", country).OrThrow(),
    };
}
