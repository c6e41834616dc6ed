using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Eligibility;

/// <summary>
/// Which contributions can fund a request, in which order, and why the others cannot; and the contribution a decision
/// selects, which is the donor match's first candidate. The request is <see cref="Baseline.Request"/>: a workshop on
/// asylum in Bosnia and Herzegovina on 10-11 June 2025, estimated at EUR 12 000.
/// </summary>
public sealed class DonorMatchTests
{
    private static readonly RequestBuilder FromAlbania = Baseline.Request.From(Baseline.Ministry(Country.Albania));

    private static ContributionBalance SemBalance(decimal amount = 500_000m, decimal committed = 0m, DateInterval? period = null, Earmarks? earmarks = null, decimal reserved = 0m) =>
        Balance(Contribution.Create(Stamm.StateSecretariatForMigration, null, Money.Of(amount, Currency.Eur), period, earmarks).OrThrow(), committed, reserved);

    private static ContributionBalance CzechBalance(FundingProgramme? programme, decimal amount, decimal committed = 0m, DateInterval? period = null, Earmarks? earmarks = null) =>
        Balance(Contribution.Create(Stamm.CzechMinistryOfTheInterior, programme, Money.Of(amount, Currency.Eur), period, earmarks).OrThrow(), committed);

    private static ContributionBalance Balance(Contribution contribution, decimal committed = 0m, decimal reserved = 0m) => ContributionBalance.Create(
        contribution,
        committed == 0m ? null : Money.Of(committed, contribution.Amount!.Currency),
        reserved == 0m ? null : Money.Of(reserved, contribution.Amount!.Currency)).OrThrow();

    private static DonorMatch Match(RequestBuilder request, params ContributionBalance[] balances) =>
        DonorMatch.For(request.BuildValid(), Baseline.Context.WithBalances(balances).BuildValid());

    /// <summary>Asserts that <paramref name="first"/> ranks before <paramref name="second"/> and is the one the decision selects, whichever order the context lists them in.</summary>
    private static void ShouldRankFirst(ContributionBalance first, ContributionBalance second, RequestBuilder? request = null)
    {
        foreach (var order in new[] { new[] { first, second }, new[] { second, first } })
        {
            var decision = Baseline.Context.WithBalances(order).Evaluate(request ?? Baseline.Request);

            decision.Case.MatchDonors().Candidates.Select(c => c.Balance).Should().Equal(first, second);
            decision.Case.SelectedContribution.Should().Be(first);
        }
    }

    [Fact]
    public void Candidates_are_numbered_from_one_in_their_order()
    {
        var match = DonorMatch.For(Baseline.Request.BuildValid(), Baseline.Context.BuildValid());

        match.Candidates.Select(c => c.Rank).Should().Equal(1, 2);
    }

    [Fact]
    public void Only_the_preferred_donors_contributions_are_marked_preferred()
    {
        var match = Match(Baseline.Request.PreferringDonor(Stamm.StateSecretariatForMigration), SemBalance(), CzechBalance(Stamm.AidInPlace, 300_000m, 280_000m));

        match.Candidates.Select(c => (c.Balance.Contribution.Donor, c.IsPreferred)).Should().Equal(
            (Stamm.StateSecretariatForMigration, true),
            (Stamm.CzechMinistryOfTheInterior, false));
    }

    [Fact]
    public void The_preferred_donors_contribution_ranks_first_whichever_order_the_context_lists_them_in()
    {
        var czech = CzechBalance(Stamm.AidInPlace, 300_000m, 280_000m, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));

        ShouldRankFirst(SemBalance(), czech, Baseline.Request.PreferringDonor(Stamm.StateSecretariatForMigration));
    }

    [Fact]
    public void A_preferred_donor_whose_contribution_cannot_fund_the_request_is_passed_over()
    {
        var decision = Baseline.Context.Evaluate(FromAlbania.PreferringDonor(Stamm.StateSecretariatForMigration));

        decision.Case.MatchDonors().Best!.Balance.Contribution.Should().Be(Baseline.CzechContribution);
        decision.Case.SelectedContribution!.Contribution.Should().Be(Baseline.CzechContribution);
    }

    [Fact]
    public void The_contribution_whose_period_ends_first_ranks_first_even_when_it_is_less_earmarked()
    {
        var endsIn2025 = SemBalance(period: new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
        var openButEarmarked = CzechBalance(Stamm.AidInPlace, 500_000m, earmarks: Earmarks.Create(countries: [Country.BosniaAndHerzegovina]));

        ShouldRankFirst(endsIn2025, openButEarmarked);
    }

    [Fact]
    public void Of_two_contributions_ending_together_the_more_earmarked_ranks_first_even_with_less_money()
    {
        var earmarked = SemBalance(committed: 400_000m, earmarks: Earmarks.Create(countries: [Country.BosniaAndHerzegovina]));
        var unrestricted = SemBalance();

        ShouldRankFirst(earmarked, unrestricted);
    }

    [Fact]
    public void Of_two_equally_earmarked_contributions_ending_together_the_larger_balance_ranks_first()
    {
        var larger = SemBalance();
        var smaller = CzechBalance(Stamm.AidInPlace, 500_000m, committed: 300_000m);

        ShouldRankFirst(larger, smaller);
    }

    [Fact]
    public void Otherwise_equal_contributions_are_ordered_by_donor_name()
    {
        var czech = CzechBalance(Stamm.AidInPlace, 400_000m);
        var sem = SemBalance(committed: 100_000m);

        ShouldRankFirst(czech, sem);
    }

    [Fact]
    public void Otherwise_equal_contributions_of_one_donor_are_ordered_by_programme_the_one_through_no_programme_first()
    {
        var direct = CzechBalance(null, 500_000m, committed: 100_000m);
        var throughAidInPlace = CzechBalance(Stamm.AidInPlace, 400_000m);

        ShouldRankFirst(direct, throughAidInPlace);
    }

    [Fact]
    public void Otherwise_equal_contributions_of_one_donor_and_programme_are_ordered_by_amount_the_smaller_first()
    {
        var smaller = SemBalance(400_000m);
        var larger = SemBalance(500_000m, committed: 100_000m);

        ShouldRankFirst(smaller, larger);
    }

    [Fact]
    public void Candidates_that_rank_equal_keep_the_order_of_the_context_and_the_first_is_selected()
    {
        // Twenty balances of one contribution that differ only in how the money left is held back: they rank equal.
        var balances = Enumerable.Range(0, 20).Select(i => SemBalance(committed: 1_000m * (i + 1), reserved: 1_000m * (20 - i))).ToArray();

        var decision = Baseline.Context.WithBalances(balances).Evaluate(Baseline.Request);

        decision.Case.MatchDonors().Candidates.Select(c => c.Balance).Should().Equal(balances);
        decision.Case.SelectedContribution.Should().Be(balances[0]);
    }

    [Fact]
    public void The_last_of_the_most_contributions_a_context_holds_can_be_selected()
    {
        var balances = Enumerable.Repeat(SemBalance(), EvaluationContext.MaxContributions - 1)
            .Append(CzechBalance(Stamm.AidInPlace, 300_000m, 280_000m, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31))))
            .ToArray();

        var decision = Baseline.Context.WithBalances(balances).Evaluate(Baseline.Request);

        decision.Case.SelectedContribution.Should().Be(balances[^1]);
        decision.Case.MatchDonors().Candidates.Should().HaveCount(EvaluationContext.MaxContributions);
    }

    [Fact]
    public void No_contribution_is_best_when_none_can_fund_the_request()
    {
        var decision = Baseline.Context.Evaluate(Baseline.Request.From(Baseline.Ministry(Country.Montenegro)));

        var match = decision.Case.MatchDonors();

        match.Candidates.Should().BeEmpty();
        match.Best.Should().BeNull();
        decision.Case.SelectedContribution.Should().BeNull();
    }

    [Fact]
    public void A_remaining_balance_equal_to_the_estimate_can_fund_the_request()
    {
        var match = DonorMatch.For(FromAlbania.Costing(20_000m).BuildValid(), Baseline.Context.BuildValid());

        match.Best!.Balance.Contribution.Should().Be(Baseline.CzechContribution);
    }

    [Fact]
    public void A_remaining_balance_below_the_estimate_is_rejected_with_what_is_left()
    {
        var rejection = DonorMatch.For(FromAlbania.Costing(22_000m).BuildValid(), Baseline.Context.BuildValid())
            .Rejections.Single(r => r.Balance.Contribution == Baseline.CzechContribution);

        rejection.Reason.Should().Be(DonorRejectionReason.InsufficientBalance);
        rejection.Message.Should().Be("It has 20000.00 EUR left; the estimate is 22000.00 EUR.");
    }

    [Fact]
    public void A_request_without_a_cost_estimate_can_be_funded_by_a_contribution_of_unknown_amount()
    {
        var unknownAmount = ContributionBalance.Untouched(Contribution.Create(Stamm.StateSecretariatForMigration).OrThrow());

        var match = Match(Baseline.Request.WithoutCosts(), unknownAmount);

        match.Best!.Balance.Should().Be(unknownAmount);
        match.Rejections.Should().BeEmpty();
    }

    [Fact]
    public void A_contribution_of_unknown_amount_cannot_be_confirmed_for_a_costed_request()
    {
        var unknownAmount = ContributionBalance.Untouched(Contribution.Create(Stamm.StateSecretariatForMigration).OrThrow());

        var match = Match(Baseline.Request, unknownAmount);

        match.Candidates.Should().BeEmpty();
        match.Rejections.Should().ContainSingle().Which.Reason.Should().Be(DonorRejectionReason.BalanceUnknown);
    }

    [Fact]
    public void A_balance_in_another_currency_than_the_estimate_is_rejected_naming_both_currencies()
    {
        var inFrancs = Balance(Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(500_000m, Currency.Chf)).OrThrow());

        var rejection = Match(Baseline.Request, inFrancs).Rejections.Should().ContainSingle().Subject;

        rejection.Reason.Should().Be(DonorRejectionReason.CurrencyMismatch);
        rejection.Message.Should().Be("Its balance is in CHF; the estimate is in EUR.");
    }

    [Fact]
    public void A_contribution_earmarked_for_the_requested_activity_type_can_fund_it()
    {
        var forWorkshops = SemBalance(earmarks: Earmarks.Create(activityTypes: [ActivityType.Workshop]));

        Match(Baseline.Request, forWorkshops).Best!.Balance.Should().Be(forWorkshops);
    }

    [Fact]
    public void A_contribution_earmarked_for_other_activity_types_is_rejected_naming_them()
    {
        var forStudyVisits = SemBalance(earmarks: Earmarks.Create(activityTypes: [ActivityType.StudyVisit]));

        var rejection = Match(Baseline.Request, forStudyVisits).Rejections.Should().ContainSingle().Subject;

        rejection.Reason.Should().Be(DonorRejectionReason.ActivityTypeNotEarmarked);
        rejection.Message.Should().Be("It pays only for StudyVisit, not Workshop.");
    }

    [Fact]
    public void A_contribution_earmarked_for_other_themes_is_rejected_naming_them()
    {
        var rejection = DonorMatch.For(Baseline.Request.WithThemes(ThematicArea.MigrationDataAndAnalysis).BuildValid(), Baseline.Context.BuildValid())
            .Rejections.Should().ContainSingle().Subject;

        rejection.Balance.Contribution.Should().Be(Baseline.CzechContribution);
        rejection.Reason.Should().Be(DonorRejectionReason.ThemeNotEarmarked);
        rejection.Message.Should().Be("It pays only for Asylum, IrregularMigrationAndReturn, BorderManagement; the request is about MigrationDataAndAnalysis.");
    }

    [Fact]
    public void A_contribution_whose_period_cannot_hold_the_dates_is_rejected()
    {
        var rejection = DonorMatch.For(Baseline.Request.StartingIn(days: 372).BuildValid(), Baseline.Context.BuildValid())
            .Rejections.Should().ContainSingle().Subject;

        rejection.Balance.Contribution.Should().Be(Baseline.CzechContribution);
        rejection.Reason.Should().Be(DonorRejectionReason.OutsidePeriod);
        rejection.Message.Should().StartWith("Its period ");
    }

    [Fact]
    public void Matching_without_a_request_or_a_context_is_refused()
    {
        var request = Baseline.Request.BuildValid();
        var context = Baseline.Context.BuildValid();

        FluentActions.Invoking(() => DonorMatch.For(null!, context)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DonorMatch.For(request, null!)).Should().Throw<ArgumentNullException>();
    }
}
