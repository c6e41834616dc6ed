using System.Collections.Immutable;
using StAMM.Domain.Activities;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ACT-STUDYVISIT-PARTICIPANTS</c>: a study-visit delegation has at most <see cref="MaxDelegation"/> members; up to
/// <see cref="MaxWithJustification"/> with a justification (a warning); more fails. Not applicable to other types or
/// when the count is not given.
/// </summary>
/// <remarks>Evidence: expected = the limit crossed; actual = the delegation size. Immutable value.</remarks>
public sealed class StudyVisitDelegationRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ACT-STUDYVISIT-PARTICIPANTS";

    private static readonly RuleParameterDeclaration<int> MaxDelegationParameter = RuleParameterDeclaration.WholeNumber("maxDelegation", "The most participants without a justification.", unit: "participants", minimum: 1);
    private static readonly RuleParameterDeclaration<int> MaxWithJustificationParameter = RuleParameterDeclaration.WholeNumber("maxWithJustification", "The most participants with a justification.", unit: "participants");

    private StudyVisitDelegationRule(int maxDelegation, int maxWithJustification)
        : base(RuleCode, "Study-visit delegation size", Severity.Blocks, RuleStage.Format, Sources.RegioPeer2Peer)
    {
        MaxDelegation = maxDelegation;
        MaxWithJustification = maxWithJustification;
        Parameters = [MaxDelegationParameter.Of(maxDelegation), MaxWithJustificationParameter.Of(maxWithJustification)];
    }

    /// <summary>The rule with at most 3 participants, or 5 with a justification.</summary>
    public static StudyVisitDelegationRule Default { get; } = Create().OrThrow();

    /// <summary>The usual most participants.</summary>
    public int MaxDelegation { get; }

    /// <summary>The most participants with a justification.</summary>
    public int MaxWithJustification { get; }

    /// <summary>The kind <c>studyVisitDelegation</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<StudyVisitDelegationRule>(
        "studyVisitDelegation",
        "A study visit's delegation is small.",
        [MaxDelegationParameter, MaxWithJustificationParameter],
        d => Create(d.Get(MaxDelegationParameter), d.Get(MaxWithJustificationParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="maxDelegation">The usual limit; at least 1.</param>
    /// <param name="maxWithJustification">The limit with a justification; at least <paramref name="maxDelegation"/>.</param>
    /// <returns>The rule, or the problems.</returns>
    public static ValidationResult<StudyVisitDelegationRule> Create(int maxDelegation = 3, int maxWithJustification = 5)
    {
        var problems = new ProblemCollector();
        problems.Add(MaxDelegationParameter.ProblemWith(maxDelegation));

        if (maxWithJustification < maxDelegation)
        {
            problems.Add(ProblemCodes.OutOfRange, "maxWithJustification", $"At least the usual limit ({maxDelegation}); {maxWithJustification} was given.");
        }

        return problems.Finish(() => new StudyVisitDelegationRule(maxDelegation, maxWithJustification));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        if (request.ActivityType != ActivityType.StudyVisit || request.Participants.Count is not { } size)
        {
            return NotApplicable();
        }

        if (size <= MaxDelegation)
        {
            return Pass(MaxDelegation, size);
        }

        return size <= MaxWithJustification && request.Justification is not null ? Warn(MaxDelegation, size) : Fail(MaxWithJustification, size);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected, "participants");

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual, "participants");

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        var usual = Wording.Count(MaxDelegation, "participants");
        var justified = Wording.Count(MaxWithJustification, "participants");
        var text = outcome.Status == OutcomeStatus.Warn
            ? $"Send at most {usual}; otherwise a person reviews the justification."
            : outcome.Evidence.Actual <= MaxWithJustification && request.Justification is null
                ? $"Send at most {usual}, or attach a justification for up to {justified} (a person then reviews it)."
                : $"Send at most {usual} (up to {justified} with a justification, which a person reviews).";
        return Remedy.ChangeRequest(text, new RuleParameter("maxParticipants", Parameters[0].Value), new RuleParameter("maxWithJustification", Parameters[1].Value));
    }
}
