using Ardalis.GuardClauses;
using StAMM.Domain.Finance;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Requests;

/// <summary>One line of a request's estimated cost: a category and an amount, with a description when needed.</summary>
/// <remarks>Immutable value; equality by all members.</remarks>
public sealed record CostLine
{
    private CostLine(CostCategory category, Money amount, string? description)
    {
        Category = category;
        Amount = amount;
        Description = description;
    }

    /// <summary>What the line pays for.</summary>
    public CostCategory Category { get; }

    /// <summary>The estimated amount; not negative.</summary>
    public Money Amount { get; }

    /// <summary>What exactly is paid for; required for <see cref="CostCategory.Other"/>.</summary>
    public string? Description { get; }

    /// <summary>Validates and creates a cost line.</summary>
    /// <param name="category">The category.</param>
    /// <param name="amount">The amount; not negative.</param>
    /// <param name="description">A description; required for <see cref="CostCategory.Other"/>.</param>
    /// <returns>The line, or the problems (paths <c>amount</c>, <c>description</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amount"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="category"/> is not defined.</exception>
    public static ValidationResult<CostLine> Create(CostCategory category, Money amount, string? description = null)
    {
        Guard.Against.EnumOutOfRange(category);
        Guard.Against.Null(amount);
        var problems = new ProblemCollector();
        if (amount.Amount < 0m)
        {
            problems.Add(ProblemCodes.OutOfRange, "amount", $"An estimated cost is not negative; {amount} was given.");
        }

        var validDescription = category == CostCategory.Other
            ? Text.Required(problems, description, "description")
            : Text.Optional(problems, description, "description");
        return problems.Finish(() => new CostLine(category, amount, validDescription));
    }

    /// <summary>Returns the category and amount, such as <c>Travel: 4200.00 EUR</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Category}: {Amount}";
}
