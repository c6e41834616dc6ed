using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Finance;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>BUD-CEILING-PER-REQUEST</c>: the estimated cost stays under the ceilings. Above <see cref="HardPerRequest"/> for
/// the whole request it fails; above <see cref="SoftPerActivity"/> per activity (the total divided by the planned
/// activities) it warns. An estimate in another currency than the ceilings warns: it cannot be compared without a rate.
/// </summary>
/// <remarks>Evidence in cents: expected = the ceiling crossed (or the soft one when met); actual = the total or the
/// per-activity cost; detail 1 = soft ceiling, 2 = hard ceiling, 3 = other currency. Immutable value.</remarks>
public sealed class CostCeilingRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "BUD-CEILING-PER-REQUEST";

    private readonly long _soft;
    private readonly long _hard;

    private CostCeilingRule(Money softPerActivity, Money hardPerRequest)
        : base(RuleCode, "Cost ceiling per activity and per request", Severity.Blocks, RuleStage.Money, Sources.Ceiling)
    {
        SoftPerActivity = softPerActivity;
        HardPerRequest = hardPerRequest;
        _soft = RuleMath.Cents(softPerActivity.Amount);
        _hard = RuleMath.Cents(hardPerRequest.Amount);
        Parameters =
        [
            new("softPerActivity", RuleValue.OfNumber(softPerActivity.Amount, softPerActivity.Currency.Code)),
            new("hardPerRequest", RuleValue.OfNumber(hardPerRequest.Amount, hardPerRequest.Currency.Code)),
        ];
    }

    /// <summary>The rule with EUR 25 000 per activity (soft) and EUR 60 000 per request (hard).</summary>
    public static CostCeilingRule Default { get; } = Create(Money.Of(25_000m, Currency.Eur), Money.Of(60_000m, Currency.Eur)).OrThrow();

    /// <summary>The soft ceiling per activity: above it the rule warns.</summary>
    public Money SoftPerActivity { get; }

    /// <summary>The hard ceiling per request: above it the rule fails.</summary>
    public Money HardPerRequest { get; }

    /// <inheritdoc />
    public override string Kind => "costCeiling";

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="softPerActivity">The soft ceiling per activity; above zero.</param>
    /// <param name="hardPerRequest">The hard ceiling per request; above zero, in the same currency.</param>
    /// <returns>The rule, or the problems (paths <c>softPerActivity</c>, <c>hardPerRequest</c>).</returns>
    public static ValidationResult<CostCeilingRule> Create(Money softPerActivity, Money hardPerRequest)
    {
        Guard.Against.Null(softPerActivity);
        Guard.Against.Null(hardPerRequest);
        var problems = new ProblemCollector();
        if (softPerActivity.Amount <= 0m)
        {
            problems.Add(ProblemCodes.OutOfRange, "softPerActivity", "A ceiling is above zero.");
        }

        if (hardPerRequest.Amount <= 0m)
        {
            problems.Add(ProblemCodes.OutOfRange, "hardPerRequest", "A ceiling is above zero.");
        }

        if (!softPerActivity.HasSameCurrencyAs(hardPerRequest))
        {
            problems.Add(ProblemCodes.CurrencyMismatch, "hardPerRequest", "Both ceilings share one currency.");
        }

        return problems.Finish(() => new CostCeilingRule(softPerActivity, hardPerRequest));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        if (request.TotalCost is not { } total)
        {
            return Pass(_soft, 0, 1);
        }

        if (total.Currency != HardPerRequest.Currency)
        {
            return Warn(_hard, RuleMath.Cents(total.Amount), 3);
        }

        var cents = RuleMath.Cents(total.Amount);
        if (cents > _hard)
        {
            return Fail(_hard, cents, 2);
        }

        var perActivity = cents / request.PlannedActivities;
        return perActivity > _soft ? Warn(_soft, perActivity, 1) : Pass(_soft, perActivity, 1);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(RuleMath.FromCents(outcome.Evidence.Expected), HardPerRequest.Currency.Code);

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) =>
        RuleValue.OfNumber(RuleMath.FromCents(outcome.Evidence.Actual), outcome.Evidence.Detail == 3 ? "in another currency" : HardPerRequest.Currency.Code);

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => (outcome.Status, outcome.Evidence.Detail) switch
    {
        (OutcomeStatus.Pass, _) => $"The cost per activity ({DescribeActual(outcome)}) is within {DescribeExpected(outcome)}.",
        (_, 3) => $"The estimate ({DescribeActual(outcome)}) cannot be compared with the ceiling of {DescribeExpected(outcome)} without an exchange rate.",
        (_, 1) => $"The cost per activity ({DescribeActual(outcome)}) is above the soft ceiling of {DescribeExpected(outcome)}.",
        _ => $"The request's cost ({DescribeActual(outcome)}) is above the ceiling of {DescribeExpected(outcome)}.",
    };

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        var currency = HardPerRequest.Currency.Code;
        if (request.TotalCost is not { } total || total.Currency != HardPerRequest.Currency)
        {
            return Remedy.PersonDecides(
                $"A person compares the estimate with the ceilings of {RuleValue.OfNumber(SoftPerActivity.Amount, currency)} per activity and {RuleValue.OfNumber(HardPerRequest.Amount, currency)} per request, or the request gives its estimate in {currency}.");
        }

        // The most the request may cost and pass: within the hard ceiling and the soft one for each planned activity.
        var activities = Math.Max(request.PlannedActivities, 1);
        var target = Math.Min(HardPerRequest.Amount, SoftPerActivity.Amount >= decimal.MaxValue / activities ? decimal.MaxValue : SoftPerActivity.Amount * activities);
        var reduceBy = total.Amount > target ? total.Amount - target : 0m;
        var maxCost = RuleValue.OfNumber(target, currency);
        var overHard = total.Amount > HardPerRequest.Amount ? total.Amount - HardPerRequest.Amount : 0m;
        var text = outcome.Status == OutcomeStatus.Fail
            ? $"Reduce the cost by at least {RuleValue.OfNumber(overHard, currency)} to stay within the ceiling of {RuleValue.OfNumber(HardPerRequest.Amount, currency)}, and by {RuleValue.OfNumber(reduceBy, currency)} to at most {maxCost} ({RuleValue.OfNumber(SoftPerActivity.Amount, currency)} per activity) to avoid a review; or split the request."
            : $"Reduce the cost by {RuleValue.OfNumber(reduceBy, currency)} to at most {maxCost} ({RuleValue.OfNumber(SoftPerActivity.Amount, currency)} per activity), or split the request; otherwise a person reviews it.";
        return Remedy.ChangeRequest(text, new RuleParameter("reduceCostBy", RuleValue.OfNumber(reduceBy, currency)), new RuleParameter("maxCost", maxCost));
    }
}
