using NodaTime;
using StAMM.Domain.Finance;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Finance;

public sealed class ExchangeRateTests
{
    private static readonly LocalDate Day = new(2026, 11, 30);

    [Fact]
    public void A_rate_converts_from_one_currency_into_the_other() =>
        ExchangeRate.Create(Currency.Chf, Currency.Eur, 1.05m, "ECB reference rate", Day).OrThrow()
            .Convert(Money.Of(100m, Currency.Chf)).Should().Be(Money.Of(105m, Currency.Eur));

    [Fact]
    public void A_rate_reads_with_its_source_and_day() =>
        ExchangeRate.Create(Currency.Chf, Currency.Eur, 1.05m, " ECB reference rate ", Day).OrThrow()
            .ToString().Should().Be("1 CHF = 1.05 EUR (ECB reference rate, 2026-11-30)");

    [Fact]
    public void A_rate_converts_between_two_currencies() =>
        ExchangeRate.Create(Currency.Eur, Currency.Eur, 1m, "ECB", Day).Should().FailWithExactly(ProblemCodes.CurrencyMismatch, "to");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_rate_is_above_zero(int rate) =>
        ExchangeRate.Create(Currency.Chf, Currency.Eur, rate, "ECB", Day).Should().FailWithExactly(ProblemCodes.OutOfRange, "rate");

    [Fact]
    public void A_rate_names_its_source() =>
        ExchangeRate.Create(Currency.Chf, Currency.Eur, 1.05m, "  ", Day).Should().FailWithExactly(ProblemCodes.Required, "source");

    [Fact]
    public void A_rate_applies_to_a_day_in_the_years_1_to_9999() =>
        ExchangeRate.Create(Currency.Chf, Currency.Eur, 1.05m, "ECB", new LocalDate(0, 1, 1)).Should().FailWithExactly(ProblemCodes.OutOfRange, "date");

    [Fact]
    public void Every_problem_is_reported_at_once() =>
        ExchangeRate.Create(Currency.Eur, Currency.Eur, 0m, null, new LocalDate(-5, 1, 1)).Problems.Select(p => p.Path)
            .Should().BeEquivalentTo("to", "rate", "source", "date");

    [Fact]
    public void Converting_an_amount_in_another_currency_is_a_programming_error() =>
        FluentActions.Invoking(() => ExchangeRate.Create(Currency.Chf, Currency.Eur, 1.05m, "ECB", Day).OrThrow().Convert(Money.Of(1m, Currency.Usd)))
            .Should().Throw<CurrencyMismatchException>();

    [Fact]
    public void An_amount_beyond_a_decimal_converts_to_nothing_rather_than_throwing() =>
        ExchangeRate.Create(Currency.Chf, Currency.Eur, 2m, "ECB", Day).OrThrow().Convert(Money.Of(decimal.MaxValue, Currency.Chf)).Should().BeNull();

    [Fact]
    public void Rates_are_equal_by_value() =>
        ExchangeRate.Create(Currency.Chf, Currency.Eur, 1.05m, "ECB", Day).OrThrow()
            .Should().Be(ExchangeRate.Create(Currency.Chf, Currency.Eur, 1.05m, "ECB", Day).OrThrow())
            .And.NotBe(ExchangeRate.Create(Currency.Chf, Currency.Eur, 1.05m, "ECB", Day.PlusDays(1)).OrThrow());
}
