using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ACT-TYPE-ALLOWED</c>: the requested activity type is a short-term technical-assistance format. Equipment supply,
/// scholarships and stand-alone conferences are not, by default.
/// </summary>
/// <remarks>Evidence: expected = the allowed types as a bit mask; actual = the requested type. Immutable value.</remarks>
public sealed class ActivityTypeAllowedRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ACT-TYPE-ALLOWED";

    private static readonly RuleParameterDeclaration<ImmutableArray<ActivityType>> TypesParameter = RuleParameterDeclaration.Names<ActivityType>("types", "The allowed activity types.");

    private readonly int _mask;

    private ActivityTypeAllowedRule(ImmutableSortedSet<ActivityType> types)
        : base(RuleCode, "Short-term technical-assistance format", Severity.Blocks, RuleStage.Scope, Sources.Formats)
    {
        Types = types;
        _mask = RuleMath.Mask(types);
        Parameters = [TypesParameter.Of([.. types])];
    }

    /// <summary>The rule with the seven short-term formats.</summary>
    public static ActivityTypeAllowedRule Default { get; } = Create(
        [ActivityType.Training, ActivityType.Workshop, ActivityType.ExpertMission, ActivityType.StudyVisit,
         ActivityType.Assessment, ActivityType.PeerReview, ActivityType.PolicySupport]).OrThrow();

    /// <summary>The allowed types.</summary>
    public ImmutableSortedSet<ActivityType> Types { get; }

    /// <summary>The kind <c>activityTypeAllowed</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<ActivityTypeAllowedRule>(
        "activityTypeAllowed",
        "Every activity asked for is of an allowed short-term format.",
        [TypesParameter],
        d => Create(d.Get(TypesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="types">The allowed types; at least one.</param>
    /// <returns>The rule, or the problem (path <c>types</c>).</returns>
    public static ValidationResult<ActivityTypeAllowedRule> Create(IEnumerable<ActivityType> types)
    {
        var list = Guard.Against.NullElements(Guard.Against.Null(types)).ToImmutableSortedSet();
        var problems = new ProblemCollector();
        if (list.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "types", "At least one type is allowed.");
        }

        return problems.Finish(() => new ActivityTypeAllowedRule(list));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var type = (int)input.Request.ActivityType;
        return (_mask & (1 << type)) != 0 ? Pass(_mask, type) : Fail(_mask, type);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => Parameters[0].Value;

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleMath.NameOf<ActivityType>(outcome.Evidence.Actual);

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
        ? $"The format ({DescribeActual(outcome)}) is a short-term technical-assistance format."
        : $"The format ({DescribeActual(outcome)}) is not a short-term technical-assistance format; allowed are {DescribeExpected(outcome)}.";

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.ChangeRequest($"Ask for one of the allowed formats: {Parameters[0].Value}.", new RuleParameter("activityTypes", Parameters[0].Value));
}
