using StAMM.Domain.Activities;
using StAMM.Domain.Organisations;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Activities;

public sealed class FundingSourceTests
{
    private static readonly FundingProgramme AidInPlace = FundingProgramme.Create("Aid in Place").OrThrow();

    private static readonly Donor Czech = Donor.Create(
        Organisation.Create("Ministry of the Interior of the Czech Republic", OrganisationType.Government).OrThrow(), [AidInPlace]).OrThrow();

    private static readonly Donor Sem = Donor.Create(
        Organisation.Create("Swiss State Secretariat for Migration", OrganisationType.Government, "SEM").OrThrow()).OrThrow();

    [Fact]
    public void Direct_funding_has_no_programme()
    {
        var source = FundingSource.From(Sem);
        source.Donor.Should().Be(Sem);
        source.Programme.Should().BeNull();
    }

    [Fact]
    public void Funding_through_a_programme_of_the_donor_is_valid() =>
        FundingSource.Through(Czech, AidInPlace).Should().BeValid().Which.Programme.Should().Be(AidInPlace);

    [Fact]
    public void Funding_through_a_programme_of_another_donor_is_rejected() =>
        FundingSource.Through(Sem, AidInPlace).Should().FailWithExactly(ProblemCodes.ProgrammeNotOfDonor, "programme");

    [Fact]
    public void A_null_donor_throws() =>
        FluentActions.Invoking(() => FundingSource.From(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Sources_with_equal_donor_and_programme_are_equal()
    {
        FundingSource.From(Sem).Should().Be(FundingSource.From(Sem));
        FundingSource.From(Sem).GetHashCode().Should().Be(FundingSource.From(Sem).GetHashCode());
    }

    [Fact]
    public void Direct_funding_differs_from_funding_through_a_programme() =>
        FundingSource.From(Czech).Should().NotBe(FundingSource.Through(Czech, AidInPlace).OrThrow());

    [Fact]
    public void With_on_a_funding_source_only_copies()
    {
        // Donor and Programme are get-only, so `with { Programme = ... }` does not compile.
        var source = FundingSource.Through(Czech, AidInPlace).OrThrow();
        var copy = source with { };
        copy.Should().Be(source);
    }
}
