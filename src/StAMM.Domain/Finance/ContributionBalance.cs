using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Finance;

/// <summary>
/// Where a donor contribution stands: how much is committed to activities and reserved for approved requests in the
/// pipeline, and so how much remains.
/// </summary>
/// <remarks>
/// <para>Remaining = amount − committed − reserved, in the contribution's currency. When the contribution's amount is
/// not known (as for StAMM's public record) the remaining balance is unknown too (<see langword="null"/>), and the
/// balance rule says it cannot confirm the money rather than inventing it.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed record ContributionBalance
{
    private ContributionBalance(Contribution contribution, Money? committed, Money? reserved)
    {
        Contribution = contribution;
        Committed = committed;
        Reserved = reserved;
        if (contribution.Amount is { } amount)
        {
            var remaining = amount;
            if (committed is not null)
            {
                remaining -= committed;
            }

            if (reserved is not null)
            {
                remaining -= reserved;
            }

            Remaining = remaining;
        }

        if (contribution.Period is { } period)
        {
            PeriodStartDay = period.Start.ToDateOnly().DayNumber;
            PeriodEndDay = period.End.ToDateOnly().DayNumber;
        }
        else
        {
            PeriodStartDay = int.MinValue;
            PeriodEndDay = int.MaxValue;
        }

        RestrictedDimensions = (contribution.Earmarks.Countries.IsEmpty ? 0 : 1)
            + (contribution.Earmarks.ActivityTypes.IsEmpty ? 0 : 1)
            + (contribution.Earmarks.Themes.IsEmpty ? 0 : 1);
    }

    /// <summary>The contribution.</summary>
    public Contribution Contribution { get; }

    /// <summary>What is committed to activities; <see langword="null"/> for nothing.</summary>
    public Money? Committed { get; }

    /// <summary>What approved requests in the pipeline hold back; <see langword="null"/> for nothing.</summary>
    public Money? Reserved { get; }

    /// <summary>What remains; <see langword="null"/> when the contribution's amount is not known.</summary>
    public Money? Remaining { get; }

    internal int PeriodStartDay { get; }

    internal int PeriodEndDay { get; }

    internal int RestrictedDimensions { get; }

    /// <summary>Validates and creates a balance.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <param name="committed">What is committed, if anything; not negative; in the contribution's currency.</param>
    /// <param name="reserved">What is reserved, if anything; not negative; in the contribution's currency.</param>
    /// <returns>The balance, or the problems (paths <c>committed</c>, <c>reserved</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> is null.</exception>
    public static ValidationResult<ContributionBalance> Create(Contribution contribution, Money? committed = null, Money? reserved = null)
    {
        Guard.Against.Null(contribution);
        var problems = new ProblemCollector();
        Check(problems, contribution, committed, "committed");
        Check(problems, contribution, reserved, "reserved");
        return problems.Finish(() => new ContributionBalance(contribution, committed, reserved));
    }

    /// <summary>A balance with nothing committed or reserved.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <returns>The balance.</returns>
    public static ContributionBalance Untouched(Contribution contribution) => new(Guard.Against.Null(contribution), null, null);

    /// <summary>Returns the contribution and what remains.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Contribution}; remaining {(Remaining is null ? "unknown" : Remaining.ToString())}";

    private static void Check(ProblemCollector problems, Contribution contribution, Money? money, string path)
    {
        if (money is null)
        {
            return;
        }

        if (money.Amount < 0m)
        {
            problems.Add(ProblemCodes.OutOfRange, path, $"An amount here is not negative; {money} was given.");
        }

        if (contribution.Amount is { } amount && !amount.HasSameCurrencyAs(money))
        {
            problems.Add(ProblemCodes.CurrencyMismatch, path, $"The contribution is in {amount.Currency.Code}, not {money.Currency.Code}.");
        }
    }
}
