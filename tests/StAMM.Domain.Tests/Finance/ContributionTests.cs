using NodaTime;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Finance;

public sealed class ContributionTests
{
    private static readonly FundingProgramme AidInPlace = FundingProgramme.Create("Aid in Place").OrThrow();
    private static readonly FundingProgramme Other = FundingProgramme.Create("Other programme").OrThrow();

    private static readonly Donor Czech = Donor.Create(
        Organisation.Create("Ministry of the Interior of the Czech Republic", OrganisationType.Government).OrThrow(), [AidInPlace]).OrThrow();

    [Fact]
    public void A_contribution_with_unknown_amount_and_period_is_valid()
    {
        var contribution = Contribution.Create(Czech).Should().BeValid().Which;
        contribution.Amount.Should().BeNull();
        contribution.Period.Should().BeNull();
        contribution.Programme.Should().BeNull();
        contribution.Earmarks.Should().Be(Earmarks.None);
    }

    [Fact]
    public void A_contribution_keeps_what_it_was_given()
    {
        var period = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31));
        var earmarks = Earmarks.Create(countries: [Country.BosniaAndHerzegovina]);
        var contribution = Contribution.Create(Czech, AidInPlace, Money.Of(100_000m, Currency.Czk), period, earmarks).Should().BeValid().Which;
        contribution.Programme.Should().Be(AidInPlace);
        contribution.Amount.Should().Be(Money.Of(100_000m, Currency.Czk));
        contribution.Period.Should().BeSameAs(period);
        contribution.Earmarks.Should().Be(earmarks);
    }

    [Fact]
    public void A_programme_of_another_donor_is_rejected() =>
        Contribution.Create(Czech, Other).Should().FailWithExactly(ProblemCodes.ProgrammeNotOfDonor, "programme");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_amount_must_be_above_zero(int amount) =>
        Contribution.Create(Czech, amount: Money.Of(amount, Currency.Eur)).Should().FailWithExactly(ProblemCodes.OutOfRange, "amount");

    [Fact]
    public void Every_problem_of_a_contribution_is_reported_at_once() =>
        Contribution.Create(Czech, Other, Money.Of(0m, Currency.Eur)).Should().FailWithExactly(
            (ProblemCodes.ProgrammeNotOfDonor, "programme"),
            (ProblemCodes.OutOfRange, "amount"));

    [Fact]
    public void A_null_donor_throws() =>
        FluentActions.Invoking(() => Contribution.Create(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Contributions_with_equal_members_are_equal()
    {
        var a = Contribution.Create(Czech, AidInPlace, Money.Of(5m, Currency.Eur)).OrThrow();
        var b = Contribution.Create(Czech, AidInPlace, Money.Of(5.0m, Currency.Eur)).OrThrow();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Contributions_with_different_amounts_differ() =>
        Contribution.Create(Czech, amount: Money.Of(5m, Currency.Eur)).OrThrow()
            .Should().NotBe(Contribution.Create(Czech, amount: Money.Of(6m, Currency.Eur)).OrThrow());

    [Fact]
    public void With_on_a_contribution_only_copies()
    {
        // Every property is get-only, so `with { Amount = ... }` does not compile and cannot bypass validation.
        var contribution = Contribution.Create(Czech, AidInPlace).OrThrow();
        var copy = contribution with { };
        copy.Should().Be(contribution);
    }
}
