using System.Collections.Immutable;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ACT-PREPARATION-TIME</c>: the days left from the day of evaluation to the earliest start are enough to prepare
/// the activity. Below <see cref="WarnBelowDays"/> it warns, so that a person confirms the activity can still be
/// organised; it never fails. The requester's own lead time, counted from the submission day, is
/// <see cref="LeadTimeRule"/>'s finding: a late evaluation is the facility's delay and never makes a request ineligible.
/// </summary>
/// <remarks>Not applicable when the request is evaluated on its submission day: the lead time already judges that span.
/// Evidence: expected = <see cref="WarnBelowDays"/>; actual = the days left (negative when the earliest start has
/// passed). Severity <see cref="Severity.NeedsReview"/>. Immutable value.</remarks>
public sealed class PreparationTimeRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ACT-PREPARATION-TIME";

    private static readonly RuleParameterDeclaration<int> WarnBelowDaysParameter = RuleParameterDeclaration.WholeNumber("warnBelowDays", "Below this many days the rule warns.", unit: "days", minimum: 0);

    private PreparationTimeRule(int warnBelowDays)
        : base(RuleCode, "Time left to prepare", Severity.NeedsReview, RuleStage.Timing, Sources.LeadTime)
    {
        WarnBelowDays = warnBelowDays;
        Parameters = [WarnBelowDaysParameter.Of(warnBelowDays)];
    }

    /// <summary>The rule with a warning below 21 days (the lead time below which a request is refused).</summary>
    public static PreparationTimeRule Default { get; } = Create().OrThrow();

    /// <summary>Below this many days left the rule warns.</summary>
    public int WarnBelowDays { get; }

    /// <summary>The kind <c>preparationTime</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<PreparationTimeRule>(
        "preparationTime",
        "The days from the day of evaluation to the earliest start leave time to prepare.",
        [WarnBelowDaysParameter],
        d => Create(d.Get(WarnBelowDaysParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="warnBelowDays">Below this many days left the rule warns; not negative.</param>
    /// <returns>The rule, or the problem (path <c>warnBelowDays</c>).</returns>
    public static ValidationResult<PreparationTimeRule> Create(int warnBelowDays = 21)
    {
        var problems = new ProblemCollector();
        problems.Add(WarnBelowDaysParameter.ProblemWith(warnBelowDays));

        return problems.Finish(() => new PreparationTimeRule(warnBelowDays));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        if (input.Today <= input.Request.SubmittedOn)
        {
            return NotApplicable();
        }

        long days = input.Request.Dates.StartDay - input.Today.ToDateOnly().DayNumber;
        return days < WarnBelowDays ? Warn(WarnBelowDays, days) : Pass(WarnBelowDays, days);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected, "days");

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual, "days");

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.NotApplicable => "Evaluated on the day of submission: the lead time covers the time to prepare.",
        OutcomeStatus.Pass => $"{DescribeActual(outcome)} are left to prepare from the day of evaluation, at least {DescribeExpected(outcome)}.",
        _ when outcome.Evidence.Actual < 0 => $"The earliest start passed {RuleValue.OfNumber(-(decimal)outcome.Evidence.Actual, "days")} before the day of evaluation; a person must agree new dates with the requester.",
        _ => $"Only {DescribeActual(outcome)} are left to prepare from the day of evaluation, below {DescribeExpected(outcome)}; a person must confirm it can still be organised.",
    };

    /// <inheritdoc />
    /// <remarks>The time left shrinks as the facility waits, not through anything the requester changes: a person decides.</remarks>
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.PersonDecides(outcome.Evidence.Actual < 0
            ? "A person agrees new dates with the requester; the earliest start has passed."
            : $"A person confirms that the activity can still be organised with {DescribeActual(outcome)} left, or agrees later dates with the requester.");
}
