using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>PRJ-ACTIVE-ON-DATES</c>: the project is in an active status, and every requested day lies within the project's
/// period and the configured phase (from <see cref="PhaseStart"/> to <see cref="PhaseEnd"/>, when set).
/// </summary>
/// <remarks>Evidence: detail 1 = status not active (actual = the status); 2 = starts too early (expected = first
/// allowed day, actual = earliest start, as day numbers); 3 = ends too late (expected = last allowed day, actual =
/// latest end). Immutable value.</remarks>
public sealed class ProjectActiveRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "PRJ-ACTIVE-ON-DATES";

    private static readonly RuleParameterDeclaration<LocalDate> PhaseStartParameter = RuleParameterDeclaration.Date("phaseStart", "The first day of the phase.");
    private static readonly RuleParameterDeclaration<LocalDate?> PhaseEndParameter = RuleParameterDeclaration.DateOrText("phaseEnd", "The last day of the phase, or open.", "open", "a phase without an end");
    private static readonly RuleParameterDeclaration<ImmutableArray<ProjectStatus>> ActiveStatusesParameter = RuleParameterDeclaration.Names<ProjectStatus>("activeStatuses", "The project statuses in which requests are accepted.");

    private readonly int _statuses;

    private ProjectActiveRule(LocalDate phaseStart, LocalDate? phaseEnd, ImmutableSortedSet<ProjectStatus> statuses)
        : base(RuleCode, "Project active on the dates", Severity.Blocks, RuleStage.Timing, Sources.ProjectPeriod)
    {
        PhaseStart = phaseStart;
        PhaseEnd = phaseEnd;
        ActiveStatuses = statuses;
        _statuses = RuleMath.Mask(statuses);
        Parameters = [PhaseStartParameter.Of(phaseStart), PhaseEndParameter.Of(phaseEnd), ActiveStatusesParameter.Of([.. statuses])];
    }

    /// <summary>The rule with the phase from 2018-12-01 (StAMM's start month), open-ended, and the project in implementation.</summary>
    public static ProjectActiveRule Default { get; } = Create(new LocalDate(2018, 12, 1)).OrThrow();

    /// <summary>The first day of the phase.</summary>
    public LocalDate PhaseStart { get; }

    /// <summary>The last day of the phase, when set.</summary>
    public LocalDate? PhaseEnd { get; }

    /// <summary>The project statuses in which new activities can take place.</summary>
    public ImmutableSortedSet<ProjectStatus> ActiveStatuses { get; }

    /// <summary>The kind <c>projectActive</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<ProjectActiveRule>(
        "projectActive",
        "The project is active and every requested day lies within its period and the phase.",
        [PhaseStartParameter, PhaseEndParameter, ActiveStatusesParameter],
        d => Create(d.Get(PhaseStartParameter), d.Get(PhaseEndParameter), d.Get(ActiveStatusesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="phaseStart">The first day of the phase.</param>
    /// <param name="phaseEnd">The last day of the phase, if set; not before the start.</param>
    /// <param name="activeStatuses">The active statuses; implementation when null.</param>
    /// <returns>The rule, or the problems (paths <c>phaseEnd</c>, <c>activeStatuses</c>).</returns>
    public static ValidationResult<ProjectActiveRule> Create(LocalDate phaseStart, LocalDate? phaseEnd = null, IEnumerable<ProjectStatus>? activeStatuses = null)
    {
        var statuses = activeStatuses is null ? [ProjectStatus.Implementation] : Guard.Against.NullElements(activeStatuses).ToImmutableSortedSet();
        var problems = new ProblemCollector();
        if (phaseEnd is { } end && end < phaseStart)
        {
            problems.Add(ProblemCodes.EndBeforeStart, "phaseEnd", "The phase cannot end before it starts.");
        }

        if (statuses.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "activeStatuses", "At least one status is active.");
        }

        return problems.Finish(() => new ProjectActiveRule(phaseStart, phaseEnd, statuses));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var project = input.Context.Project;
        if ((_statuses & (1 << (int)project.Status)) == 0)
        {
            return Fail(0, (int)project.Status, 1);
        }

        var dates = input.Request.Dates;
        var first = project.Period.Start.FirstDay;
        if (PhaseStart > first)
        {
            first = PhaseStart;
        }

        var firstDay = first.ToDateOnly().DayNumber;
        if (dates.StartDay < firstDay)
        {
            return Fail(firstDay, dates.StartDay, 2);
        }

        var lastDay = int.MaxValue;
        if (project.Period.End is { } end)
        {
            lastDay = end.LastDay.ToDateOnly().DayNumber;
        }

        if (PhaseEnd is { } phaseEnd)
        {
            lastDay = Math.Min(lastDay, phaseEnd.ToDateOnly().DayNumber);
        }

        return dates.EndDay > lastDay ? Fail(lastDay, dates.EndDay, 3) : Pass(firstDay, dates.StartDay);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => outcome.Evidence.Detail == 1
        ? Parameters[2].Value
        : outcome.Status == OutcomeStatus.NotApplicable ? RuleValue.OfText("n/a") : RuleValue.OfDate(Day(outcome.Evidence.Expected));

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => outcome.Evidence.Detail == 1
        ? RuleMath.NameOf<ProjectStatus>(outcome.Evidence.Actual)
        : RuleValue.OfDate(Day(outcome.Evidence.Actual));

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => (outcome.Status, outcome.Evidence.Detail) switch
    {
        (OutcomeStatus.Pass, _) => "The project is active and the dates lie within its period.",
        (_, 1) => $"The project is {DescribeActual(outcome)}; new activities need {DescribeExpected(outcome)}.",
        (_, 2) => $"The activity would start on {DescribeActual(outcome)}, before the project's period starts ({DescribeExpected(outcome)}).",
        _ => $"The activity would end on {DescribeActual(outcome)}, after the project's period ends ({DescribeExpected(outcome)}).",
    };

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        var expected = DescribeExpected(outcome);
        return (outcome.Status, outcome.Evidence.Detail) switch
        {
            (_, 1) => Remedy.OutsideRequest($"The project must be in {expected} before new activities take place.", new RuleParameter("projectStatuses", expected)),
            (_, 2) => Remedy.ChangeRequest($"Start on or after {expected}, when the project's period starts.", new RuleParameter("startOnOrAfter", expected)),
            (_, 3) => Remedy.ChangeRequest($"End on or before {expected}, when the project's period ends.", new RuleParameter("endOnOrBefore", expected)),
            _ => Remedy.NotNamed("No remedy can be named: the finding names no check of the project."),
        };
    }

    private static LocalDate Day(long dayNumber) => RuleMath.Day(dayNumber) ?? LocalDate.MaxIsoValue;
}
