using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>
/// The approved request was delivered: the activity as it took place (actual dates, venue, participants by country
/// and sex where known, funders) and its actual costs, which become the contribution's spend.
/// </summary>
public sealed class CaseDelivered : CaseEvent
{
    private CaseDelivered(Activity activity, ImmutableArray<CostLine> actualCosts, Money? totalCost, Instant at, Actor actor)
        : base(activity.Identifier, at, actor)
    {
        Activity = activity;
        ActualCosts = actualCosts;
        TotalCost = totalCost;
    }

    /// <summary>The activity delivered; its identifier is the case's.</summary>
    public Activity Activity { get; }

    /// <summary>What it actually cost, line by line; empty when it cost nothing.</summary>
    public ImmutableArray<CostLine> ActualCosts { get; }

    /// <summary>The sum of <see cref="ActualCosts"/>; <see langword="null"/> when there are none.</summary>
    public Money? TotalCost { get; }

    /// <inheritdoc />
    public override CaseEventKind Kind => CaseEventKind.Delivered;

    /// <summary>Validates and creates the event.</summary>
    /// <param name="activity">The activity as delivered; its identifier names the case.</param>
    /// <param name="actualCosts">The actual costs, all in one currency.</param>
    /// <param name="at">When the delivery was recorded.</param>
    /// <param name="actor">Who recorded it.</param>
    /// <returns>The event, or the problems (paths <c>actualCosts[n]</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actualCosts"/> holds a null.</exception>
    public static ValidationResult<CaseDelivered> Create(Activity activity, IEnumerable<CostLine>? actualCosts, Instant at, Actor actor)
    {
        Guard.Against.Null(activity);
        Guard.Against.Null(actor);
        var costs = Guard.Against.NullElements(actualCosts);
        var problems = new ProblemCollector();
        Money? total = null;
        for (var i = 0; i < costs.Length; i++)
        {
            if (total is not null && !total.HasSameCurrencyAs(costs[i].Amount))
            {
                problems.Add(ProblemCodes.CurrencyMismatch, $"actualCosts[{i}]", $"The actual costs are in {total.Currency.Code}; this line is in {costs[i].Amount.Currency.Code}.");
                continue;
            }

            total = total is null ? costs[i].Amount : total + costs[i].Amount;
        }

        return problems.Finish(() => new CaseDelivered(activity, costs, total, at, actor));
    }

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Activity, Hashing.Sequence(ActualCosts));

    private protected override bool EqualsCore(CaseEvent other) =>
        other is CaseDelivered o && Activity.Equals(o.Activity) && ActualCosts.SequenceEqual(o.ActualCosts);
}
