using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Requests;

/// <summary>
/// What the request expects to cost, line by line in one currency, and the donor the requester would like to fund
/// it. One part of an <see cref="AssistanceRequest"/>; <see cref="None"/> when the request gives no estimate.
/// </summary>
/// <remarks>Immutable value; equality by all members (the lines in order). Thread-safe.</remarks>
public sealed class CostEstimate : IEquatable<CostEstimate>
{
    private CostEstimate(ImmutableArray<CostLine> lines, Donor? preferredDonor)
    {
        Lines = lines;
        PreferredDonor = preferredDonor;
        Money? total = null;
        foreach (var line in lines)
        {
            total = total is null ? line.Amount : total + line.Amount;
        }

        Total = total;
    }

    /// <summary>No cost line and no preferred donor.</summary>
    public static CostEstimate None { get; } = new([], null);

    /// <summary>The estimated cost, line by line; all lines share one currency.</summary>
    public ImmutableArray<CostLine> Lines { get; }

    /// <summary>The sum of <see cref="Lines"/>; <see langword="null"/> when no line is given (unknown, not zero).</summary>
    public Money? Total { get; }

    /// <summary>The donor the requester would like to fund it, if any. A preference, not a condition.</summary>
    public Donor? PreferredDonor { get; }

    /// <summary>Validates and creates a cost estimate.</summary>
    /// <param name="lines">The estimated cost by line; one currency, adding up to an amount a decimal holds.</param>
    /// <param name="preferredDonor">A preferred donor, if any.</param>
    /// <returns>The estimate, or every problem, at the paths of the request document (<c>costs[2].amount</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="lines"/> holds a null.</exception>
    public static ValidationResult<CostEstimate> Create(IEnumerable<CostLine>? lines, Donor? preferredDonor = null)
    {
        var costList = Guard.Against.NullElements(lines);
        var problems = new ProblemCollector();
        var sum = costList.Length > 0 ? costList[0].Amount.Amount : 0m;
        for (var i = 1; i < costList.Length; i++)
        {
            if (!costList[i].Amount.HasSameCurrencyAs(costList[0].Amount))
            {
                problems.Add(ProblemCodes.CurrencyMismatch, $"costs[{i}].amount", $"All cost lines share one currency: {costList[0].Amount.Currency.Code}, not {costList[i].Amount.Currency.Code}.");
            }

            // Lines are not negative, so the total only grows: it must stay within what a decimal holds.
            if (sum > decimal.MaxValue - costList[i].Amount.Amount)
            {
                problems.Add(ProblemCodes.OutOfRange, $"costs[{i}].amount", "The cost lines add up to more than the largest amount a request can state.");
                sum = 0m;
                continue;
            }

            sum += costList[i].Amount.Amount;
        }

        return problems.Finish(() => costList.IsEmpty && preferredDonor is null ? None : new CostEstimate(costList, preferredDonor));
    }

    /// <inheritdoc />
    public bool Equals(CostEstimate? other) =>
        other is not null
        && Lines.SequenceEqual(other.Lines)
        && PreferredDonor == other.PreferredDonor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CostEstimate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lines.Length, Total, PreferredDonor);

    /// <summary>Returns the total, or that no estimate is given.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Total is null ? "no estimate" : Total.ToString();

    /// <summary>Compares by value.</summary>
    /// <param name="left">An estimate.</param>
    /// <param name="right">An estimate.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(CostEstimate? left, CostEstimate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">An estimate.</param>
    /// <param name="right">An estimate.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(CostEstimate? left, CostEstimate? right) => !(left == right);
}
