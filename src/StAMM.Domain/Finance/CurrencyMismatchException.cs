using Ardalis.GuardClauses;

namespace StAMM.Domain.Finance;

/// <summary>Thrown when code adds, subtracts or compares amounts of two currencies.</summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    public CurrencyMismatchException(Currency left, Currency right)
        : base($"Cannot combine {Guard.Against.Null(left).Code} with {Guard.Against.Null(right).Code}: arithmetic works within one currency.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>The first currency.</summary>
    public Currency Left { get; }

    /// <summary>The second currency.</summary>
    public Currency Right { get; }
}
