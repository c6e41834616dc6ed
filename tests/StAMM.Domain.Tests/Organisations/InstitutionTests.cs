using CsCheck;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Organisations;

public sealed class InstitutionTests
{
    private static Institution MinistryOfSecurity() =>
        Institution.Create("Ministry of Security", Country.BosniaAndHerzegovina, InstitutionType.Ministry).OrThrow();

    [Fact]
    public void An_institution_keeps_what_it_was_given()
    {
        var ministry = MinistryOfSecurity();
        var service = Institution.Create("Service for Foreigners' Affairs", Country.BosniaAndHerzegovina, InstitutionType.CentralAgency, ministry, "SFA")
            .Should().BeValid().Which;
        service.Name.Should().Be("Service for Foreigners' Affairs");
        service.Country.Should().Be(Country.BosniaAndHerzegovina);
        service.Type.Should().Be(InstitutionType.CentralAgency);
        service.Parent.Should().Be(ministry);
        service.Acronym.Should().Be("SFA");
    }

    [Fact]
    public void An_institution_needs_a_name() =>
        Institution.Create("  ", Country.Serbia, InstitutionType.Ministry).Should().FailWithExactly(ProblemCodes.Required, "name");

    [Fact]
    public void A_parent_in_another_country_is_rejected() =>
        Institution.Create("Border Police", Country.Serbia, InstitutionType.LawEnforcement, MinistryOfSecurity())
            .Should().FailWithExactly(ProblemCodes.ParentInOtherCountry, "parent");

    [Fact]
    public void An_acronym_of_more_than_50_characters_is_too_long() =>
        Institution.Create("Ministry", Country.Serbia, InstitutionType.Ministry, acronym: new string('M', 51))
            .Should().FailWithExactly(ProblemCodes.TooLong, "acronym");

    [Fact]
    public void Every_problem_of_an_institution_is_reported_at_once() =>
        Institution.Create("", Country.Serbia, InstitutionType.Ministry, MinistryOfSecurity(), new string('M', 51)).Should().FailWithExactly(
            (ProblemCodes.Required, "name"),
            (ProblemCodes.TooLong, "acronym"),
            (ProblemCodes.ParentInOtherCountry, "parent"));

    [Fact]
    public void A_null_country_throws() =>
        FluentActions.Invoking(() => Institution.Create("Ministry", null!, InstitutionType.Ministry)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void An_undefined_type_throws() =>
        FluentActions.Invoking(() => Institution.Create("Ministry", Country.Serbia, (InstitutionType)99)).Should().Throw<ArgumentException>();

    [Fact]
    public void A_unit_is_within_its_parent_and_itself()
    {
        var ministry = MinistryOfSecurity();
        var service = Institution.Create("Service", Country.BosniaAndHerzegovina, InstitutionType.CentralAgency, ministry).OrThrow();
        service.IsWithin(ministry).Should().BeTrue();
        service.IsWithin(service).Should().BeTrue();
    }

    [Fact]
    public void A_parent_is_not_within_its_unit()
    {
        var ministry = MinistryOfSecurity();
        var service = Institution.Create("Service", Country.BosniaAndHerzegovina, InstitutionType.CentralAgency, ministry).OrThrow();
        ministry.IsWithin(service).Should().BeFalse();
    }

    [Theory]
    [InlineData(InstitutionType.Ministry, true)]
    [InlineData(InstitutionType.CentralAgency, true)]
    [InlineData(InstitutionType.LawEnforcement, true)]
    [InlineData(InstitutionType.Judiciary, true)]
    [InlineData(InstitutionType.Parliament, true)]
    [InlineData(InstitutionType.Ombudsperson, true)]
    [InlineData(InstitutionType.LocalAuthority, false)]
    [InlineData(InstitutionType.RegionalOrganisation, false)]
    [InlineData(InstitutionType.CivilSociety, false)]
    [InlineData(InstitutionType.Academic, false)]
    [InlineData(InstitutionType.PrivateCompany, false)]
    public void Only_central_public_authorities_are_central_level(InstitutionType type, bool central) =>
        Institution.Create("Body", Country.Serbia, type).OrThrow().IsCentralLevel.Should().Be(central);

    [Fact]
    public void Institutions_with_equal_members_are_equal()
    {
        MinistryOfSecurity().Should().Be(MinistryOfSecurity());
        MinistryOfSecurity().GetHashCode().Should().Be(MinistryOfSecurity().GetHashCode());
    }

    [Fact]
    public void Institutions_with_different_parents_differ()
    {
        var withParent = Institution.Create("Service", Country.BosniaAndHerzegovina, InstitutionType.CentralAgency, MinistryOfSecurity()).OrThrow();
        var without = Institution.Create("Service", Country.BosniaAndHerzegovina, InstitutionType.CentralAgency).OrThrow();
        withParent.Should().NotBe(without);
    }

    [Fact]
    public void A_unit_is_shown_with_its_parent() =>
        Institution.Create("Service for Foreigners' Affairs", Country.BosniaAndHerzegovina, InstitutionType.CentralAgency, MinistryOfSecurity())
            .OrThrow().ToString().Should().Be("Service for Foreigners' Affairs, Ministry of Security (BA)");

    [Fact]
    public void With_on_an_institution_only_copies()
    {
        // Every property is get-only, so `with { Parent = ... }` does not compile and cannot make a cycle.
        var ministry = MinistryOfSecurity();
        var copy = ministry with { };
        copy.Should().Be(ministry);
    }

    [Fact]
    public void Institutions_are_equal_exactly_when_every_member_is_and_equal_ones_hash_alike()
    {
        // Small alphabets so that equal pairs are frequent as well as unequal ones.
        var name = Gen.OneOf("Ministry of Security", "Border Police", "ministry of security");
        var acronym = Gen.OneOf<string?>(null, "MoS", "MOS");
        var country = Gen.OneOf(Country.BosniaAndHerzegovina, Country.Serbia);
        var type = Gen.OneOf(InstitutionType.Ministry, InstitutionType.LawEnforcement);
        var institution = Gen.Select(name, country, type, acronym, (n, c, t, a) => Institution.Create(n, c, t, acronym: a).OrThrow());
        Gen.Select(institution, institution).Sample((left, right) =>
        {
            var sameMembers = left.Name == right.Name && left.Country == right.Country && left.Type == right.Type
                && left.Parent == right.Parent && left.Acronym == right.Acronym;
            left.Equals(right).Should().Be(sameMembers);
            if (sameMembers)
            {
                left.GetHashCode().Should().Be(right.GetHashCode());
            }
        });
    }
}
