using CsCheck;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Geography;

public sealed class CountryTests
{
    [Fact]
    public void FromCode_finds_a_country_by_its_code() => Country.FromCode("BA").Name.Should().Be("Bosnia and Herzegovina");

    [Theory]
    [InlineData("ba")]
    [InlineData("Ba")]
    [InlineData("bA")]
    public void FromCode_ignores_case(string code) => Country.FromCode(code).Should().BeSameAs(Country.BosniaAndHerzegovina);

    [Fact]
    public void TryFromCode_ignores_case_for_every_country() =>
        Generate.Country.Sample(country =>
        {
            Country.TryFromCode(country.Code.ToLowerInvariant(), out var found).Should().BeTrue();
            found.Should().BeSameAs(country);
        });

    [Theory]
    [InlineData("QQ")]
    [InlineData("XX")]
    [InlineData("BAH")]
    [InlineData("B")]
    [InlineData("")]
    [InlineData(null)]
    public void TryFromCode_fails_for_an_unknown_code(string? code)
    {
        Country.TryFromCode(code, out var country).Should().BeFalse();
        country.Should().BeNull();
    }

    [Fact]
    public void FromCode_throws_for_an_unknown_code() =>
        FluentActions.Invoking(() => Country.FromCode("QQ")).Should().Throw<ArgumentException>().WithParameterName("code");

    [Fact]
    public void FromCode_throws_for_a_null_code() =>
        FluentActions.Invoking(() => Country.FromCode(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void XK_is_Kosovo()
    {
        var kosovo = Country.FromCode("XK");
        kosovo.Should().BeSameAs(Country.Kosovo);
        kosovo.Name.Should().Be("Kosovo");
        kosovo.IsKosovo.Should().BeTrue();
    }

    [Fact]
    public void Only_Kosovo_is_Kosovo() =>
        Country.All.Where(c => c.IsKosovo).Should().Equal(Country.Kosovo);

    [Fact]
    public void The_codelist_has_fewer_than_256_countries_because_sets_of_countries_are_256_bit_sets() =>
        Country.All.Length.Should().BeLessThan(256);

    [Fact]
    public void All_is_ordered_by_code() =>
        Country.All.Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);

    [Fact]
    public void All_has_each_code_once() => Country.All.Select(c => c.Code).Should().OnlyHaveUniqueItems();

    [Fact]
    public void Codes_are_two_upper_case_letters() =>
        Country.All.Should().OnlyContain(c => c.Code.Length == 2 && c.Code.All(char.IsAsciiLetterUpper));

    [Fact]
    public void Countries_compare_in_the_order_of_their_codes() =>
        Gen.Select(Generate.Country, Generate.Country).Sample((a, b) =>
            Math.Sign(a.CompareTo(b)).Should().Be(Math.Sign(string.CompareOrdinal(a.Code, b.Code))));

    [Fact]
    public void Countries_are_equal_exactly_when_their_codes_are() =>
        Gen.Select(Generate.Country, Generate.Country).Sample((a, b) =>
        {
            (a == b).Should().Be(a.Code == b.Code);
            a.Equals(b).Should().Be(a.Code == b.Code);
        });

    [Fact]
    public void Equal_countries_have_equal_hash_codes() =>
        Generate.Country.Sample(c => Country.FromCode(c.Code.ToLowerInvariant()).GetHashCode().Should().Be(c.GetHashCode()));

    [Fact]
    public void A_country_is_shown_as_its_code() => Country.Serbia.ToString().Should().Be("RS");

    [Fact]
    public void A_country_sorts_after_null() => Country.Serbia.CompareTo(null).Should().BePositive();

    [Fact]
    public void Null_countries_are_equal_to_each_other_and_to_no_country()
    {
        Country? none = null;
        (none == null).Should().BeTrue();
        (none == Country.Serbia).Should().BeFalse();
        (Country.Serbia == none).Should().BeFalse();
        (none != Country.Serbia).Should().BeTrue();
    }

    [Fact]
    public void The_order_operators_follow_the_codes()
    {
        (Country.Albania < Country.Serbia).Should().BeTrue();
        (Country.Serbia < Country.Albania).Should().BeFalse();
        (Country.Serbia < Country.Serbia).Should().BeFalse();
        (Country.Albania <= Country.Serbia).Should().BeTrue();
        (Country.Serbia <= Country.Serbia).Should().BeTrue();
        (Country.Serbia <= Country.Albania).Should().BeFalse();
        (Country.Serbia > Country.Albania).Should().BeTrue();
        (Country.Albania > Country.Serbia).Should().BeFalse();
        (Country.Serbia > Country.Serbia).Should().BeFalse();
        (Country.Serbia >= Country.Albania).Should().BeTrue();
        (Country.Serbia >= Country.Serbia).Should().BeTrue();
        (Country.Albania >= Country.Serbia).Should().BeFalse();
    }

    [Fact]
    public void The_order_operators_sort_null_first()
    {
        Country? none = null;
        (none < Country.Albania).Should().BeTrue();
        (Country.Albania < none).Should().BeFalse();
        (none > Country.Albania).Should().BeFalse();
        (Country.Albania > none).Should().BeTrue();
        Country? alsoNone = null;
        (none <= alsoNone).Should().BeTrue();
        (none >= alsoNone).Should().BeTrue();
        (none < alsoNone).Should().BeFalse();
        (none > alsoNone).Should().BeFalse();
    }
}
