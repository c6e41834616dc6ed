using System.Collections.Immutable;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>REQ-TOTAL-SPAN</c>: the whole request stays short-term: from its earliest start to its latest end at most
/// <see cref="MaxSpanMonths"/> months, and at most <see cref="MaxActivities"/> activities. Warns otherwise.
/// </summary>
/// <remarks>Evidence: expected = the limit; actual = the span in whole months begun (detail 1) or the number of
/// activities (detail 2). Immutable value.</remarks>
public sealed class TotalSpanRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "REQ-TOTAL-SPAN";

    private static readonly RuleParameterDeclaration<int> MaxSpanMonthsParameter = RuleParameterDeclaration.WholeNumber("maxSpanMonths", "The most months from the earliest start to the latest end.", unit: "months", minimum: 1);
    private static readonly RuleParameterDeclaration<int> MaxActivitiesParameter = RuleParameterDeclaration.WholeNumber("maxActivities", "The most activities one request asks for.", minimum: 1);

    private TotalSpanRule(int maxSpanMonths, int maxActivities)
        : base(RuleCode, "Short-term horizon of the request", Severity.NeedsReview, RuleStage.Timing, Sources.Span)
    {
        MaxSpanMonths = maxSpanMonths;
        MaxActivities = maxActivities;
        Parameters = [MaxSpanMonthsParameter.Of(maxSpanMonths), MaxActivitiesParameter.Of(maxActivities)];
    }

    /// <summary>The rule with at most 12 months and 7 activities.</summary>
    public static TotalSpanRule Default { get; } = Create().OrThrow();

    /// <summary>The longest span, in months.</summary>
    public int MaxSpanMonths { get; }

    /// <summary>The most activities per request.</summary>
    public int MaxActivities { get; }

    /// <summary>The kind <c>totalSpan</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<TotalSpanRule>(
        "totalSpan",
        "The request's activities lie within a short-term horizon and are few.",
        [MaxSpanMonthsParameter, MaxActivitiesParameter],
        d => Create(d.Get(MaxSpanMonthsParameter), d.Get(MaxActivitiesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="maxSpanMonths">The longest span in months; at least 1.</param>
    /// <param name="maxActivities">The most activities; at least 1.</param>
    /// <returns>The rule, or the problems (paths <c>maxSpanMonths</c>, <c>maxActivities</c>).</returns>
    public static ValidationResult<TotalSpanRule> Create(int maxSpanMonths = 12, int maxActivities = 7)
    {
        var problems = new ProblemCollector();
        problems.Add(MaxSpanMonthsParameter.ProblemWith(maxSpanMonths));
        problems.Add(MaxActivitiesParameter.ProblemWith(maxActivities));

        return problems.Finish(() => new TotalSpanRule(maxSpanMonths, maxActivities));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        var dates = request.Dates;
        var start = dates.EarliestStart;
        var end = dates.LatestEnd;
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + (end.Day >= start.Day ? 1 : 0);
        // A horizon that ends beyond the calendar's last month cannot be exceeded (and cannot be computed).
        var monthsLeftInCalendar = ((9999 - start.Year) * 12) + (12 - start.Month);
        if (MaxSpanMonths <= monthsLeftInCalendar && end > start.PlusMonths(MaxSpanMonths).PlusDays(-1))
        {
            return Warn(MaxSpanMonths, months, 1);
        }

        return request.PlannedActivities > MaxActivities ? Warn(MaxActivities, request.PlannedActivities, 2) : Pass(MaxSpanMonths, months, 1);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) =>
        outcome.Evidence.Detail == 2 ? RuleValue.OfNumber(outcome.Evidence.Expected, "activities") : RuleValue.OfNumber(outcome.Evidence.Expected, "months");

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) =>
        outcome.Evidence.Detail == 2 ? RuleValue.OfNumber(outcome.Evidence.Actual, "activities") : RuleValue.OfNumber(outcome.Evidence.Actual, "months");

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => (outcome.Status, outcome.Evidence.Detail) switch
    {
        (OutcomeStatus.Pass, _) => $"The request spans {DescribeActual(outcome)}, within {DescribeExpected(outcome)}.",
        (_, 2) => $"The request asks for {DescribeActual(outcome)}, more than the usual {DescribeExpected(outcome)}.",
        _ => $"The request spans {DescribeActual(outcome)}, beyond the short-term horizon of {DescribeExpected(outcome)}.",
    };

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        if (outcome.Evidence.Detail == 2)
        {
            return Remedy.ChangeRequest(
                $"Plan at most {Wording.Count(MaxActivities, "activities")}, or split the request; otherwise a person reviews it.",
                new RuleParameter("maxActivities", RuleValue.OfNumber(MaxActivities, "activities")));
        }

        var start = request.Dates.EarliestStart;
        var monthsLeftInCalendar = ((9999 - start.Year) * 12) + (12 - start.Month);
        if (MaxSpanMonths > monthsLeftInCalendar)
        {
            return Remedy.PersonDecides($"A person reviews the horizon of the request: {DescribeExpected(outcome)} from its start reach beyond the calendar.");
        }

        var lastDay = RuleValue.OfDate(start.PlusMonths(MaxSpanMonths).PlusDays(-1));
        var within = Wording.Count(MaxSpanMonths, "months");
        return request.PlannedActivities > MaxActivities
            ? Remedy.ChangeRequest(
                $"End on or before {lastDay}, within {within} of the start, and plan at most {Wording.Count(MaxActivities, "activities")}, or split the request; otherwise a person reviews it.",
                new RuleParameter("endOnOrBefore", lastDay),
                new RuleParameter("maxActivities", RuleValue.OfNumber(MaxActivities, "activities")))
            : Remedy.ChangeRequest(
                $"End on or before {lastDay}, within {within} of the start, or split the request; otherwise a person reviews it.",
                new RuleParameter("endOnOrBefore", lastDay));
    }
}
