using CsCheck;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Geography;

public sealed class CountryGroupTests
{
    [Fact]
    public void The_Western_Balkans_are_the_six() =>
        CountryGroup.WesternBalkans.Countries.Select(c => c.Code).Should().BeEquivalentTo(["AL", "BA", "XK", "ME", "MK", "RS"]);

    [Fact]
    public void The_Western_Balkans_report_under_region_89_Europe_regional()
    {
        CountryGroup.WesternBalkans.Region.Should().Be(IatiRegion.EuropeRegional);
        CountryGroup.WesternBalkans.Region!.Code.Should().Be(89);
        CountryGroup.WesternBalkans.Region.Name.Should().Be("Europe, regional");
    }

    [Fact]
    public void Contains_agrees_with_the_member_list() =>
        Generate.Country.Sample(c =>
            CountryGroup.WesternBalkans.Contains(c).Should().Be(CountryGroup.WesternBalkans.Countries.Contains(c)));

    [Fact]
    public void The_former_Yugoslavia_reports_under_region_88() =>
        CountryGroup.FormerYugoslavia.Region!.Code.Should().Be(88);

    [Fact]
    public void A_group_merges_duplicate_countries() =>
        CountryGroup.Create("Pair", [Country.Albania, Country.Serbia, Country.Albania]).Should().BeValid().Which
            .Countries.Should().Equal(Country.Albania, Country.Serbia);

    [Fact]
    public void A_group_needs_a_name() =>
        CountryGroup.Create(" ", [Country.Albania]).Should().FailWithExactly(ProblemCodes.Required, "name");

    [Fact]
    public void A_group_needs_a_country() =>
        CountryGroup.Create("Nobody", []).Should().FailWithExactly(ProblemCodes.Required, "countries");

    [Fact]
    public void Groups_with_the_same_name_countries_and_region_are_equal()
    {
        var a = CountryGroup.Create("G", [Country.Albania, Country.Serbia]).OrThrow();
        var b = CountryGroup.Create("G", [Country.Serbia, Country.Albania]).OrThrow();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Groups_with_different_countries_differ() =>
        CountryGroup.Create("G", [Country.Albania]).OrThrow().Should().NotBe(CountryGroup.Create("G", [Country.Serbia]).OrThrow());
}
