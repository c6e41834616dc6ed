using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Finance;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>BUD-CEILING-PER-REQUEST</c>: the estimated cost stays under the ceilings. Above <see cref="HardPerRequest"/> for
/// the whole request it fails; above <see cref="SoftPerActivity"/> per activity (the total divided by the planned
/// activities) it warns. An estimate in another currency is converted at the context's
/// <see cref="EvaluationContext.ExchangeRates">exchange rate</see> for that pair, which the outcome carries and the
/// message shows; without one it warns, naming the currency: it cannot be compared without a rate. Not applicable when
/// the request gives no cost.
/// </summary>
/// <remarks>Evidence in cents: expected = the ceiling crossed (or the soft one when met); actual = the total or the
/// per-activity cost, in the ceilings' currency (converted when a rate was used) or, without a rate, in the request's
/// currency; an amount beyond what the cents hold reads as such, never as the saturated figure. Detail, low byte:
/// 1 = soft ceiling, 2 = hard ceiling, 3 = other currency without a rate, 4 = no cost given; above it, the request's
/// currency (position in <see cref="Currency.All"/>, plus one) when it differs from the ceilings'. Immutable value.</remarks>
public sealed class CostCeilingRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "BUD-CEILING-PER-REQUEST";

    private static readonly RuleParameterDeclaration<Money> SoftPerActivityParameter = RuleParameterDeclaration.Amount("softPerActivity", "Above this per activity a person reviews the cost.");
    private static readonly RuleParameterDeclaration<Money> HardPerRequestParameter = RuleParameterDeclaration.Amount("hardPerRequest", "Above this per request the request is ineligible; same currency as softPerActivity.");

    private const int Soft = 1;
    private const int Hard = 2;
    private const int OtherCurrency = 3;
    private const int NoCost = 4;

    private readonly long _soft;
    private readonly long _hard;

    private CostCeilingRule(Money softPerActivity, Money hardPerRequest)
        : base(RuleCode, "Cost ceiling per activity and per request", Severity.Blocks, RuleStage.Money, Sources.Ceiling)
    {
        SoftPerActivity = softPerActivity;
        HardPerRequest = hardPerRequest;
        _soft = RuleMath.Cents(softPerActivity.Amount);
        _hard = RuleMath.Cents(hardPerRequest.Amount);
        Parameters = [SoftPerActivityParameter.Of(softPerActivity), HardPerRequestParameter.Of(hardPerRequest)];
    }

    /// <summary>The rule with EUR 25 000 per activity (soft) and EUR 60 000 per request (hard).</summary>
    public static CostCeilingRule Default { get; } = Create(Money.Of(25_000m, Currency.Eur), Money.Of(60_000m, Currency.Eur)).OrThrow();

    /// <summary>The soft ceiling per activity: above it the rule warns.</summary>
    public Money SoftPerActivity { get; }

    /// <summary>The hard ceiling per request: above it the rule fails.</summary>
    public Money HardPerRequest { get; }

    /// <summary>The kind <c>costCeiling</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<CostCeilingRule>(
        "costCeiling",
        "The estimated cost stays within the ceilings per activity and per request.",
        [SoftPerActivityParameter, HardPerRequestParameter],
        d => Create(d.Get(SoftPerActivityParameter), d.Get(HardPerRequestParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

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
        problems.Add(SoftPerActivityParameter.ProblemWith(softPerActivity));
        problems.Add(HardPerRequestParameter.ProblemWith(hardPerRequest));

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
            return new RuleOutcome(this, OutcomeStatus.NotApplicable, _hard, 0, NoCost);
        }

        ExchangeRate? rate = null;
        var other = 0;
        long cents;
        if (total.Currency != HardPerRequest.Currency)
        {
            other = (request.CostCurrencyIndex + 1) << 8;
            rate = input.Context.RateFor(total.Currency, HardPerRequest.Currency);
            if (rate is null)
            {
                return Warn(_hard, RuleMath.Cents(total.Amount), OtherCurrency | other);
            }

            cents = rate.Convert(total) is { } converted ? RuleMath.Cents(converted.Amount) : long.MaxValue;
        }
        else
        {
            cents = RuleMath.Cents(total.Amount);
        }

        if (cents > _hard)
        {
            return new RuleOutcome(this, OutcomeStatus.Fail, _hard, cents, Hard | other, rate);
        }

        var perActivity = cents / request.PlannedActivities;
        return new RuleOutcome(this, perActivity > _soft ? OutcomeStatus.Warn : OutcomeStatus.Pass, _soft, perActivity, Soft | other, rate);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome)
    {
        var ceiling = (outcome.Evidence.Detail & 0xFF) == Soft ? SoftPerActivity : HardPerRequest;
        return RuleValue.OfNumber(ceiling.Amount, ceiling.Currency.Code);
    }

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => (outcome.Evidence.Detail & 0xFF) switch
    {
        NoCost => RuleValue.Unknown(HardPerRequest.Currency.Code),
        OtherCurrency => RuleMath.Amount(outcome.Evidence.Actual, RequestCurrency(outcome)?.Code),
        _ => RuleMath.Amount(outcome.Evidence.Actual, HardPerRequest.Currency.Code),
    };

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => (outcome.Status, outcome.Evidence.Detail & 0xFF) switch
    {
        (_, NoCost) => $"The request gives no cost estimate, so the ceiling of {DescribeExpected(outcome)} cannot be checked.",
        (_, OtherCurrency) => $"The estimate ({DescribeActual(outcome)}) is in {RequestCurrency(outcome)?.Code ?? "another currency"} and no exchange rate to {HardPerRequest.Currency.Code} was given, so it cannot be compared with the ceiling of {DescribeExpected(outcome)}.",
        (OutcomeStatus.Pass, _) => $"The cost per activity ({DescribeActual(outcome)}{Converted(outcome)}) is within {DescribeExpected(outcome)}.",
        (_, Soft) => $"The cost per activity ({DescribeActual(outcome)}{Converted(outcome)}) is above the soft ceiling of {DescribeExpected(outcome)}.",
        _ => $"The request's cost ({DescribeActual(outcome)}{Converted(outcome)}) is above the ceiling of {DescribeExpected(outcome)}.",
    };

    private static Currency? RequestCurrency(in RuleOutcome outcome)
    {
        var index = (outcome.Evidence.Detail >> 8) - 1;
        return index >= 0 && index < Currency.All.Length ? Currency.All[index] : null;
    }

    private static string Converted(in RuleOutcome outcome) => outcome.ExchangeRate is { } rate
        ? $", converted from {rate.From.Code} at {rate}"
        : string.Empty;

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
