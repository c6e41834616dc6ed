using Ardalis.GuardClauses;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json;

/// <summary>
/// A portfolio document: one <see cref="Portfolios.Portfolio"/> and the document's free-text description (such as the
/// note that its amounts are illustrative), which is not part of the portfolio's value.
/// </summary>
public sealed class PortfolioDocument : StammDocument
{
    /// <summary>Wraps a portfolio.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="description">The document's description, if any; at most 4,000 characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank or too long.</exception>
    public PortfolioDocument(Portfolio portfolio, string? description = null)
        : base(StammJson.PortfolioKind)
    {
        Portfolio = Guard.Against.Null(portfolio);
        if (description is not null)
        {
            Guard.Against.NullOrWhiteSpace(description);
            Guard.Against.OutOfRange(description.Length, nameof(description), 1, MaxDescriptionLength);
        }

        Description = description;
    }

    /// <summary>The longest description, in characters.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>The portfolio.</summary>
    public Portfolio Portfolio { get; }

    /// <summary>The document's description; <see langword="null"/> when it has none.</summary>
    public string? Description { get; }

    /// <summary>Describes the document.</summary>
    /// <returns>The kind and the portfolio.</returns>
    public override string ToString() => $"portfolio document: {Portfolio}";
}
