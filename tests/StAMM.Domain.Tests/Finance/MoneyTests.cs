using CsCheck;
using StAMM.Domain.Finance;

namespace StAMM.Domain.Tests.Finance;

public sealed class MoneyTests
{
    private static readonly Gen<decimal> Amounts = Gen.Decimal[-1_000_000m, 1_000_000m].Select(d => decimal.Round(d, 2));

    [Fact]
    public void Amounts_of_one_currency_add_up() =>
        Gen.Select(Amounts, Amounts).Sample((a, b) =>
            (Money.Of(a, Currency.Eur) + Money.Of(b, Currency.Eur)).Should().Be(Money.Of(a + b, Currency.Eur)));

    [Fact]
    public void Amounts_of_one_currency_subtract() =>
        Gen.Select(Amounts, Amounts).Sample((a, b) =>
            (Money.Of(a, Currency.Chf) - Money.Of(b, Currency.Chf)).Should().Be(Money.Of(a - b, Currency.Chf)));

    [Fact]
    public void An_amount_multiplies_by_a_factor() =>
        (Money.Of(250m, Currency.Eur) * 3).Should().Be(Money.Of(750m, Currency.Eur));

    [Fact]
    public void Adding_two_currencies_throws()
    {
        var act = () => Money.Of(1m, Currency.Eur) + Money.Of(1m, Currency.Chf);
        act.Should().Throw<CurrencyMismatchException>().Which.Should().Match<CurrencyMismatchException>(e => e.Left == Currency.Eur && e.Right == Currency.Chf);
    }

    [Fact]
    public void Subtracting_two_currencies_throws() =>
        FluentActions.Invoking(() => Money.Of(1m, Currency.Eur) - Money.Of(1m, Currency.Czk)).Should().Throw<CurrencyMismatchException>();

    [Fact]
    public void Comparing_two_currencies_throws()
    {
        FluentActions.Invoking(() => Money.Of(1m, Currency.Eur) > Money.Of(1m, Currency.Usd)).Should().Throw<CurrencyMismatchException>();
        FluentActions.Invoking(() => Money.Of(1m, Currency.Eur) <= Money.Of(1m, Currency.Usd)).Should().Throw<CurrencyMismatchException>();
        FluentActions.Invoking(() => Money.Of(1m, Currency.Eur).CompareTo(Money.Of(1m, Currency.Usd))).Should().Throw<CurrencyMismatchException>();
    }

    [Fact]
    public void Amounts_of_one_currency_compare_like_their_numbers() =>
        Gen.Select(Amounts, Amounts).Sample((a, b) =>
        {
            (Money.Of(a, Currency.Eur) < Money.Of(b, Currency.Eur)).Should().Be(a < b);
            (Money.Of(a, Currency.Eur) >= Money.Of(b, Currency.Eur)).Should().Be(a >= b);
        });

    [Fact]
    public void Equal_amounts_are_equal_whatever_their_trailing_zeros()
    {
        var a = Money.Of(10m, Currency.Eur);
        var b = Money.Of(10.00m, Currency.Eur);
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equal_amounts_in_different_currencies_differ() =>
        Money.Of(10m, Currency.Eur).Should().NotBe(Money.Of(10m, Currency.Chf));

    [Fact]
    public void Different_amounts_in_one_currency_differ() =>
        Money.Of(10m, Currency.Eur).Should().NotBe(Money.Of(10.01m, Currency.Eur));

    [Fact]
    public void Money_is_shown_with_two_decimals_and_the_code() =>
        Money.Of(25000m, Currency.Eur).ToString().Should().Be("25000.00 EUR");

    [Fact]
    public void Zero_is_zero_in_its_currency() => Money.Zero(Currency.Czk).Should().Be(Money.Of(0m, Currency.Czk));

    [Fact]
    public void A_null_currency_throws() =>
        FluentActions.Invoking(() => Money.Of(1m, null!)).Should().Throw<ArgumentNullException>();
}
