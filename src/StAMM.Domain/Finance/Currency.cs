using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using StAMM.Domain.Codelists;

namespace StAMM.Domain.Finance;

/// <summary>An ISO 4217 currency from the IATI Currency codelist, such as <c>EUR</c>.</summary>
/// <remarks>One instance per code; equality by code. Immutable and thread-safe.</remarks>
public sealed class Currency : IEquatable<Currency>
{
    private static readonly ImmutableArray<Currency> AllCurrencies =
        [.. IatiCodelists.Currency.Select(r => new Currency(r.Code, r.Name, r.Withdrawn)).OrderBy(c => c.Code, StringComparer.Ordinal)];

    private static readonly FrozenDictionary<string, Currency> ByCode =
        AllCurrencies.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    private Currency(string code, string name, bool isWithdrawn)
    {
        Code = code;
        Name = name;
        IsWithdrawn = isWithdrawn;
    }

    /// <summary>Every currency of the codelist, withdrawn ones included, ordered by code.</summary>
    public static ImmutableArray<Currency> All => AllCurrencies;

    /// <summary>The euro.</summary>
    public static Currency Eur { get; } = FromCode("EUR");

    /// <summary>The Swiss franc.</summary>
    public static Currency Chf { get; } = FromCode("CHF");

    /// <summary>The Czech koruna.</summary>
    public static Currency Czk { get; } = FromCode("CZK");

    /// <summary>The US dollar.</summary>
    public static Currency Usd { get; } = FromCode("USD");

    /// <summary>The three-letter code.</summary>
    public string Code { get; }

    /// <summary>The English name from the codelist.</summary>
    public string Name { get; }

    /// <summary><see langword="true"/> when the codelist marks the code withdrawn.</summary>
    public bool IsWithdrawn { get; }

    /// <summary>Returns the currency with the given code.</summary>
    /// <param name="code">A three-letter code; case does not matter.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException">The codelist has no such code.</exception>
    public static Currency FromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out var currency)
            ? currency
            : throw new ArgumentException($"'{code}' is not a code of the IATI Currency codelist.", nameof(code));
    }

    /// <summary>Looks up a currency by code.</summary>
    /// <param name="code">A three-letter code; case does not matter.</param>
    /// <param name="currency">The currency, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        if (code is { Length: 3 } && ByCode.TryGetValue(code, out currency))
        {
            return true;
        }

        currency = null;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(Currency? other) => ReferenceEquals(this, other) || (other is not null && other.Code == Code);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Currency);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Compares by code.</summary>
    /// <param name="left">A currency.</param>
    /// <param name="right">A currency.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Currency? left, Currency? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by code.</summary>
    /// <param name="left">A currency.</param>
    /// <param name="right">A currency.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Currency? left, Currency? right) => !(left == right);
}
