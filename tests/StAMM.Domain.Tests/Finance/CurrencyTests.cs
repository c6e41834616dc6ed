using StAMM.Domain.Finance;

namespace StAMM.Domain.Tests.Finance;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("EUR")]
    [InlineData("eur")]
    [InlineData("Eur")]
    public void FromCode_ignores_case(string code) => Currency.FromCode(code).Should().BeSameAs(Currency.Eur);

    [Theory]
    [InlineData("XYZ")]
    [InlineData("EU")]
    [InlineData("EURO")]
    [InlineData(null)]
    public void TryFromCode_fails_for_an_unknown_code(string? code)
    {
        Currency.TryFromCode(code, out var currency).Should().BeFalse();
        currency.Should().BeNull();
    }

    [Fact]
    public void FromCode_throws_for_an_unknown_code() =>
        FluentActions.Invoking(() => Currency.FromCode("XYZ")).Should().Throw<ArgumentException>();

    [Fact]
    public void The_well_known_currencies_have_their_codes()
    {
        Currency.Eur.Code.Should().Be("EUR");
        Currency.Chf.Code.Should().Be("CHF");
        Currency.Czk.Code.Should().Be("CZK");
        Currency.Usd.Code.Should().Be("USD");
    }

    [Fact]
    public void All_is_ordered_by_code() => Currency.All.Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);

    [Fact]
    public void Currencies_with_the_same_code_are_equal()
    {
        Currency.FromCode("chf").Should().Be(Currency.Chf);
        Currency.FromCode("chf").GetHashCode().Should().Be(Currency.Chf.GetHashCode());
    }

    [Fact]
    public void Currencies_with_different_codes_differ() => Currency.Eur.Should().NotBe(Currency.Chf);
}
