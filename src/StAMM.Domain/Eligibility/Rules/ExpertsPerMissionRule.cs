using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ACT-EXPERTS-PER-MISSION</c>: an expert mission deploys at most <see cref="MaxExperts"/> experts. Warns otherwise;
/// not applicable to other types or when the request does not say how many.
/// </summary>
/// <remarks>Evidence: expected = the limit; actual = the experts requested. Immutable value.</remarks>
public sealed class ExpertsPerMissionRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ACT-EXPERTS-PER-MISSION";

    private static readonly RuleParameterDeclaration<int> MaxExpertsParameter = RuleParameterDeclaration.WholeNumber("maxExperts", "The most experts per activity.", unit: "experts", minimum: 1);
    private static readonly RuleParameterDeclaration<ImmutableArray<ActivityType>> TypesParameter = RuleParameterDeclaration.Names<ActivityType>("types", "The activity types it applies to.");

    private readonly int _types;

    private ExpertsPerMissionRule(int maxExperts, ImmutableSortedSet<ActivityType> types)
        : base(RuleCode, "Experts per mission", Severity.NeedsReview, RuleStage.Format, Sources.RegioPeer2Peer)
    {
        MaxExperts = maxExperts;
        Types = types;
        _types = RuleMath.Mask(types);
        Parameters = [MaxExpertsParameter.Of(maxExperts), TypesParameter.Of([.. types])];
    }

    /// <summary>The rule with at most 2 experts per expert mission.</summary>
    public static ExpertsPerMissionRule Default { get; } = Create().OrThrow();

    /// <summary>The most experts.</summary>
    public int MaxExperts { get; }

    /// <summary>The activity types the limit applies to.</summary>
    public ImmutableSortedSet<ActivityType> Types { get; }

    /// <summary>The kind <c>expertsPerMission</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<ExpertsPerMissionRule>(
        "expertsPerMission",
        "A mission sends at most the usual number of experts.",
        [MaxExpertsParameter, TypesParameter],
        d => Create(d.Get(MaxExpertsParameter), d.Get(TypesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="maxExperts">The most experts; at least 1.</param>
    /// <param name="types">The types it applies to; expert missions when null.</param>
    /// <returns>The rule, or the problem (path <c>maxExperts</c>).</returns>
    public static ValidationResult<ExpertsPerMissionRule> Create(int maxExperts = 2, IEnumerable<ActivityType>? types = null)
    {
        var list = types is null ? [ActivityType.ExpertMission] : Guard.Against.NullElements(types).ToImmutableSortedSet();
        var problems = new ProblemCollector();
        problems.Add(MaxExpertsParameter.ProblemWith(maxExperts));

        return problems.Finish(() => new ExpertsPerMissionRule(maxExperts, list));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        if ((_types & (1 << (int)request.ActivityType)) == 0 || request.ExpertsRequested is not { } experts)
        {
            return NotApplicable();
        }

        return experts <= MaxExperts ? Pass(MaxExperts, experts) : Warn(MaxExperts, experts);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected, "experts");

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual, "experts");

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.ChangeRequest($"Ask for at most {Wording.Count(MaxExperts, "experts")}; otherwise a person reviews the mission.", new RuleParameter("maxExperts", Parameters[0].Value));
}
