using System.Globalization;
using Ardalis.GuardClauses;

namespace StAMM.Domain.Finance;

/// <summary>An amount of money in one currency.</summary>
/// <remarks>
/// <para>Arithmetic and comparison only work within one currency: adding euros to francs is a programmer's
/// mistake and throws <see cref="CurrencyMismatchException"/>; converting needs a rate, which is outside this model.</para>
/// <para>Immutable value; equality by amount (numerically, so <c>10.0</c> equals <c>10</c>) and currency.</para>
/// </remarks>
public sealed class Money : IEquatable<Money>, IComparable<Money>
{
    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The amount; negative amounts are allowed (a reimbursement, a correction).</summary>
    public decimal Amount { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static Money Of(decimal amount, Currency currency) => new(amount, Guard.Against.Null(currency));

    /// <summary>Zero in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero.</returns>
    public static Money Zero(Currency currency) => Of(0m, currency);

    /// <summary>Adds two amounts of one currency.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">An amount in the same currency.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => new(left.Amount + SameCurrency(left, right).Amount, left.Currency);

    /// <summary>Subtracts two amounts of one currency.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">An amount in the same currency.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => new(left.Amount - SameCurrency(left, right).Amount, left.Currency);

    /// <summary>Multiplies an amount, such as a daily rate by days.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    public static Money operator *(Money money, decimal factor) => new(Guard.Against.Null(money).Amount * factor, money.Currency);

    /// <summary>Compares amounts of one currency.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">An amount in the same currency.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares amounts of one currency.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">An amount in the same currency.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares amounts of one currency.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">An amount in the same currency.</param>
    /// <returns>Whether <paramref name="left"/> is at least <paramref name="right"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Compares amounts of one currency.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">An amount in the same currency.</param>
    /// <returns>Whether <paramref name="left"/> is at most <paramref name="right"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares by value.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">An amount.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Money? left, Money? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">An amount.</param>
    /// <param name="right">An amount.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Money? left, Money? right) => !(left == right);

    /// <summary>Tells whether both amounts are in the same currency.</summary>
    /// <param name="other">Another amount.</param>
    /// <returns><see langword="true"/> when the currencies match.</returns>
    public bool HasSameCurrencyAs(Money other) => Guard.Against.Null(other).Currency == Currency;

    /// <inheritdoc />
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money? other) => other is null ? 1 : Amount.CompareTo(SameCurrency(this, other).Amount);

    /// <inheritdoc />
    public bool Equals(Money? other) => other is not null && Amount == other.Amount && Currency == other.Currency;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Money);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>Returns the amount and code, invariant culture, such as <c>25000.00 EUR</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00##} {Currency.Code}");

    private static Money SameCurrency(Money left, Money right)
    {
        Guard.Against.Null(left);
        Guard.Against.Null(right);
        return left.Currency == right.Currency ? right : throw new CurrencyMismatchException(left.Currency, right.Currency);
    }
}
