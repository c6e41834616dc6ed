using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ACT-WORKSHOP-MIN-PARTICIPANTS</c>: workshops and trainings reach at least <see cref="MinParticipants"/> people.
/// Warns otherwise; not applicable to other types or when the count is not given.
/// </summary>
/// <remarks>Evidence: expected = the minimum; actual = the expected participants. Immutable value.</remarks>
public sealed class MinimumParticipantsRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ACT-WORKSHOP-MIN-PARTICIPANTS";

    private static readonly RuleParameterDeclaration<int> MinParticipantsParameter = RuleParameterDeclaration.WholeNumber("minParticipants", "The fewest participants.", unit: "participants", minimum: 1);
    private static readonly RuleParameterDeclaration<ImmutableArray<ActivityType>> TypesParameter = RuleParameterDeclaration.Names<ActivityType>("types", "The activity types it applies to.");

    private readonly int _types;

    private MinimumParticipantsRule(int minParticipants, ImmutableSortedSet<ActivityType> types)
        : base(RuleCode, "Minimum participants of workshops and trainings", Severity.NeedsReview, RuleStage.Format, Sources.RegioPeer2Peer)
    {
        MinParticipants = minParticipants;
        Types = types;
        _types = RuleMath.Mask(types);
        Parameters = [MinParticipantsParameter.Of(minParticipants), TypesParameter.Of([.. types])];
    }

    /// <summary>The rule with at least 15 participants for workshops and trainings.</summary>
    public static MinimumParticipantsRule Default { get; } = Create().OrThrow();

    /// <summary>The fewest participants.</summary>
    public int MinParticipants { get; }

    /// <summary>The activity types it applies to.</summary>
    public ImmutableSortedSet<ActivityType> Types { get; }

    /// <summary>The kind <c>minimumParticipants</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<MinimumParticipantsRule>(
        "minimumParticipants",
        "A workshop or training reaches a wide enough audience.",
        [MinParticipantsParameter, TypesParameter],
        d => Create(d.Get(MinParticipantsParameter), d.Get(TypesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="minParticipants">The fewest participants; at least 1.</param>
    /// <param name="types">The types it applies to; workshops and trainings when null.</param>
    /// <returns>The rule, or the problem (path <c>minParticipants</c>).</returns>
    public static ValidationResult<MinimumParticipantsRule> Create(int minParticipants = 15, IEnumerable<ActivityType>? types = null)
    {
        var list = types is null ? [ActivityType.Training, ActivityType.Workshop] : Guard.Against.NullElements(types).ToImmutableSortedSet();
        var problems = new ProblemCollector();
        problems.Add(MinParticipantsParameter.ProblemWith(minParticipants));

        return problems.Finish(() => new MinimumParticipantsRule(minParticipants, list));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        if ((_types & (1 << (int)request.ActivityType)) == 0 || request.Participants.Count is not { } count)
        {
            return NotApplicable();
        }

        return count >= MinParticipants ? Pass(MinParticipants, count) : Warn(MinParticipants, count);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected, "participants");

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual, "participants");

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.ChangeRequest($"Reach at least {Wording.Count(MinParticipants, "participants")}; otherwise a person reviews the audience.", new RuleParameter("minParticipants", Parameters[0].Value));
}
