using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Eligibility;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Finance;

public sealed class ContributionBalanceTests
{
    private static readonly Contribution HalfMillion =
        Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(500_000m, Currency.Eur)).OrThrow();

    private static readonly Contribution AmountUnknown = Contribution.Create(Stamm.StateSecretariatForMigration).OrThrow();

    private static Money Eur(decimal amount) => Money.Of(amount, Currency.Eur);

    [Fact]
    public void Remaining_is_the_amount_less_what_is_committed_and_what_is_reserved() =>
        ContributionBalance.Create(HalfMillion, committed: Eur(100_000m), reserved: Eur(50_000m))
            .Should().BeValid().Which.Remaining.Should().Be(Eur(350_000m));

    [Fact]
    public void Reserved_money_alone_lowers_the_remaining_balance() =>
        ContributionBalance.Create(HalfMillion, reserved: Eur(20_000m)).Should().BeValid().Which.Remaining.Should().Be(Eur(480_000m));

    [Fact]
    public void With_nothing_committed_or_reserved_the_whole_amount_remains()
    {
        var balance = ContributionBalance.Create(HalfMillion).Should().BeValid().Which;

        balance.Committed.Should().BeNull();
        balance.Reserved.Should().BeNull();
        balance.Remaining.Should().Be(Eur(500_000m));
        balance.Should().Be(ContributionBalance.Untouched(HalfMillion));
    }

    [Fact]
    public void The_remaining_balance_of_a_contribution_of_unknown_amount_is_unknown() =>
        ContributionBalance.Create(AmountUnknown, committed: Eur(10_000m)).Should().BeValid().Which.Remaining.Should().BeNull();

    [Fact]
    public void Committing_and_reserving_nothing_is_allowed() =>
        ContributionBalance.Create(HalfMillion, committed: Eur(0m), reserved: Eur(0m)).Should().BeValid().Which.Remaining.Should().Be(Eur(500_000m));

    [Theory]
    [InlineData("committed")]
    [InlineData("reserved")]
    public void A_negative_amount_committed_or_reserved_is_rejected(string path) =>
        Create(path, Eur(-1m)).Should().FailWithExactly(ProblemCodes.OutOfRange, path);

    [Theory]
    [InlineData("committed")]
    [InlineData("reserved")]
    public void An_amount_in_another_currency_than_the_contribution_is_rejected(string path) =>
        Create(path, Money.Of(1_000m, Currency.Chf)).Should().FailWithExactly(ProblemCodes.CurrencyMismatch, path);

    [Fact]
    public void Every_problem_of_a_balance_is_reported_at_once() =>
        ContributionBalance.Create(HalfMillion, committed: Money.Of(-1m, Currency.Chf), reserved: Eur(-1m)).Should().FailWithExactly(
            (ProblemCodes.OutOfRange, "committed"),
            (ProblemCodes.CurrencyMismatch, "committed"),
            (ProblemCodes.OutOfRange, "reserved"));

    [Fact]
    public void Any_currency_may_be_committed_against_a_contribution_of_unknown_amount() =>
        ContributionBalance.Create(AmountUnknown, committed: Money.Of(1_000m, Currency.Chf)).Should().BeValid();

    [Fact]
    public void A_null_contribution_throws()
    {
        FluentActions.Invoking(() => ContributionBalance.Create(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ContributionBalance.Untouched(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_balance_is_shown_as_the_contribution_and_what_remains() =>
        ContributionBalance.Create(HalfMillion, committed: Eur(100_000m)).OrThrow().ToString()
            .Should().Be("SEM: 500000.00 EUR; remaining 400000.00 EUR");

    [Fact]
    public void A_balance_of_unknown_amount_is_shown_with_the_remainder_unknown() =>
        ContributionBalance.Untouched(AmountUnknown).ToString().Should().Be("SEM: amount unknown; remaining unknown");

    [Fact]
    public void A_contribution_without_a_period_can_fund_a_request_on_any_date()
    {
        var context = An.EvaluationContext.On(Baseline.Submission).WithBalances(ContributionBalance.Untouched(HalfMillion)).BuildValid();

        var match = DonorMatch.For(Baseline.Request.BuildValid(), context);

        match.Rejections.Should().BeEmpty();
        match.Best!.Balance.Contribution.Should().Be(HalfMillion);
    }

    // Otherwise equal contributions are ranked by donor name, which puts the Czech ministry before SEM.
    [Theory]
    [InlineData("countries")]
    [InlineData("activity types")]
    [InlineData("themes")]
    public void A_contribution_earmarked_in_one_respect_is_offered_before_an_unrestricted_one(string restricted)
    {
        var earmarks = restricted switch
        {
            "countries" => Earmarks.Create(countries: [Country.BosniaAndHerzegovina]),
            "activity types" => Earmarks.Create(activityTypes: [ActivityType.Workshop]),
            _ => Earmarks.Create(themes: [ThematicArea.Asylum]),
        };

        var match = MatchSemAgainstCzech(earmarks, Earmarks.None);

        match.Candidates.Select(c => c.Balance.Contribution.Donor).Should().Equal(Stamm.StateSecretariatForMigration, Stamm.CzechMinistryOfTheInterior);
    }

    [Fact]
    public void Restrictions_on_countries_and_themes_rank_before_a_restriction_on_activity_types()
    {
        var match = MatchSemAgainstCzech(
            Earmarks.Create(countries: [Country.BosniaAndHerzegovina], themes: [ThematicArea.Asylum]),
            Earmarks.Create(activityTypes: [ActivityType.Workshop]));

        match.Best!.Balance.Contribution.Donor.Should().Be(Stamm.StateSecretariatForMigration);
    }

    [Fact]
    public void Restrictions_on_countries_and_activity_types_rank_before_a_restriction_on_themes()
    {
        var match = MatchSemAgainstCzech(
            Earmarks.Create(countries: [Country.BosniaAndHerzegovina], activityTypes: [ActivityType.Workshop]),
            Earmarks.Create(themes: [ThematicArea.Asylum]));

        match.Best!.Balance.Contribution.Donor.Should().Be(Stamm.StateSecretariatForMigration);
    }

    private static DonorMatch MatchSemAgainstCzech(Earmarks sem, Earmarks czech)
    {
        var semBalance = ContributionBalance.Untouched(
            Contribution.Create(Stamm.StateSecretariatForMigration, amount: Eur(500_000m), earmarks: sem).OrThrow());
        var czechBalance = ContributionBalance.Untouched(
            Contribution.Create(Stamm.CzechMinistryOfTheInterior, amount: Eur(500_000m), earmarks: czech).OrThrow());
        var context = An.EvaluationContext.On(Baseline.Submission).WithBalances(czechBalance, semBalance).BuildValid();
        return DonorMatch.For(Baseline.Request.PreferringDonor(null).BuildValid(), context);
    }

    private static ValidationResult<ContributionBalance> Create(string path, Money money) => path == "committed"
        ? ContributionBalance.Create(HalfMillion, committed: money)
        : ContributionBalance.Create(HalfMillion, reserved: money);
}
