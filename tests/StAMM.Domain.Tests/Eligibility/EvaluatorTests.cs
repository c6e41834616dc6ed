using System.Collections.Immutable;
using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class EvaluatorTests
{
    [Fact]
    public void The_built_in_set_has_the_24_catalogue_rules_and_the_preparation_time() =>
        StammRuleSet.Default.Rules.Should().HaveCount(25).And.Contain(PreparationTimeRule.Default);

    [Fact]
    public void A_decision_records_the_rule_set_name_and_version()
    {
        var decision = Baseline.Context.Evaluate(Baseline.Request);

        decision.RuleSetName.Should().Be("StAMM eligibility");
        decision.RuleSetVersion.Should().Be("2026.2");
    }

    [Fact]
    public void The_trace_lists_every_rule_with_admissibility_first_then_by_stage_and_code()
    {
        var outcomes = Baseline.Context.Evaluate(Baseline.Request).Outcomes;

        outcomes.Should().HaveCount(StammRuleSet.Default.Rules.Length);
        outcomes[0].Stage.Should().Be(RuleStage.Admissibility);
        outcomes.Select(o => (o.Stage, o.Code)).Should().BeInAscendingOrder(Comparer<(RuleStage, string)>.Create((a, b) =>
            a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2, b.Item2)));
    }

    [Fact]
    public void A_failed_outcome_explains_expected_and_actual_values()
    {
        var outcome = Baseline.Context.Evaluate(Baseline.Request.StartingIn(days: 10)).Case.OutcomeOf(LeadTimeRule.RuleCode)!.Value;

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Expected.Should().Be(RuleValue.OfNumber(21, "days"));
        outcome.Actual.Should().Be(RuleValue.OfNumber(10, "days"));
        outcome.Message.Should().Contain("10 days").And.Contain("21 days");
    }

    [Fact]
    public void The_decision_is_a_union_that_can_be_matched_exhaustively()
    {
        var decision = Baseline.Context.Evaluate(Baseline.Request.StartingIn(days: 10));

        decision.Match(e => "eligible", n => "review", i => "ineligible").Should().Be("ineligible");
    }

    [Fact]
    public void The_day_of_evaluation_comes_from_an_injected_clock()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 4, 15, 12, 0));

        var decision = Baseline.Context.WithClock(clock).Evaluate(Baseline.Request.StartingIn(days: 70));

        decision.Case.EvaluatedOn.Should().Be(new LocalDate(2025, 4, 15));
        decision.Case.OutcomeOf(PreparationTimeRule.RuleCode)!.Value.Evidence.Actual.Should().Be(27);
    }

    [Fact]
    public void Donor_matching_ranks_the_contribution_that_ends_first_and_explains_the_others()
    {
        var decision = Baseline.Context.Evaluate(Baseline.Request);

        var match = decision.Case.MatchDonors();

        match.Candidates.Select(c => c.Balance.Contribution).Should().Equal(Baseline.CzechContribution, Baseline.SemContribution);
        decision.Case.SelectedContribution!.Contribution.Should().Be(Baseline.CzechContribution);
        match.Rejections.Should().BeEmpty();
    }

    [Fact]
    public void Donor_matching_puts_the_preferred_donor_first()
    {
        var request = Baseline.Request.WithIdentifier("pref").PreferringDonor(Stamm.StateSecretariatForMigration).BuildValid();

        var match = DonorMatch.For(request, Baseline.Context.BuildValid());

        match.Best!.Balance.Contribution.Should().Be(Baseline.SemContribution);
        match.Best.IsPreferred.Should().BeTrue();
    }

    [Fact]
    public void Donor_matching_gives_the_reason_a_contribution_cannot_fund()
    {
        var request = Baseline.Request.From(Baseline.Ministry(Country.Albania)).BuildValid();

        var match = DonorMatch.For(request, Baseline.Context.BuildValid());

        match.Rejections.Should().ContainSingle().Which.Reason.Should().Be(DonorRejectionReason.CountryNotEarmarked);
        match.Rejections[0].Message.Should().Contain("AL");
    }

    [Fact]
    public void Evaluating_with_a_rule_set_not_yet_in_force_is_refused()
    {
        var future = RuleSet.Create("future", "1", new LocalDate(2030, 1, 1), null, [LeadTimeRule.Default]).OrThrow();

        var act = () => Baseline.Context.Evaluate(Baseline.Request, future);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Evaluating_before_the_submission_is_refused_naming_both_days()
    {
        var request = Baseline.Request.SubmittedOn(new LocalDate(2027, 1, 11)).BuildValid();
        var context = Baseline.Context.On(new LocalDate(2026, 12, 1)).BuildValid();

        var act = () => new Evaluator(StammRuleSet.Default).Evaluate(request, context);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "context" && e.Message.Contains("2027-01-11") && e.Message.Contains("2026-12-01"));
    }

    [Fact]
    public void Evaluating_after_the_rule_set_went_out_of_force_is_refused_naming_the_day()
    {
        var ended = RuleSet.Create("ended", "1", new LocalDate(2018, 12, 1), new LocalDate(2025, 3, 31), [LeadTimeRule.Default]).OrThrow();
        var context = Baseline.Context.On(new LocalDate(2025, 4, 1)).BuildValid();

        var act = () => new Evaluator(ended).Evaluate(Baseline.Request.BuildValid(), context);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "context" && e.Message.Contains("ended 1 (2018-12-01/2025-03-31) is not in force on 2025-04-01"));
    }

    [Fact]
    public void Evaluating_on_the_last_day_in_force_is_allowed()
    {
        var ended = RuleSet.Create("ended", "1", new LocalDate(2018, 12, 1), new LocalDate(2025, 3, 31), [LeadTimeRule.Default]).OrThrow();

        new Evaluator(ended).Evaluate(Baseline.Request.BuildValid(), Baseline.Context.On(new LocalDate(2025, 3, 31)).BuildValid())
            .Kind.Should().Be(DecisionKind.Eligible);
    }

    [Fact]
    public void A_donor_layer_replaces_the_project_rule_of_the_same_code()
    {
        var strict = RuleSet.Create("SEM", "1", new LocalDate(2018, 12, 1), null, [CostCeilingRule.Create(Money.Of(5_000m, Currency.Eur), Money.Of(10_000m, Currency.Eur)).OrThrow()]).OrThrow();
        var evaluator = new Evaluator(StammRuleSet.Default, [new DonorRuleLayer(Stamm.StateSecretariatForMigration, strict)]);
        var request = Baseline.Request.WithIdentifier("layered").Costing(12_000m).PreferringDonor(Stamm.StateSecretariatForMigration).BuildValid();

        var decision = evaluator.Evaluate(request, Baseline.Context.BuildValid());

        decision.RuleSetVersion.Should().Be("2026.2+1");
        decision.Case.OutcomeOf(CostCeilingRule.RuleCode)!.Value.Status.Should().Be(OutcomeStatus.Fail);
        decision.Outcomes.Should().HaveCount(StammRuleSet.Default.Rules.Length);
    }

    [Fact]
    public void Each_donor_layer_decides_the_requests_that_prefer_its_donor()
    {
        var sem = RuleSet.Create("SEM", "1", new LocalDate(2018, 12, 1), null, [LeadTimeRule.Create(90, 30).OrThrow()]).OrThrow();
        var czech = RuleSet.Create("MoI", "2", new LocalDate(2018, 12, 1), null, [LeadTimeRule.Create(70, 25).OrThrow()]).OrThrow();
        var evaluator = new Evaluator(StammRuleSet.Default, [new DonorRuleLayer(Stamm.StateSecretariatForMigration, sem), new DonorRuleLayer(Stamm.CzechMinistryOfTheInterior, czech)]);

        evaluator.RuleSetFor(Baseline.Request.PreferringDonor(Stamm.StateSecretariatForMigration).BuildValid()).Version.Should().Be("2026.2+1");
        evaluator.RuleSetFor(Baseline.Request.PreferringDonor(Stamm.CzechMinistryOfTheInterior).BuildValid()).Version.Should().Be("2026.2+2");
        evaluator.RuleSetFor(Baseline.Request.BuildValid()).Should().BeSameAs(StammRuleSet.Default);
    }

    [Fact]
    public void A_donor_with_two_layers_is_refused()
    {
        var layer = RuleSet.Create("SEM", "1", new LocalDate(2018, 12, 1), null, [LeadTimeRule.Create(90, 30).OrThrow()]).OrThrow();

        var act = () => new Evaluator(StammRuleSet.Default, [new DonorRuleLayer(Stamm.StateSecretariatForMigration, layer), new DonorRuleLayer(Stamm.StateSecretariatForMigration, layer)]);

        act.Should().Throw<ArgumentException>().WithParameterName("donorLayers").WithMessage($"*{Stamm.StateSecretariatForMigration.Name}*more than one layer*");
    }

    [Fact]
    public void A_donor_layer_never_in_force_together_with_the_project_set_is_refused()
    {
        var expired = RuleSet.Create("SEM", "1", new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31), [LeadTimeRule.Create(90, 30).OrThrow()]).OrThrow();

        var act = () => new Evaluator(StammRuleSet.Default, [new DonorRuleLayer(Stamm.StateSecretariatForMigration, expired)]);

        act.Should().Throw<ArgumentException>().WithParameterName("donorLayers");
    }

    [Fact]
    public void The_rule_set_for_a_null_request_is_refused() =>
        FluentActions.Invoking(() => new Evaluator(StammRuleSet.Default).RuleSetFor(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Evaluating_without_a_context_is_refused() =>
        FluentActions.Invoking(() => new Evaluator(StammRuleSet.Default).Evaluate(Baseline.Request.BuildValid(), null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void A_rule_set_refuses_two_rules_with_one_code()
    {
        var result = RuleSet.Create("x", "1", new LocalDate(2020, 1, 1), null, [LeadTimeRule.Default, LeadTimeRule.Create(30, 10).OrThrow()]);

        result.Problems.Should().ContainSingle(p => p.Code == Domain.Validation.ProblemCodes.Duplicate);
    }

    [Fact]
    public void Rules_with_the_same_parameters_are_equal_values() =>
        LeadTimeRule.Create().OrThrow().Should().Be(LeadTimeRule.Default);

    [Fact]
    public void Every_built_in_rule_exposes_a_kind_a_source_and_its_parameters()
    {
        foreach (var rule in StammRuleSet.Default.Rules)
        {
            rule.Kind.Should().NotBeNullOrWhiteSpace();
            rule.Source.Text.Should().NotBeNullOrWhiteSpace();
            rule.Parameters.IsDefault.Should().BeFalse();
        }

        LeadTimeRule.Default.Parameters.Select(p => p.ToString()).Should().Equal("warnBelowDays = 60 days", "failBelowDays = 21 days", "emergencyOverride = true");
    }

    [Fact]
    public void Every_outcome_of_the_built_in_rules_has_a_message_and_values()
    {
        var requests = new[] { Baseline.Request, Baseline.Request.StartingIn(days: 5).WithoutCosts().WithCost(CostCategory.Salaries, 99_000m).WithAttachments() };
        foreach (var request in requests)
        {
            foreach (var outcome in Baseline.Context.Evaluate(request).Outcomes)
            {
                outcome.Message.Should().NotBeNullOrWhiteSpace();
                Enum.IsDefined(outcome.Expected.Kind).Should().BeTrue("{0}'s expected value has a kind", outcome.Code);
                Enum.IsDefined(outcome.Actual.Kind).Should().BeTrue("{0}'s actual value has a kind", outcome.Code);
                outcome.Expected.ToString().Should().NotBeNullOrWhiteSpace();
                outcome.Actual.ToString().Should().NotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public void The_duplicate_check_finds_an_overlap_among_many_activities_through_the_index()
    {
        var others = Enumerable.Range(0, 5_000).Select(i => Domain.Activities.Activity.Create(
            $"a{i}", Domain.Activities.ActivityType.Workshop, "w", Domain.Time.ActivityPeriod.Exact(new LocalDate(2024, 1, 1).PlusDays(i % 700), new LocalDate(2024, 1, 2).PlusDays(i % 700)),
            beneficiaries: [Baseline.Ministry(Country.Serbia)]).OrThrow()).ToList();
        var context = Baseline.Context.WithActivities(others);

        context.Evaluate(Baseline.Request).Should().BeEligible();
        context.Evaluate(Baseline.Request.From(Baseline.Ministry(Country.Serbia))).Should().HaveOutcome(NoDuplicateRule.RuleCode, OutcomeStatus.Warn);
    }
}
