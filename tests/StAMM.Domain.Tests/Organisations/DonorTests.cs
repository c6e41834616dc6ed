using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Organisations;

public sealed class DonorTests
{
    private static readonly Organisation Ministry =
        Organisation.Create("Ministry of the Interior of the Czech Republic", OrganisationType.Government, country: Country.Czechia).OrThrow();

    private static readonly FundingProgramme AidInPlace = FundingProgramme.Create("Aid in Place").OrThrow();
    private static readonly FundingProgramme Medevac = FundingProgramme.Create("MEDEVAC").OrThrow();

    [Fact]
    public void A_donor_keeps_its_organisation_and_programmes()
    {
        var donor = Donor.Create(Ministry, [AidInPlace, Medevac]).Should().BeValid().Which;
        donor.Organisation.Should().Be(Ministry);
        donor.Name.Should().Be("Ministry of the Interior of the Czech Republic");
        donor.Programmes.Should().Equal(AidInPlace, Medevac);
    }

    [Fact]
    public void A_donor_without_programmes_has_none() => Donor.Create(Ministry).Should().BeValid().Which.Programmes.Should().BeEmpty();

    [Fact]
    public void A_programme_named_twice_is_rejected_at_its_second_position() =>
        Donor.Create(Ministry, [AidInPlace, Medevac, FundingProgramme.Create("Aid in Place").OrThrow()])
            .Should().FailWithExactly(ProblemCodes.Duplicate, "programmes[2]");

    [Fact]
    public void Every_duplicate_programme_is_reported_at_once() =>
        Donor.Create(Ministry, [AidInPlace, AidInPlace, Medevac, Medevac]).Should().FailWithExactly(
            (ProblemCodes.Duplicate, "programmes[1]"),
            (ProblemCodes.Duplicate, "programmes[3]"));

    [Fact]
    public void A_donor_funds_its_own_programmes_only()
    {
        var donor = Donor.Create(Ministry, [AidInPlace]).OrThrow();
        donor.Funds(AidInPlace).Should().BeTrue();
        donor.Funds(Medevac).Should().BeFalse();
    }

    [Fact]
    public void A_null_organisation_throws() =>
        FluentActions.Invoking(() => Donor.Create(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void A_null_programme_throws() =>
        FluentActions.Invoking(() => Donor.Create(Ministry, [AidInPlace, null!])).Should().Throw<ArgumentException>();

    [Fact]
    public void Changing_the_programme_list_after_creation_does_not_change_the_donor()
    {
        var programmes = new List<FundingProgramme> { AidInPlace };
        var donor = Donor.Create(Ministry, programmes).OrThrow();
        programmes.Add(Medevac);
        donor.Programmes.Should().Equal(AidInPlace);
        donor.Funds(Medevac).Should().BeFalse();
    }

    [Fact]
    public void Donors_with_equal_organisations_and_programmes_are_equal()
    {
        var a = Donor.Create(Ministry, [AidInPlace]).OrThrow();
        var b = Donor.Create(Ministry, [FundingProgramme.Create("Aid in Place").OrThrow()]).OrThrow();
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Donors_with_different_programmes_differ() =>
        Donor.Create(Ministry, [AidInPlace]).OrThrow().Should().NotBe(Donor.Create(Ministry).OrThrow());
}
