using Ardalis.GuardClauses;
using StAMM.Domain.Finance;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>
/// Money of one contribution committed to an approved request: the amount in the currency it was approved in and,
/// where that differs from the contribution's currency, the exchange rate that converts it.
/// </summary>
/// <remarks>
/// <para>Invariants: the amount is above zero; the contribution's amount is known (money of unknown size cannot be
/// committed, its available balance being unknown too); the rate, when given, converts the commitment's currency
/// into the contribution's, and is given exactly when the two differ.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed record Commitment
{
    private Commitment(Contribution contribution, Money amount, ExchangeRate? exchangeRate, Money inContributionCurrency)
    {
        Contribution = contribution;
        Amount = amount;
        ExchangeRate = exchangeRate;
        InContributionCurrency = inContributionCurrency;
    }

    /// <summary>The contribution the money comes from.</summary>
    public Contribution Contribution { get; }

    /// <summary>The amount, in the currency it was approved in.</summary>
    public Money Amount { get; }

    /// <summary>The rate into the contribution's currency; <see langword="null"/> when the currencies are the same.</summary>
    public ExchangeRate? ExchangeRate { get; }

    /// <summary>The amount in the contribution's currency: what the contribution's balance holds back.</summary>
    public Money InContributionCurrency { get; }

    /// <summary>Validates and creates a commitment.</summary>
    /// <param name="contribution">The contribution; its amount must be known.</param>
    /// <param name="amount">The amount; above zero.</param>
    /// <param name="exchangeRate">The rate from the amount's currency into the contribution's, exactly when they differ.</param>
    /// <returns>The commitment, or every problem (paths <c>contribution</c>, <c>amount</c>, <c>exchangeRate</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> or <paramref name="amount"/> is null.</exception>
    public static ValidationResult<Commitment> Create(Contribution contribution, Money amount, ExchangeRate? exchangeRate = null)
    {
        Guard.Against.Null(contribution);
        Guard.Against.Null(amount);
        var problems = new ProblemCollector();
        if (amount.Amount <= 0m)
        {
            problems.Add(ProblemCodes.OutOfRange, "amount", $"A commitment is above zero; {amount} was given.");
        }

        var target = contribution.Amount?.Currency;
        if (target is null)
        {
            problems.Add(CaseProblemCodes.BalanceUnknown, "contribution", $"The amount of {contribution} is not known, so its available balance is not known and nothing can be committed against it.");
        }
        else if (target == amount.Currency && exchangeRate is not null)
        {
            problems.Add(ProblemCodes.NotAllowed, "exchangeRate", $"The commitment is in the contribution's currency ({target.Code}); no rate applies.");
        }
        else if (target != amount.Currency && exchangeRate is null)
        {
            problems.Add(CaseProblemCodes.ExchangeRateRequired, "exchangeRate", $"The commitment is in {amount.Currency.Code} and the contribution in {target.Code}; a rate with its source and date is required.");
        }
        else if (exchangeRate is not null && (exchangeRate.From != amount.Currency || exchangeRate.To != target))
        {
            problems.Add(ProblemCodes.CurrencyMismatch, "exchangeRate", $"The rate converts {exchangeRate.From.Code} into {exchangeRate.To.Code}, not {amount.Currency.Code} into {target.Code}.");
        }

        var converted = exchangeRate is null || problems.HasProblems ? amount : ToCents(exchangeRate.Convert(amount));
        if (converted is null)
        {
            problems.Add(ProblemCodes.OutOfRange, "amount", $"{amount} at {exchangeRate} is more than an amount can hold.");
        }

        return problems.Finish(() => new Commitment(contribution, amount, exchangeRate, converted!));
    }

    /// <summary>Converts an amount in the commitment's currency into the contribution's, with the commitment's rate.</summary>
    /// <param name="money">An amount in the commitment's currency.</param>
    /// <returns>The amount in the contribution's currency.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is not in the commitment's currency.</exception>
    public Money ToContributionCurrency(Money money)
    {
        Guard.Against.Null(money);
        if (money.Currency != Amount.Currency)
        {
            throw new CurrencyMismatchException(Amount.Currency, money.Currency);
        }

        return ExchangeRate is null
            ? money
            : ToCents(ExchangeRate.Convert(money)) ?? throw new OverflowException($"{money} at {ExchangeRate} is more than an amount can hold.");
    }

    /// <summary>A converted amount is rounded to the cent, half to even, as payments are.</summary>
    private static Money? ToCents(Money? converted) =>
        converted is null ? null : Money.Of(Math.Round(converted.Amount, 2, MidpointRounding.ToEven), converted.Currency);

    /// <summary>Returns the amount and the contribution.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ExchangeRate is null
        ? $"{Amount} from {Contribution}"
        : $"{Amount} ({InContributionCurrency} at {ExchangeRate}) from {Contribution}";
}
