using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;
using static StAMM.Domain.Tests.Cases.Facility;

namespace StAMM.Domain.Tests.Portfolios;

public sealed class PortfolioTests
{
    private static readonly ActivityPeriod April = ActivityPeriod.Exact(new LocalDate(2026, 4, 14), new LocalDate(2026, 4, 16));

    private static readonly Participants Eighteen = Participants.Create(18, [Country.BosniaAndHerzegovina]).OrThrow();

    private static Venue Sarajevo => Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow();

    private static CostLine Travel(decimal euros) => CostLine.Create(CostCategory.Travel, Money.Of(euros, Currency.Eur)).OrThrow();

    private static Portfolio Approved(decimal euros) => Evaluated(EligibleRules).Then(c => c.Approve(Euros(euros), Hours(2), Approver));

    [Fact]
    public void A_new_portfolio_has_every_contribution_available()
    {
        var balances = Empty(EligibleRules).Balances;

        balances.Select(b => b.Available).Should().Equal(Money.Of(100_000m, Currency.Chf), Money.Of(50_000m, Currency.Eur));
        balances.Select(b => b.Committed!.Amount).Should().Equal(0m, 0m);
    }

    [Fact]
    public void The_balance_of_a_contribution_of_unknown_amount_is_unknown_not_zero()
    {
        var balances = Portfolio.Create(Stamm.Project, [EligibleRules]).OrThrow().Balances;

        balances.Should().AllSatisfy(b =>
        {
            b.Amount.Should().BeNull();
            b.Committed.Should().BeNull();
            b.Spent.Should().BeNull();
            b.Available.Should().BeNull();
            b.ToBalance().Remaining.Should().BeNull();
        });
    }

    [Fact]
    public void Nothing_is_committed_against_a_contribution_of_unknown_amount() =>
        Commitment.Create(Stamm.Project.Contributions[0], Money.Of(1_000m, Currency.Chf))
            .Should().FailWithExactly(CaseProblemCodes.BalanceUnknown, "contribution");

    [Fact]
    public void Approval_commits_money_of_the_contribution()
    {
        var czech = Approved(12_000m).Balances[1];

        czech.Committed.Should().Be(Money.Of(12_000m, Currency.Eur));
        czech.Spent.Should().Be(Money.Of(0m, Currency.Eur));
        czech.Available.Should().Be(Money.Of(38_000m, Currency.Eur));
    }

    [Fact]
    public void A_commitment_in_another_currency_is_converted_with_its_rate()
    {
        var commitment = Commitment.Create(Swiss, Money.Of(10_000m, Currency.Eur), EurToChf).OrThrow();

        var swiss = Evaluated(EligibleRules).Then(c => c.Approve(commitment, Hours(2), Approver)).Balances[0];

        swiss.Committed.Should().Be(Money.Of(9_400m, Currency.Chf));
        swiss.Available.Should().Be(Money.Of(90_600m, Currency.Chf));
    }

    [Fact]
    public void A_commitment_in_another_currency_needs_a_rate() =>
        Commitment.Create(Swiss, Money.Of(10_000m, Currency.Eur)).Should().FailWithExactly(CaseProblemCodes.ExchangeRateRequired, "exchangeRate");

    [Fact]
    public void A_rate_must_convert_the_commitment_s_currency_into_the_contribution_s() =>
        Commitment.Create(Swiss, Money.Of(10_000m, Currency.Usd), EurToChf).Should().FailWithExactly(ProblemCodes.CurrencyMismatch, "exchangeRate");

    [Fact]
    public void No_rate_applies_within_one_currency() =>
        Commitment.Create(Czech, Money.Of(10_000m, Currency.Eur), EurToChf).Should().FailWithExactly(ProblemCodes.NotAllowed, "exchangeRate");

    [Fact]
    public void A_rate_has_a_source_and_is_above_zero() =>
        ExchangeRate.Create(Currency.Eur, Currency.Chf, 0m, " ", new LocalDate(2026, 2, 1))
            .Should().FailWithExactly((ProblemCodes.OutOfRange, "rate"), (ProblemCodes.Required, "source"));

    [Fact]
    public void A_converted_amount_is_rounded_to_the_cent_half_to_even()
    {
        var rate = ExchangeRate.Create(Currency.Eur, Currency.Chf, 0.5m, "test", new LocalDate(2026, 2, 1)).OrThrow();

        Commitment.Create(Swiss, Money.Of(0.05m, Currency.Eur), rate).OrThrow().InContributionCurrency.Should().Be(Money.Of(0.02m, Currency.Chf));
        Commitment.Create(Swiss, Money.Of(0.07m, Currency.Eur), rate).OrThrow().InContributionCurrency.Should().Be(Money.Of(0.04m, Currency.Chf));
    }

    [Fact]
    public void A_position_gives_the_rules_a_balance_whose_remaining_part_is_the_available_one()
    {
        var czech = Approved(12_000m).Then(c => c.Deliver(April, Sarajevo, Eighteen, [Travel(9_000m)], Hours(100), Officer)).Balances[1];

        var balance = czech.ToBalance();

        balance.Committed.Should().Be(czech.Spent!);
        balance.Reserved.Should().Be(czech.Committed!);
        balance.Remaining.Should().Be(czech.Available!);
    }

    [Fact]
    public void A_costed_request_is_not_sent_to_review_for_an_unknown_balance_when_the_portfolio_knows_the_amounts()
    {
        var withAmounts = Portfolio.Create(Stamm.Project, [StammRuleSet.Default], [Swiss, Czech]).OrThrow();
        var publicRecordOnly = Portfolio.Create(Stamm.Project, [StammRuleSet.Default]).OrThrow();

        Decide(withAmounts).Kind.Should().Be(DecisionKind.Eligible);
        Decide(publicRecordOnly).Case.OutcomeOf(StAMM.Domain.Eligibility.Rules.DonorBalanceRule.RuleCode)!.Value.Status.Should().Be(OutcomeStatus.Warn);

        static Decision Decide(Portfolio portfolio) => portfolio
            .Append(CaseSubmitted.Create(Request, Start, Officer).OrThrow()).OrThrow()
            .Evaluate(Request.Identifier, Hours(1), Officer).OrThrow().Case().Decision!;
    }

    [Fact]
    public void A_case_is_not_evaluated_after_the_rule_set_of_its_submission_went_out_of_force()
    {
        var ending = RuleSet.Create("Test rules", "1", new LocalDate(2018, 12, 1), Start.InUtc().Date, [new StAMM.Domain.Tests.Eligibility.FixedOutcomeRule("TEST-RULE", OutcomeStatus.Pass)]).OrThrow();
        var submitted = Empty(ending).Append(CaseSubmitted.Create(Request, Start, Officer).OrThrow()).OrThrow();

        submitted.Evaluate(Request.Identifier, Start.Plus(Duration.FromDays(2)), Officer)
            .Should().FailWithExactly(CaseProblemCodes.UnknownRuleSet, "at");
    }

    [Fact]
    public void A_commitment_is_above_zero() =>
        Commitment.Create(Czech, Money.Of(0m, Currency.Eur)).Should().FailWithExactly(ProblemCodes.OutOfRange, "amount");

    [Fact]
    public void The_context_on_a_day_holds_every_event_of_that_day()
    {
        var approved = Approved(12_000m);

        approved.ContextOn(RequestBuilder.DefaultSubmissionDate).Balances[1].Remaining.Should().Be(Money.Of(38_000m, Currency.Eur));
        approved.ContextOn(RequestBuilder.DefaultSubmissionDate.PlusDays(-1)).OpenRequests.Should().BeEmpty();
    }

    [Fact]
    public void A_commitment_never_exceeds_the_available_balance() =>
        Evaluated(EligibleRules).Append(Evaluated(EligibleRules).Case().Approve(Euros(50_000.01m), Hours(2), Approver).OrThrow().Event)
            .Should().FailWithExactly(CaseProblemCodes.BalanceExceeded, "commitment.amount");

    [Fact]
    public void A_commitment_of_the_whole_available_balance_is_allowed() =>
        Approved(50_000m).Balances[1].Available.Should().Be(Money.Of(0m, Currency.Eur));

    [Fact]
    public void Two_approvals_that_together_exceed_the_balance_cannot_both_succeed()
    {
        var second = A.Request.WithIdentifier("2026-008-BA-MoS").BuildValid();
        var both = Evaluated(EligibleRules)
            .Append(CaseSubmitted.Create(second, Hours(1), Officer).OrThrow()).OrThrow()
            .Evaluate(second.Identifier, Hours(1), Officer).OrThrow()
            .Then(c => c.Approve(Euros(30_000m), Hours(2), Approver));

        var secondApproval = both.FindCase(second.Identifier)!.Approve(Euros(30_000m), Hours(3), Approver).OrThrow();

        both.Append(secondApproval.Event).Should().FailWithExactly(CaseProblemCodes.BalanceExceeded, "commitment.amount");
    }

    [Fact]
    public void A_commitment_of_a_contribution_outside_the_portfolio_is_refused()
    {
        var stranger = Contribution.Create(Stamm.CzechMinistryOfTheInterior, amount: Money.Of(1_000_000m, Currency.Eur), period: new DateInterval(new LocalDate(2030, 1, 1), new LocalDate(2030, 12, 31))).OrThrow();
        var approval = Evaluated(EligibleRules).Case().Approve(Commitment.Create(stranger, Money.Of(1_000m, Currency.Eur)).OrThrow(), Hours(2), Approver).OrThrow();

        Evaluated(EligibleRules).Append(approval.Event).Should().FailWithExactly(CaseProblemCodes.ContributionNotInPortfolio, "commitment.contribution");
    }

    [Fact]
    public void Delivery_makes_the_activity_an_activity_of_the_project_funded_by_the_contribution_s_donor()
    {
        var delivered = Approved(12_000m).Then(c => c.Deliver(April, Sarajevo, Eighteen, [Travel(9_000m)], Hours(100), Officer));

        var activity = delivered.DeliveredProject.FindActivity(Request.Identifier);
        activity.Should().NotBeNull();
        activity!.Period.Should().Be(April);
        activity.Participants.Should().Be(Eighteen);
        activity.IsFundedBy(Stamm.CzechMinistryOfTheInterior).Should().BeTrue();
        activity.Beneficiaries.Should().Equal(Request.Requester);
        delivered.DeliveredActivities.Should().Equal(activity);
    }

    [Fact]
    public void Delivery_turns_the_actual_costs_into_spend()
    {
        var czech = Approved(12_000m).Then(c => c.Deliver(April, Sarajevo, Eighteen, [Travel(9_000m)], Hours(100), Officer)).Balances[1];

        czech.Spent.Should().Be(Money.Of(9_000m, Currency.Eur));
        czech.Committed.Should().Be(Money.Of(3_000m, Currency.Eur));
        czech.Available.Should().Be(Money.Of(38_000m, Currency.Eur));
    }

    [Fact]
    public void Closing_releases_the_rest_of_the_commitment()
    {
        var czech = Approved(12_000m)
            .Then(c => c.Deliver(April, Sarajevo, Eighteen, [Travel(9_000m)], Hours(100), Officer))
            .Then(c => c.Close(Hours(200), Officer)).Balances[1];

        czech.Committed.Should().Be(Money.Of(0m, Currency.Eur));
        czech.Spent.Should().Be(Money.Of(9_000m, Currency.Eur));
        czech.Available.Should().Be(Money.Of(41_000m, Currency.Eur));
    }

    [Fact]
    public void Cancelling_an_approval_releases_its_commitment() =>
        Approved(12_000m).Then(c => c.Cancel("Postponed indefinitely.", Hours(3), Officer)).Balances[1].Available
            .Should().Be(Money.Of(50_000m, Currency.Eur));

    [Fact]
    public void Actual_costs_do_not_exceed_the_commitment() =>
        Approved(12_000m).Case().Deliver(April, Sarajevo, Eighteen, [Travel(12_000.01m)], Hours(100), Officer)
            .Should().FailWithExactly(CaseProblemCodes.CostsExceedCommitment, "actualCosts");

    [Fact]
    public void Actual_costs_are_in_the_commitment_s_currency() =>
        Approved(12_000m).Case().Deliver(April, Sarajevo, Eighteen, [CostLine.Create(CostCategory.Travel, Money.Of(10m, Currency.Chf)).OrThrow()], Hours(100), Officer)
            .Should().FailWithExactly(ProblemCodes.CurrencyMismatch, "actualCosts");

    [Fact]
    public void A_delivered_activity_lies_within_the_project_s_period()
    {
        var beforeTheProject = ActivityPeriod.Exact(new LocalDate(2018, 1, 10), new LocalDate(2018, 1, 11));
        var delivery = Approved(12_000m).Case().Deliver(beforeTheProject, Sarajevo, Eighteen, [], Hours(100), Officer).OrThrow();

        Approved(12_000m).Append(delivery.Event).Should().FailWithExactly(ProblemCodes.OutsideProjectPeriod, "activity.period");
    }

    [Fact]
    public void A_delivered_activity_draws_its_participants_from_the_project_s_scope()
    {
        var withAustrians = Participants.Create(2, [Country.FromCode("AT")]).OrThrow();
        var delivery = Approved(12_000m).Case().Deliver(April, Sarajevo, withAustrians, [], Hours(100), Officer).OrThrow();

        Approved(12_000m).Append(delivery.Event).Should().FailWithExactly(ProblemCodes.OutsideProjectScope, "activity.participants.countries");
    }

    [Fact]
    public void A_delivered_activity_is_funded_by_the_donor_whose_contribution_was_committed()
    {
        var approved = Approved(12_000m);
        var fundedBySwiss = Activity.Create(Request.Identifier, Request.ActivityType, Request.Title, April, funding: [FundingSource.From(Stamm.StateSecretariatForMigration)]).OrThrow();

        approved.Append(CaseDelivered.Create(fundedBySwiss, [], Hours(100), Officer).OrThrow())
            .Should().FailWithExactly(CaseProblemCodes.OtherCase, "activity.funding");
    }

    [Fact]
    public void Actual_costs_are_in_one_currency() =>
        CaseDelivered.Create(Approved(1m).DeliveredProject.Activities[0], [Travel(1m), CostLine.Create(CostCategory.Travel, Money.Of(1m, Currency.Chf)).OrThrow()], Hours(100), Officer)
            .Should().FailWithExactly(ProblemCodes.CurrencyMismatch, "actualCosts[1]");

    [Fact]
    public void Delivery_needs_an_approval() =>
        Evaluated(EligibleRules).Case().Deliver(April, Sarajevo, Eighteen, [], Hours(100), Officer)
            .Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, string.Empty);

    [Fact]
    public void Events_are_recorded_in_time_order_across_cases()
    {
        var later = Approved(12_000m);
        var other = A.Request.WithIdentifier("2026-008-BA-MoS").BuildValid();

        later.Append(CaseSubmitted.Create(other, Hours(1), Officer).OrThrow()).Should().FailWithExactly(CaseProblemCodes.OutOfOrder, "at");
    }

    [Fact]
    public void A_request_is_one_case() =>
        Evaluated(EligibleRules).Append(CaseSubmitted.Create(Request, Hours(2), Officer).OrThrow())
            .Should().FailWithExactly(ProblemCodes.Duplicate, "caseId");

    [Fact]
    public void An_event_of_an_unknown_case_is_refused() =>
        Empty(EligibleRules).Append(CaseWithdrawn.Create("nobody", "gone", Start, Officer).OrThrow())
            .Should().FailWithExactly(CaseProblemCodes.UnknownCase, "caseId");

    [Fact]
    public void A_decision_by_a_rule_set_outside_the_portfolio_is_refused()
    {
        var submitted = Empty(EligibleRules).Append(CaseSubmitted.Create(Request, Start, Officer).OrThrow()).OrThrow();
        var foreign = new Evaluator(Rules(OutcomeStatus.Pass, "99")).Evaluate(Request, submitted.ContextAt(Hours(1)));

        submitted.Append(CaseEvaluated.Create(foreign, Hours(1), Officer).OrThrow()).Should().FailWithExactly(CaseProblemCodes.UnknownRuleSet, "decision");
    }

    [Fact]
    public void The_portfolio_as_of_a_past_instant_is_the_fold_of_the_events_up_to_it()
    {
        var closed = Approved(12_000m)
            .Then(c => c.Deliver(April, Sarajevo, Eighteen, [Travel(9_000m)], Hours(100), Officer))
            .Then(c => c.Close(Hours(200), Officer));

        var past = closed.AsOf(Hours(150));

        past.Events.Should().Equal(closed.Events.Take(4));
        past.Case().State.Should().Be(CaseState.Delivered);
        past.Should().Be(Portfolio.Create(closed.Project, closed.RuleSets, closed.Contributions, closed.Events.Take(4)).OrThrow());
        closed.BalancesAsOf(Hours(150)).Should().Equal(past.Balances);
        closed.BalanceAsOf(Czech, Hours(2)).Committed.Should().Be(Money.Of(12_000m, Currency.Eur));
        closed.BalanceAsOf(Czech, Hours(1)).Committed.Should().Be(Money.Of(0m, Currency.Eur));
    }

    [Fact]
    public void Folding_the_stored_events_gives_an_equal_portfolio()
    {
        var closed = Approved(12_000m).Then(c => c.Deliver(April, Sarajevo, Eighteen, [Travel(9_000m)], Hours(100), Officer));

        Portfolio.Create(closed.Project, closed.RuleSets, closed.Contributions, closed.Events).Should().BeValid().Which.Should().Be(closed);
    }

    [Fact]
    public void Folding_names_the_first_event_that_is_not_allowed()
    {
        var approved = Approved(12_000m);

        Portfolio.Create(approved.Project, approved.RuleSets, [Swiss], approved.Events)
            .Should().FailWithExactly(CaseProblemCodes.ContributionNotInPortfolio, "events[2].commitment.contribution");
    }

    [Fact]
    public void Open_requests_approved_cases_and_delivered_activities_are_derived()
    {
        var evaluated = Evaluated(EligibleRules);
        evaluated.OpenRequests.Should().Equal(Request);

        var approved = evaluated.Then(c => c.Approve(Euros(1_000m), Hours(2), Approver));
        approved.OpenRequests.Should().BeEmpty();
        approved.ApprovedCases.Select(c => c.Identifier).Should().Equal(Request.Identifier);
        approved.DeliveredActivities.Should().BeEmpty();
    }

    [Fact]
    public void The_context_holds_the_balances_pending_requests_and_delivered_activities()
    {
        var approved = Approved(12_000m);

        var context = approved.ContextAt(Hours(3));

        context.AsOf.Should().Be(RequestBuilder.DefaultSubmissionDate);
        context.OpenRequests.Should().Equal(Request);
        context.Balances.Select(b => b.Remaining).Should().Equal(Money.Of(100_000m, Currency.Chf), Money.Of(38_000m, Currency.Eur));

        var delivered = approved.Then(c => c.Deliver(April, Sarajevo, Eighteen, [Travel(9_000m)], Hours(100), Officer));
        delivered.ContextOn(new LocalDate(2026, 6, 1)).Activities.Select(a => a.Identifier).Should().Contain(Request.Identifier);
        delivered.ContextOn(new LocalDate(2026, 6, 1)).OpenRequests.Should().BeEmpty();
    }

    [Fact]
    public void A_decision_is_made_on_the_portfolio_as_it_stood_just_before_it()
    {
        var approved = Approved(12_000m);

        approved.ContextAt(Hours(2)).Balances[1].Remaining.Should().Be(Money.Of(50_000m, Currency.Eur));
    }

    [Fact]
    public void Evaluation_uses_the_rule_set_version_in_force_when_the_request_was_submitted()
    {
        var v1 = RuleSet.Create("Test rules", "1", new LocalDate(2018, 12, 1), new LocalDate(2025, 12, 31), [new Eligibility.FixedOutcomeRule("TEST-RULE", OutcomeStatus.Fail)]).OrThrow();
        var v2 = RuleSet.Create("Test rules", "2", new LocalDate(2026, 1, 1), null, [new Eligibility.FixedOutcomeRule("TEST-RULE", OutcomeStatus.Pass)]).OrThrow();
        var portfolio = Portfolio.Create(Stamm.Project, [v1, v2], [Swiss, Czech]).OrThrow()
            .Append(CaseSubmitted.Create(Request, Start, Officer).OrThrow()).OrThrow();

        var evaluated = portfolio.Evaluate(Request.Identifier, Hours(1), Officer).OrThrow();

        evaluated.Case().Evaluation!.RuleSetVersion.Should().Be("2");
        evaluated.Check().Should().BeEmpty();
    }

    [Fact]
    public void Rule_set_versions_are_not_in_force_on_the_same_day()
    {
        var v1 = RuleSet.Create("Test rules", "1", new LocalDate(2018, 12, 1), null, [new Eligibility.FixedOutcomeRule("TEST-RULE", OutcomeStatus.Pass)]).OrThrow();
        var v2 = RuleSet.Create("Test rules", "2", new LocalDate(2026, 1, 1), null, [new Eligibility.FixedOutcomeRule("TEST-RULE", OutcomeStatus.Pass)]).OrThrow();

        Portfolio.Create(Stamm.Project, [v1, v2], [Swiss, Czech]).Should().FailWithExactly(ProblemCodes.NotAllowed, "ruleSets[1]");
        Portfolio.Create(Stamm.Project, [v1, v1], [Swiss, Czech]).Should().FailWithExactly(ProblemCodes.Duplicate, "ruleSets[1]");
    }

    [Fact]
    public void Contributions_are_of_the_project_s_donors_and_distinct()
    {
        var stranger = Contribution.Create(A.Donor.Named("Ministry of Foreign Affairs of Ruritania").WithIdentifier("XM-DAC-999").BuildValid(), amount: Money.Of(1m, Currency.Eur)).OrThrow();

        Portfolio.Create(Stamm.Project, [EligibleRules], [Czech, Czech, stranger])
            .Should().FailWithExactly((ProblemCodes.Duplicate, "contributions[1]"), (ProblemCodes.FunderNotDonor, "contributions[2]"));
    }

    [Fact]
    public void Recorded_decisions_reproduce_on_the_portfolio_as_it_stood()
    {
        var delivered = Approved(12_000m).Then(c => c.Deliver(April, Sarajevo, Eighteen, [Travel(9_000m)], Hours(100), Officer));

        delivered.Check().Should().BeEmpty();
    }

    [Fact]
    public void A_decision_reproduces_although_another_case_moved_money_earlier_at_the_same_instant()
    {
        var other = A.Request.WithIdentifier("2026-008-BA-MoS").BuildValid();
        var portfolio = Portfolio.Create(Stamm.Project, [StammRuleSet.Default], [Swiss, Czech]).OrThrow()
            .Append(CaseSubmitted.Create(Request, Start, Officer).OrThrow()).OrThrow()
            .Append(CaseSubmitted.Create(other, Start, Officer).OrThrow()).OrThrow()
            .Evaluate(other.Identifier, Hours(1), Officer).OrThrow();
        var otherCase = portfolio.FindCase(other.Identifier)!;
        portfolio = portfolio.Append(otherCase.Review(otherCase.Evaluation!.FindingsForReview.Select(f => Accept(f.Code)), Hours(1), Reviewer).OrThrow().Event).OrThrow();
        portfolio = portfolio.Append(portfolio.FindCase(other.Identifier)!.Approve(Euros(30_000m), Hours(2), Approver).OrThrow().Event).OrThrow();

        var decided = portfolio.Evaluate(Request.Identifier, Hours(2), Officer).OrThrow();

        decided.Case().Decision!.Case.OutcomeOf(StAMM.Domain.Eligibility.Rules.DonorBalanceRule.RuleCode)!.Value.Actual.ToString().Should().Contain("50000");
        decided.Check().Should().BeEmpty();
    }

    [Fact]
    public void A_decision_computed_on_another_context_is_reported_as_not_reproducing()
    {
        var submitted = Portfolio.Create(Stamm.Project, [StammRuleSet.Default], [Swiss, Czech]).OrThrow()
            .Append(CaseSubmitted.Create(Request, Start, Officer).OrThrow()).OrThrow();
        var elsewhere = new Evaluator(StammRuleSet.Default).Evaluate(Request, EvaluationContext.CreateAsOf(Stamm.Project, RequestBuilder.DefaultSubmissionDate).OrThrow());
        var recorded = submitted.Append(CaseEvaluated.Create(elsewhere, Hours(1), Officer).OrThrow()).OrThrow();

        var unreproduced = recorded.Check();

        unreproduced.Should().ContainSingle().Which.CaseId.Should().Be(Request.Identifier);
        (unreproduced[0].Replayed is not null).Should().BeTrue();
        unreproduced[0].Reason.Should().Be("Recorded NeedsReview, replayed Eligible.");
    }

}
