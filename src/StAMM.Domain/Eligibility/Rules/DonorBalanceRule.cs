using System.Collections.Immutable;
using StAMM.Domain.Finance;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>BUD-DONOR-BALANCE</c>: among the contributions that pass every earmark, some has a known remaining balance
/// (amount − committed − reserved) that covers the estimated cost. When only contributions with an unknown amount or a
/// balance in another currency remain, it warns (the money cannot be confirmed); when none has enough, it fails. Not
/// applicable when no contribution passed the earmarks.
/// </summary>
/// <remarks>Evidence in cents: expected = the estimated cost; actual = the largest known remaining balance in the
/// cost's currency among the earmarked contributions; detail = the cost's currency (position in
/// <see cref="Currency.All"/>; 999 without a cost), +1000 when the balance could not be confirmed, +2000 when no
/// earmarked contribution has a known balance in that currency (the actual value is then unknown, never 0), +4000 when
/// the request gives no cost (the expected value is then unknown). Immutable value.</remarks>
public sealed class DonorBalanceRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "BUD-DONOR-BALANCE";

    private const int Unconfirmed = 1000;
    private const int NoKnownBalance = 2000;
    private const int NoCost = 4000;

    private DonorBalanceRule()
        : base(RuleCode, "Remaining donor balance", Severity.Blocks, RuleStage.Money, Sources.Balance)
    {
    }

    /// <summary>The rule.</summary>
    public static DonorBalanceRule Default { get; } = new();

    /// <summary>The kind <c>donorBalance</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<DonorBalanceRule>(
        "donorBalance",
        "Some earmarked contribution has a remaining balance that covers the estimated cost.",
        [],
        d => Default, () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters => [];

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var donors = input.Donors;
        var earmarked = donors.Earmarked;
        if (earmarked == 0)
        {
            return NotApplicable();
        }

        var request = input.Request;
        var cost = request.TotalCost;
        var costCents = cost is null ? 0 : RuleMath.Cents(cost.Amount);
        var largest = long.MinValue;
        var known = false;
        var balances = input.Context.BalanceArray;
        for (var i = 0; i < balances.Length; i++)
        {
            if ((earmarked & (1UL << i)) != 0 && balances[i].Remaining is { } remaining && (cost is null || remaining.Currency == cost.Currency))
            {
                largest = Math.Max(largest, RuleMath.Cents(remaining.Amount));
                known = true;
            }
        }

        var detail = (cost is null ? 999 + NoCost : request.CostCurrencyIndex) + (known ? 0 : NoKnownBalance);
        largest = known ? largest : 0;
        if ((earmarked & donors.Balance) != 0)
        {
            return Pass(costCents, largest, detail);
        }

        return (earmarked & (donors.BalanceUnknown | donors.Currency)) != 0 ? Warn(costCents, largest, detail + Unconfirmed) : Fail(costCents, largest, detail);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => Has(outcome, NoCost)
        ? RuleValue.Unknown()
        : RuleMath.Amount(outcome.Evidence.Expected, CurrencyCode(outcome));

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => Has(outcome, NoKnownBalance) || outcome.Status == OutcomeStatus.NotApplicable
        ? RuleValue.Unknown(CurrencyCode(outcome))
        : RuleMath.Amount(outcome.Evidence.Actual, CurrencyCode(outcome));

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass when Has(outcome, NoCost) => "The request gives no cost estimate, so no balance needs to be confirmed.",
        OutcomeStatus.Pass => $"A contribution's remaining balance covers the estimate of {DescribeExpected(outcome)}.",
        OutcomeStatus.NotApplicable => "No contribution passed the earmarks, so no balance was checked.",
        OutcomeStatus.Warn => $"The balance for the estimate of {DescribeExpected(outcome)} cannot be confirmed: a contribution's amount is not known or is in another currency.",
        _ => $"No contribution has {DescribeExpected(outcome)} left; the largest remaining balance is {DescribeActual(outcome)}.",
    };

    private static bool Has(in RuleOutcome outcome, int flag) => outcome.Evidence.Detail / flag % 2 == 1;

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        if (outcome.Status == OutcomeStatus.Warn)
        {
            return Remedy.PersonDecides($"A person confirms that a contribution has {DescribeExpected(outcome)} left for this request.");
        }

        var largest = outcome.Evidence.Actual;
        return largest > 0 && largest < outcome.Evidence.Expected
            ? Remedy.ChangeRequest(
                $"Reduce the cost to at most {DescribeActual(outcome)}, the largest remaining balance, or the project finds a contribution with {DescribeExpected(outcome)} left.",
                new RuleParameter("maxCost", DescribeActual(outcome)))
            : Remedy.OutsideRequest($"The project needs a contribution with {DescribeExpected(outcome)} left for this request.");
    }

    private static string? CurrencyCode(in RuleOutcome outcome)
    {
        var index = outcome.Evidence.Detail % 1000;
        return index >= 0 && index < Currency.All.Length ? Currency.All[index].Code : null;
    }
}
