using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Finance;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>The rate at which an amount in one currency was converted into another, with its source and date.</summary>
/// <remarks>
/// <para>One unit of <see cref="From"/> is <see cref="Rate"/> units of <see cref="To"/>. Converted amounts are
/// rounded to the cent, half to even, so a conversion recorded once gives the same amount whenever it is replayed.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed record ExchangeRate
{
    private ExchangeRate(Currency from, Currency to, decimal rate, string source, LocalDate on)
    {
        From = from;
        To = to;
        Rate = rate;
        Source = source;
        On = on;
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted into.</summary>
    public Currency To { get; }

    /// <summary>Units of <see cref="To"/> for one unit of <see cref="From"/>; above zero.</summary>
    public decimal Rate { get; }

    /// <summary>Where the rate comes from, such as <c>InforEuro</c> or <c>ECB reference rate</c>.</summary>
    public string Source { get; }

    /// <summary>The day the rate applies to.</summary>
    public LocalDate On { get; }

    /// <summary>Validates and creates a rate.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted into; not <paramref name="from"/>.</param>
    /// <param name="rate">Units of <paramref name="to"/> per unit of <paramref name="from"/>; above zero.</param>
    /// <param name="source">Where the rate comes from; required.</param>
    /// <param name="on">The day the rate applies to.</param>
    /// <returns>The rate, or the problems (paths <c>to</c>, <c>rate</c>, <c>source</c>).</returns>
    /// <exception cref="ArgumentNullException">A currency is null.</exception>
    public static ValidationResult<ExchangeRate> Create(Currency from, Currency to, decimal rate, string? source, LocalDate on)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        var problems = new ProblemCollector();
        if (from == to)
        {
            problems.Add(ProblemCodes.NotAllowed, "to", $"A rate converts between two currencies; both are {from.Code}.");
        }

        if (rate <= 0m)
        {
            problems.Add(ProblemCodes.OutOfRange, "rate", $"A rate is above zero; {rate} was given.");
        }

        var validSource = Text.Required(problems, source, "source");
        return problems.Finish(() => new ExchangeRate(from, to, rate, validSource, on));
    }

    /// <summary>Converts an amount in <see cref="From"/> into <see cref="To"/>, rounded to the cent, half to even.</summary>
    /// <param name="money">An amount in <see cref="From"/>.</param>
    /// <returns>The amount in <see cref="To"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is not in <see cref="From"/>.</exception>
    public Money Convert(Money money)
    {
        Guard.Against.Null(money);
        return money.Currency == From
            ? Money.Of(Math.Round(money.Amount * Rate, 2, MidpointRounding.ToEven), To)
            : throw new CurrencyMismatchException(From, money.Currency);
    }

    /// <summary>Returns the rate, such as <c>1 EUR = 0.94 CHF (InforEuro, 2026-02-01)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1 {From.Code} = {Rate} {To.Code} ({Source}, {LocalDatePattern.Iso.Format(On)})");
}
