using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Finance;

/// <summary>
/// An exchange rate someone gave for comparing amounts in two currencies: one unit of <see cref="From"/> is
/// <see cref="Rate"/> units of <see cref="To"/>, as published by <see cref="Source"/> on <see cref="Date"/>.
/// </summary>
/// <remarks>
/// <para>The library never looks a rate up and never assumes one: a rate is given to an
/// <see cref="Eligibility.EvaluationContext"/>, and the rules that compare money in different currencies use it and
/// show it in their evidence. Without one they say that no exchange rate was given.</para>
/// <para>Invariants: two different currencies; a rate above zero; a source of 1 to 200 characters; an ISO date in
/// years 1 to 9999. Immutable value; equality by all members.</para>
/// </remarks>
public sealed class ExchangeRate : IEquatable<ExchangeRate>
{
    private const int MaxSourceLength = 200;

    private ExchangeRate(Currency from, Currency to, decimal rate, string source, LocalDate date)
    {
        From = from;
        To = to;
        Rate = rate;
        Source = source;
        Date = date;
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>How many units of <see cref="To"/> one unit of <see cref="From"/> is worth; above zero.</summary>
    public decimal Rate { get; }

    /// <summary>Who published the rate, such as <c>ECB reference rate</c> or <c>InforEuro</c>.</summary>
    public string Source { get; }

    /// <summary>The day the rate applies to.</summary>
    public LocalDate Date { get; }

    /// <summary>Validates and creates a rate.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to; another currency.</param>
    /// <param name="rate">Units of <paramref name="to"/> per unit of <paramref name="from"/>; above zero.</param>
    /// <param name="source">Who published it; 1 to 200 characters.</param>
    /// <param name="date">The day it applies to.</param>
    /// <returns>The rate, or the problems (paths <c>to</c>, <c>rate</c>, <c>source</c>, <c>date</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    public static ValidationResult<ExchangeRate> Create(Currency from, Currency to, decimal rate, string? source, LocalDate date)
    {
        Guard.Against.Null(from);
        Guard.Against.Null(to);
        var problems = new ProblemCollector();
        if (from == to)
        {
            problems.Add(ProblemCodes.CurrencyMismatch, "to", $"A rate converts between two currencies; {from.Code} was given twice.");
        }

        if (rate <= 0m)
        {
            problems.Add(ProblemCodes.OutOfRange, "rate", string.Create(CultureInfo.InvariantCulture, $"A rate is above zero; {rate} was given."));
        }

        var text = source?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            problems.Add(ProblemCodes.Required, "source", "Say who published the rate.");
        }
        else if (text.Length > MaxSourceLength)
        {
            problems.Add(ProblemCodes.TooLong, "source", $"A source has at most {MaxSourceLength} characters; {text.Length} were given.");
        }

        SupportedDates.Check(problems, date, "date");
        return problems.Finish(() => new ExchangeRate(from, to, rate, text!, date));
    }

    /// <summary>Converts an amount of <see cref="From"/> into <see cref="To"/>, unrounded.</summary>
    /// <param name="amount">An amount in <see cref="From"/>.</param>
    /// <returns>The amount in <see cref="To"/>; <see langword="null"/> when it is beyond what a <see cref="decimal"/> holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="amount"/> is not in <see cref="From"/>.</exception>
    public Money? Convert(Money amount)
    {
        Guard.Against.Null(amount);
        if (amount.Currency != From)
        {
            throw new CurrencyMismatchException(From, amount.Currency);
        }

        try
        {
            return Money.Of(amount.Amount * Rate, To);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public bool Equals(ExchangeRate? other) =>
        other is not null && From == other.From && To == other.To && Rate == other.Rate && Source == other.Source && Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExchangeRate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Rate, Source, Date);

    /// <summary>Returns <c>1 CHF = 1.0412 EUR (ECB reference rate, 2026-11-30)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"1 {From.Code} = {Rate} {To.Code} ({Source}, {LocalDatePattern.Iso.Format(Date)})");

    /// <summary>Compares by value.</summary>
    /// <param name="left">A rate.</param>
    /// <param name="right">A rate.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(ExchangeRate? left, ExchangeRate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A rate.</param>
    /// <param name="right">A rate.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(ExchangeRate? left, ExchangeRate? right) => !(left == right);
}
