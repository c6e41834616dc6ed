using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Eligibility;

/// <summary>
/// The table of request cases: one clearly eligible request; for every rule of the built-in set a request that fails
/// or warns on that rule alone; and boundary cases. Each row names the decision and exactly the rules that find
/// something (warn or fail).
/// </summary>
public sealed class RequestCaseTable
{
    private static readonly RequestBuilder Eligible = Baseline.Request;

    private static Institution Cso { get; } = Institution.Create("Vaša prava BiH", Country.BosniaAndHerzegovina, InstitutionType.CivilSociety).OrThrow();

    private static Activity PlannedWorkshop { get; } = An.Activity
        .WithIdentifier("2025-06-asylum-workshop")
        .OfType(ActivityType.Workshop)
        .Titled("Asylum workshop")
        .StartingOn(new LocalDate(2025, 6, 11))
        .Lasting(2)
        .BuildValid();

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["clearly eligible workshop"] = new(Eligible, DecisionKind.Eligible, []),

        // Admissibility
        ["request form missing"] = new(Eligible.WithAttachments(AttachmentKind.OfficialRequestLetter, AttachmentKind.AgendaOrTermsOfReference), DecisionKind.Ineligible, [RequiredAttachmentsRule.RuleCode]),
        ["study visit without participant list"] = new(StudyVisit(3).WithAttachments(AttachmentKind.OfficialRequestLetter, AttachmentKind.RequestForm, AttachmentKind.AgendaOrTermsOfReference), DecisionKind.Ineligible, [RequiredAttachmentsRule.RuleCode]),
        ["obligation served not stated"] = new(Eligible.Serving(null), DecisionKind.Ineligible, [FormCompleteRule.RuleCode]),
        ["request in German"] = new(Eligible.InLanguage("de"), DecisionKind.Ineligible, [FormCompleteRule.RuleCode]),
        ["participant count not given"] = new(Eligible.WithParticipants(count: null), DecisionKind.Ineligible, [FormCompleteRule.RuleCode]),

        // Scope
        ["participants from Croatia"] = new(Eligible.WithParticipants(20, [Country.BosniaAndHerzegovina, Country.FromCode("HR")]), DecisionKind.Ineligible, [CountryInScopeRule.RuleCode]),
        ["company as requester"] = new(Eligible.From(Institution.Create("Secure Borders Ltd", Country.BosniaAndHerzegovina, InstitutionType.PrivateCompany).OrThrow()).WithAttachment(AttachmentKind.EndorsementLetter), DecisionKind.Ineligible, [InstitutionTypeRule.RuleCode]),
        ["civil society without a public co-requester"] = new(Eligible.From(Cso).WithAttachment(AttachmentKind.EndorsementLetter), DecisionKind.Ineligible, [InstitutionTypeRule.RuleCode]),
        ["civil society with the ministry as co-requester"] = new(Eligible.From(Cso).WithCoRequester(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina).WithAttachment(AttachmentKind.EndorsementLetter), DecisionKind.Eligible, []),
        ["municipality without endorsement"] = new(Eligible.From(Institution.Create("Municipality of Bihać", Country.BosniaAndHerzegovina, InstitutionType.LocalAuthority).OrThrow()), DecisionKind.Ineligible, [CentralEndorsementRule.RuleCode]),
        ["governance only, no migration theme"] = new(Eligible.WithThemes(ThematicArea.Governance), DecisionKind.Ineligible, [ThemeInMandateRule.RuleCode]),
        ["equipment supply"] = new(Eligible.OfKind(ActivityType.EquipmentSupply), DecisionKind.Ineligible, [ActivityTypeAllowedRule.RuleCode]),
        ["scholarships"] = new(Eligible.OfKind(ActivityType.Scholarship), DecisionKind.Ineligible, [ActivityTypeAllowedRule.RuleCode]),

        // Timing
        ["lead time of 10 days"] = new(Eligible.StartingIn(days: 10), DecisionKind.Ineligible, [LeadTimeRule.RuleCode]),
        ["lead time of 30 days"] = new(Eligible.StartingIn(days: 30), DecisionKind.NeedsReview, [LeadTimeRule.RuleCode]),
        ["lead time exactly 60 days"] = new(Eligible.StartingIn(days: 60), DecisionKind.Eligible, []),
        ["lead time of 59 days"] = new(Eligible.StartingIn(days: 59), DecisionKind.NeedsReview, [LeadTimeRule.RuleCode]),
        ["lead time exactly 21 days"] = new(Eligible.StartingIn(days: 21), DecisionKind.NeedsReview, [LeadTimeRule.RuleCode]),
        ["lead time of 20 days"] = new(Eligible.StartingIn(days: 20), DecisionKind.Ineligible, [LeadTimeRule.RuleCode]),
        ["evaluated 80 days after submission, 19 days left"] = new(Eligible, DecisionKind.NeedsReview, [PreparationTimeRule.RuleCode], Baseline.Context.On(Baseline.Submission.PlusDays(80))),
        ["lead time of 21 days evaluated a week late"] = new(Eligible.StartingIn(days: 21), DecisionKind.NeedsReview, [LeadTimeRule.RuleCode, PreparationTimeRule.RuleCode], Baseline.Context.On(Baseline.Submission.PlusDays(7))),
        ["emergency with 10 days"] = new(Eligible.StartingIn(days: 10).AsEmergency(), DecisionKind.NeedsReview, [LeadTimeRule.RuleCode]),
        ["four-day workshop"] = new(Eligible.Lasting(days: 4), DecisionKind.Ineligible, [MaxDurationRule.RuleCode]),
        ["four-day workshop with a justification"] = new(Eligible.Lasting(days: 4).JustifiedBy("Two languages need a day of interpretation each."), DecisionKind.NeedsReview, [MaxDurationRule.RuleCode]),
        ["expert mission Thursday to Wednesday over a weekend"] = new(ExpertMission(2).On(new LocalDate(2025, 6, 12), new LocalDate(2025, 6, 18)), DecisionKind.Eligible, []),
        ["expert mission of six working days"] = new(ExpertMission(2).On(new LocalDate(2025, 6, 9), new LocalDate(2025, 6, 16)), DecisionKind.Ineligible, [MaxDurationRule.RuleCode]),
        ["window longer than twelve months"] = new(Eligible.Within(new LocalDate(2025, 6, 1), new LocalDate(2026, 7, 15)), DecisionKind.NeedsReview, [TotalSpanRule.RuleCode]),
        ["window within the year"] = new(Eligible.Within(new LocalDate(2025, 6, 1), new LocalDate(2025, 9, 30)), DecisionKind.Eligible, []),
        ["eight activities"] = new(Eligible.Planning(8), DecisionKind.NeedsReview, [TotalSpanRule.RuleCode]),
        ["project suspended"] = new(Eligible, DecisionKind.Ineligible, [ProjectActiveRule.RuleCode], Baseline.Context.WithProjectStatus(ProjectStatus.Suspended)),

        // Format
        ["expert mission with three experts"] = new(ExpertMission(3).On(new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 12)), DecisionKind.NeedsReview, [ExpertsPerMissionRule.RuleCode]),
        ["study visit of six"] = new(StudyVisit(6), DecisionKind.Ineligible, [StudyVisitDelegationRule.RuleCode]),
        ["study visit of five with a justification"] = new(StudyVisit(5).JustifiedBy("Both asylum and reception units take part."), DecisionKind.NeedsReview, [StudyVisitDelegationRule.RuleCode]),
        ["study visit of exactly three"] = new(StudyVisit(3), DecisionKind.Eligible, []),
        ["workshop for ten"] = new(Eligible.WithParticipants(10), DecisionKind.NeedsReview, [MinimumParticipantsRule.RuleCode]),
        ["workshop for exactly fifteen"] = new(Eligible.WithParticipants(15), DecisionKind.Eligible, []),

        // Money
        ["Montenegro, funded by no contribution"] = new(From(Country.Montenegro), DecisionKind.Ineligible, [DonorCountryEarmarkRule.RuleCode]),
        ["Albania on migration data, outside the Czech themes"] = new(From(Country.Albania).WithThemes(ThematicArea.MigrationDataAndAnalysis), DecisionKind.Ineligible, [DonorThemeEarmarkRule.RuleCode]),
        ["Albania in 2026, after the Czech period"] = new(From(Country.Albania).StartingIn(days: 372), DecisionKind.Ineligible, [DonorPeriodEarmarkRule.RuleCode]),
        ["cost of EUR 70 000"] = new(Eligible.Costing(70_000m), DecisionKind.Ineligible, [CostCeilingRule.RuleCode]),
        ["cost of EUR 30 000"] = new(Eligible.Costing(30_000m), DecisionKind.NeedsReview, [CostCeilingRule.RuleCode]),
        ["cost of exactly EUR 25 000"] = new(Eligible.Costing(25_000m), DecisionKind.Eligible, []),
        ["Albania for EUR 22 000, more than the Czech balance"] = new(From(Country.Albania).Costing(22_000m), DecisionKind.Ineligible, [DonorBalanceRule.RuleCode]),
        ["salaries of staff"] = new(Eligible.WithCost(CostCategory.Salaries, 1_000m), DecisionKind.Ineligible, [EligibleCostLinesRule.RuleCode]),
        ["other costs"] = new(Eligible.WithCost(CostCategory.Other, 500m, "Other costs"), DecisionKind.NeedsReview, [EligibleCostLinesRule.RuleCode]),
        ["shares summing to 99.9999999"] = new(
            Eligible
                .WithParticipants(20, [Country.BosniaAndHerzegovina, Country.NorthMacedonia, Country.Serbia])
                .Covering(GeographicScope.Create(
                    ScopeKind.MultiCountry,
                    [Country.BosniaAndHerzegovina, Country.NorthMacedonia, Country.Serbia],
                    [(Country.BosniaAndHerzegovina, 33.3333333m), (Country.NorthMacedonia, 33.3333333m), (Country.Serbia, 33.3333333m)]).OrThrow()),
            DecisionKind.Eligible,
            []),

        // Duplication
        ["overlapping open request of the ministry"] = new(Eligible, DecisionKind.NeedsReview, [NoDuplicateRule.RuleCode], Baseline.Context.WithOpenRequest(Eligible.WithIdentifier("2025-009-BA-MoS").StartingIn(days: 100))),
        ["overlapping workshop already planned"] = new(Eligible, DecisionKind.NeedsReview, [NoDuplicateRule.RuleCode], Baseline.Context.WithActivity(PlannedWorkshop)),
        ["open request on another theme and of another type"] = new(Eligible, DecisionKind.Eligible, [], Baseline.Context.WithOpenRequest(Eligible.WithIdentifier("2025-010-BA-MoS").OfKind(ActivityType.Training).WithThemes(ThematicArea.BorderManagement))),
        ["open request of the same type on another theme"] = new(Eligible, DecisionKind.NeedsReview, [NoDuplicateRule.RuleCode], Baseline.Context.WithOpenRequest(Eligible.WithIdentifier("2025-010-BA-MoS").WithThemes(ThematicArea.BorderManagement))),
        ["approved training on the same theme"] = new(Eligible, DecisionKind.NeedsReview, [NoDuplicateRule.RuleCode], Baseline.Context.WithActivity(ActivityBuilder.Like(PlannedWorkshop).OfType(ActivityType.Training).WithThemes(ThematicArea.Asylum))),
        ["no declaration of parallel funding"] = new(Eligible.DeclaringNoParallelFunding(false), DecisionKind.NeedsReview, [NoParallelFundingRule.RuleCode]),
        ["no coordination statement"] = new(Eligible.WithCoordination(null), DecisionKind.NeedsReview, [NoParallelFundingRule.RuleCode]),

        // Reporting
        ["Kosovo without an output designation"] = new(From(Country.Kosovo).WithOutputDesignation(null), DecisionKind.Eligible, [KosovoDesignationRule.RuleCode]),
        ["title naming Kosovo without the asterisk"] = new(From(Country.Kosovo).Titled("Workshop for the Kosovo border police"), DecisionKind.Eligible, [KosovoDesignationRule.RuleCode]),
        ["title naming Kosovo* with the asterisk"] = new(From(Country.Kosovo).Titled("Workshop for the Kosovo* border police"), DecisionKind.Eligible, []),
        ["activity in 2027, beyond the DAC list"] = new(Eligible.StartingIn(days: 740), DecisionKind.NeedsReview, [OdaRecipientRule.RuleCode]),
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
        var (request, kind, findings, context) = Cases[name];

        var decision = (context ?? Baseline.Context).Evaluate(request);

        _ = kind switch
        {
            DecisionKind.Eligible => decision.Should().BeEligible(),
            DecisionKind.NeedsReview => decision.Should().NeedReview(),
            _ => decision.Should().BeIneligible(),
        };
        decision.Should().HaveFindingsExactly(findings);
    }

    private static RequestBuilder ExpertMission(int experts) =>
        Eligible.OfKind(ActivityType.ExpertMission).WithExperts(experts).Titled("Expert mission on asylum procedures");

    private static RequestBuilder StudyVisit(int size) =>
        Eligible.OfKind(ActivityType.StudyVisit).WithParticipants(size).InPerson("Vienna", Country.Austria).Titled("Study visit to the Austrian asylum office");

    private static RequestBuilder From(Country country) => Eligible.From(Baseline.Ministry(country)).InPerson("Capital", country);

    /// <summary>A row: the request, the decision it gets, the rules that find something, and the context if not <see cref="Baseline.Context"/>.</summary>
    private sealed record Case(RequestBuilder Request, DecisionKind Kind, string[] Findings, EvaluationContextBuilder? Context = null);
}
