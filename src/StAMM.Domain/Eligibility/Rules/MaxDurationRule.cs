using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ACT-MAX-DURATION</c>: the activity lasts no longer than the short-term limit of its type. A limit in working days
/// counts Monday to Friday, so an expert mission from Thursday to the next Wednesday (7 days, 5 working days) is within
/// 5 working days; for a window, the most favourable placement counts. Over the limit it fails, or warns when the
/// request gives a justification and <see cref="JustificationWarns"/> is on.
/// </summary>
/// <remarks>Evidence: expected = the limit; actual = the duration in the limit's unit; detail = 1 for working days,
/// +2 when a justification turned a failure into a warning. Types without a limit are not applicable. Immutable value.</remarks>
public sealed class MaxDurationRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ACT-MAX-DURATION";

    private static readonly RuleParameterFamily MaxDays = RuleParameterFamily.WholeNumbers<ActivityType>("maxDays.", "The longest an activity of the type may last, in days or working days; a type without a limit is not checked.", "an activity type", "days", "working days");
    private static readonly RuleParameterDeclaration<bool> JustificationWarnsParameter = RuleParameterDeclaration.Flag("justificationWarns", "Whether a justification turns a failure into a warning.");

    private readonly DurationLimit?[] _byType;

    private MaxDurationRule(ImmutableArray<DurationLimit> limits, bool justificationWarns)
        : base(RuleCode, "Duration per activity type", Severity.Blocks, RuleStage.Timing, Sources.Duration)
    {
        Limits = limits;
        JustificationWarns = justificationWarns;
        _byType = new DurationLimit?[32];
        var parameters = ImmutableArray.CreateBuilder<RuleParameter>(limits.Length + 1);
        foreach (var limit in limits)
        {
            _byType[(int)limit.Type] = limit;
            parameters.Add(MaxDays.Member(Wording.Code(limit.Type), RuleValue.OfNumber(limit.Days, limit.WorkingDays ? "working days" : "days")));
        }

        parameters.Add(JustificationWarnsParameter.Of(justificationWarns));
        Parameters = parameters.MoveToImmutable();
    }

    /// <summary>
    /// The rule with expert missions and peer reviews at most 5 working days, study visits 5 days, trainings and
    /// workshops 3 days, assessments and policy support 10 days.
    /// </summary>
    public static MaxDurationRule Default { get; } = Create(
        [
            new(ActivityType.Training, 3),
            new(ActivityType.Workshop, 3),
            new(ActivityType.ExpertMission, 5, workingDays: true),
            new(ActivityType.StudyVisit, 5),
            new(ActivityType.Assessment, 10),
            new(ActivityType.PeerReview, 5, workingDays: true),
            new(ActivityType.PolicySupport, 10),
        ]).OrThrow();

    /// <summary>The limits, one per type at most, ordered by type.</summary>
    public ImmutableArray<DurationLimit> Limits { get; }

    /// <summary>Whether a justification turns a failure into a warning.</summary>
    public bool JustificationWarns { get; }

    /// <summary>The kind <c>maxDuration</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<MaxDurationRule>(
        "maxDuration",
        "Each activity lasts at most the limit of its type.",
        [MaxDays, JustificationWarnsParameter],
        d => Create(LimitsOf(d), d.Get(JustificationWarnsParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="limits">The limits; at most one per type; each at least one day.</param>
    /// <param name="justificationWarns">Whether a justification turns a failure into a warning.</param>
    /// <returns>The rule, or the problems (paths <c>limits[i]</c>).</returns>
    public static ValidationResult<MaxDurationRule> Create(IEnumerable<DurationLimit> limits, bool justificationWarns = true)
    {
        var list = Guard.Against.NullElements(Guard.Against.Null(limits));
        var problems = new ProblemCollector();
        for (var i = 0; i < list.Length; i++)
        {
            problems.Add(MaxDays.RangeProblem(list[i].Days, $"limits[{i}].days", "days"));

            for (var j = 0; j < i; j++)
            {
                if (list[j].Type == list[i].Type)
                {
                    problems.Add(ProblemCodes.Duplicate, $"limits[{i}]", $"{list[i].Type} has more than one limit.");
                    break;
                }
            }
        }

        return problems.Finish(() => new MaxDurationRule([.. list.OrderBy(l => l.Type)], justificationWarns));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        var limit = _byType[(int)request.ActivityType];
        if (limit is null)
        {
            return NotApplicable();
        }

        var dates = request.Dates;
        var unit = limit.WorkingDays ? 1 : 0;
        var duration = !limit.WorkingDays ? dates.DurationInDays
            : dates.Kind == Requests.RequestedDatesKind.Exact ? WorkingDays.Count(dates.EarliestStart, dates.DurationInDays)
            : WorkingDays.Fewest(dates.EarliestStart, dates.EndDay - dates.StartDay + 1, dates.DurationInDays);
        if (duration <= limit.Days)
        {
            return Pass(limit.Days, duration, unit);
        }

        return JustificationWarns && request.Justification is not null ? Warn(limit.Days, duration, unit + 2) : Fail(limit.Days, duration, unit);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected, Unit(outcome));

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual, Unit(outcome));

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass => $"The duration of {DescribeActual(outcome)} is within {DescribeExpected(outcome)}.",
        OutcomeStatus.NotApplicable => "No duration limit applies to this activity type.",
        OutcomeStatus.Warn => $"The duration of {DescribeActual(outcome)} exceeds {DescribeExpected(outcome)}; the justification needs review.",
        _ => $"The duration of {DescribeActual(outcome)} exceeds the limit of {DescribeExpected(outcome)}.",
    };

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) => Remedy.ChangeRequest(
        outcome.Status == OutcomeStatus.Warn
            ? $"Shorten the activity to at most {DescribeExpected(outcome)}; otherwise a person reviews the justification."
            : $"Shorten the activity to at most {DescribeExpected(outcome)}.",
        new RuleParameter("maxDuration", DescribeExpected(outcome)));

    private static string Unit(in RuleOutcome outcome) => (outcome.Evidence.Detail & 1) != 0 ? "working days" : "days";

    /// <summary>The limits a description's <c>maxDays.{type}</c> members give (checked against the declaration already).</summary>
    private static IEnumerable<DurationLimit> LimitsOf(RuleDescription description) =>
        description.Members(MaxDays).Select(m => new DurationLimit(
            Enum.GetValues<ActivityType>().First(t => Wording.Code(t) == m.Key), (int)m.Value.Number!.Value, m.Value.Unit == "working days"));
}
