using System.Collections.Immutable;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ACT-LEAD-TIME</c>: the days from the submission day to the earliest start are enough to organise the activity.
/// It judges the requester's act, so the facility's own delay in evaluating never counts against the request (the time
/// left from the day of evaluation is <see cref="PreparationTimeRule"/>'s finding). Below <see cref="WarnBelowDays"/> it warns; below <see cref="FailBelowDays"/> it
/// fails, unless the request declares an emergency and <see cref="EmergencyOverride"/> is on, when it warns.
/// </summary>
/// <remarks>Evidence: expected = the threshold crossed (or the warning threshold when met); actual = the lead time in
/// days; detail = 1 when an emergency turned a failure into a warning. Immutable value.</remarks>
public sealed class LeadTimeRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ACT-LEAD-TIME";

    private static readonly RuleParameterDeclaration<int> WarnBelowDaysParameter = RuleParameterDeclaration.WholeNumber("warnBelowDays", "Below this many days the rule warns; at least failBelowDays.", unit: "days");
    private static readonly RuleParameterDeclaration<int> FailBelowDaysParameter = RuleParameterDeclaration.WholeNumber("failBelowDays", "Below this many days the rule fails.", unit: "days", minimum: 0);
    private static readonly RuleParameterDeclaration<bool> EmergencyOverrideParameter = RuleParameterDeclaration.Flag("emergencyOverride", "Whether a declared emergency turns a failure into a warning.");

    private LeadTimeRule(int warnBelowDays, int failBelowDays, bool emergencyOverride)
        : base(RuleCode, "Lead time", Severity.Blocks, RuleStage.Timing, Sources.LeadTime)
    {
        WarnBelowDays = warnBelowDays;
        FailBelowDays = failBelowDays;
        EmergencyOverride = emergencyOverride;
        Parameters = [WarnBelowDaysParameter.Of(warnBelowDays), FailBelowDaysParameter.Of(failBelowDays), EmergencyOverrideParameter.Of(emergencyOverride)];
    }

    /// <summary>The rule with a warning below 60 days and a failure below 21 days, unless in an emergency.</summary>
    public static LeadTimeRule Default { get; } = Create().OrThrow();

    /// <summary>Below this many days the rule warns.</summary>
    public int WarnBelowDays { get; }

    /// <summary>Below this many days the rule fails.</summary>
    public int FailBelowDays { get; }

    /// <summary>Whether a declared emergency turns a failure into a warning.</summary>
    public bool EmergencyOverride { get; }

    /// <summary>The kind <c>leadTime</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<LeadTimeRule>(
        "leadTime",
        "The days from the submission day to the earliest start are enough to organise the activity.",
        [WarnBelowDaysParameter, FailBelowDaysParameter, EmergencyOverrideParameter],
        d => Create(d.Get(WarnBelowDaysParameter), d.Get(FailBelowDaysParameter), d.Get(EmergencyOverrideParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="warnBelowDays">Below this the rule warns; at least <paramref name="failBelowDays"/>.</param>
    /// <param name="failBelowDays">Below this the rule fails; not negative.</param>
    /// <param name="emergencyOverride">Whether an emergency turns a failure into a warning.</param>
    /// <returns>The rule, or the problems (paths <c>warnBelowDays</c>, <c>failBelowDays</c>).</returns>
    public static ValidationResult<LeadTimeRule> Create(int warnBelowDays = 60, int failBelowDays = 21, bool emergencyOverride = true)
    {
        var problems = new ProblemCollector();
        problems.Add(FailBelowDaysParameter.ProblemWith(failBelowDays));

        if (warnBelowDays < failBelowDays)
        {
            problems.Add(ProblemCodes.OutOfRange, "warnBelowDays", $"The warning threshold ({warnBelowDays}) is at least the failure threshold ({failBelowDays}).");
        }

        return problems.Finish(() => new LeadTimeRule(warnBelowDays, failBelowDays, emergencyOverride));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        long days = request.Dates.StartDay - request.SubmittedOn.ToDateOnly().DayNumber;
        if (days < FailBelowDays)
        {
            return request.IsEmergency && EmergencyOverride ? Warn(FailBelowDays, days, 1) : Fail(FailBelowDays, days);
        }

        return days < WarnBelowDays ? Warn(WarnBelowDays, days) : Pass(WarnBelowDays, days);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected, "days");

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual, "days");

    /// <inheritdoc />
    /// <remarks>The start that gives the usual lead time: the earliest start moved by what the lead time lacks.</remarks>
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        var lacking = (decimal)WarnBelowDays - outcome.Evidence.Actual;
        if (RuleMath.PlusDays(request.Dates.EarliestStart, Math.Max(lacking, 0m)) is not { } start)
        {
            return Remedy.PersonDecides("A person decides on the lead time: no start within the calendar gives enough.");
        }

        var date = RuleValue.OfDate(start);
        return Remedy.ChangeRequest(
            outcome.Status == OutcomeStatus.Fail && EmergencyOverride && !request.IsEmergency
                ? $"Start on or after {date} ({Wording.Count(WarnBelowDays, "days")} of lead time), or declare an emergency for the project manager to approve."
                : outcome.Status == OutcomeStatus.Fail
                    ? $"Start on or after {date} ({Wording.Count(WarnBelowDays, "days")} of lead time)."
                    : $"Start on or after {date} ({Wording.Count(WarnBelowDays, "days")} of lead time); otherwise a person confirms the activity can be organised.",
            new RuleParameter("startOnOrAfter", date));
    }

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => (outcome.Status, outcome.Evidence.Detail) switch
    {
        (OutcomeStatus.Pass, _) => $"The lead time of {DescribeActual(outcome)} is enough.",
        (OutcomeStatus.Warn, 1) => $"The lead time of {DescribeActual(outcome)} is below {DescribeExpected(outcome)}; the declared emergency needs the project manager's approval.",
        (OutcomeStatus.Warn, _) => $"The lead time of {DescribeActual(outcome)} is below the usual {DescribeExpected(outcome)}; a person must confirm it can be organised.",
        _ => $"The lead time of {DescribeActual(outcome)} is below the minimum of {DescribeExpected(outcome)}.",
    };
}
