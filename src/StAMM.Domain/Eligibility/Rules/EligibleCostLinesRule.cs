using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>BUD-ELIGIBLE-COST-LINES</c>: every cost line is of an eligible category. A line of a category to review
/// (<see cref="CostCategory.Other"/> by default) warns; any other category (salaries, equipment, scholarships) fails.
/// </summary>
/// <remarks>Evidence: expected = the eligible categories as a bit mask; actual = the offending categories as a bit mask.
/// Immutable value.</remarks>
public sealed class EligibleCostLinesRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "BUD-ELIGIBLE-COST-LINES";

    private static readonly RuleParameterDeclaration<ImmutableArray<CostCategory>> AllowedParameter = RuleParameterDeclaration.Names<CostCategory>("allowed", "The eligible categories.");
    private static readonly RuleParameterDeclaration<ImmutableArray<CostCategory>> ReviewedParameter = RuleParameterDeclaration.Names<CostCategory>("reviewed", "The categories a person reviews.", optional: true);

    private readonly int _allowed;
    private readonly int _reviewed;

    private EligibleCostLinesRule(ImmutableSortedSet<CostCategory> allowed, ImmutableSortedSet<CostCategory> reviewed)
        : base(RuleCode, "Eligible cost lines", Severity.Blocks, RuleStage.Money, Sources.CostLines)
    {
        Allowed = allowed;
        Reviewed = reviewed;
        _allowed = RuleMath.Mask(allowed);
        _reviewed = RuleMath.Mask(reviewed);
        Parameters = [AllowedParameter.Of([.. allowed]), ReviewedParameter.Of([.. reviewed])];
    }

    /// <summary>The rule with travel, accommodation and per diem, expert fees, interpretation and translation, venue and catering.</summary>
    public static EligibleCostLinesRule Default { get; } = Create(
        [CostCategory.Travel, CostCategory.AccommodationAndPerDiem, CostCategory.ExpertFee, CostCategory.InterpretationAndTranslation, CostCategory.VenueAndCatering],
        [CostCategory.Other]).OrThrow();

    /// <summary>The eligible categories.</summary>
    public ImmutableSortedSet<CostCategory> Allowed { get; }

    /// <summary>The categories a person reviews.</summary>
    public ImmutableSortedSet<CostCategory> Reviewed { get; }

    /// <summary>The kind <c>eligibleCostLines</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<EligibleCostLinesRule>(
        "eligibleCostLines",
        "Every cost line is of an eligible category.",
        [AllowedParameter, ReviewedParameter],
        d => Create(d.Get(AllowedParameter), d.Get(ReviewedParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="allowed">The eligible categories; at least one.</param>
    /// <param name="reviewed">The categories to review; none of the eligible ones.</param>
    /// <returns>The rule, or the problems (paths <c>allowed</c>, <c>reviewed</c>).</returns>
    public static ValidationResult<EligibleCostLinesRule> Create(IEnumerable<CostCategory> allowed, IEnumerable<CostCategory>? reviewed = null)
    {
        var a = Guard.Against.NullElements(Guard.Against.Null(allowed)).ToImmutableSortedSet();
        var r = Guard.Against.NullElements(reviewed).ToImmutableSortedSet();
        var problems = new ProblemCollector();
        if (a.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "allowed", "At least one category is eligible.");
        }

        if (a.Overlaps(r))
        {
            problems.Add(ProblemCodes.NotAllowed, "reviewed", "A category is either eligible or reviewed, not both.");
        }

        return problems.Finish(() => new EligibleCostLinesRule(a, r));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var categories = input.Request.CostCategoryMask;
        var ineligible = categories & ~(_allowed | _reviewed);
        if (ineligible != 0)
        {
            return Fail(_allowed, ineligible);
        }

        var reviewed = categories & _reviewed;
        return reviewed != 0 ? Warn(_allowed, reviewed) : Pass(_allowed, 0);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => Parameters[0].Value;

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleMath.Names<CostCategory>(outcome.Evidence.Actual);

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass => "Every cost line is of an eligible category.",
        OutcomeStatus.Warn => $"Cost lines of {DescribeActual(outcome)} need review.",
        _ => $"Cost lines of {DescribeActual(outcome)} are not eligible; eligible are {DescribeExpected(outcome)}.",
    };

    /// <inheritdoc />
    /// <remarks>Removing the lines named passes the rule: after a failure, the remedy names the request's lines to review too.</remarks>
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        var reviewed = request.CostCategoryMask & _reviewed;
        if (outcome.Status == OutcomeStatus.Warn || outcome.Evidence.Actual == 0)
        {
            var review = RuleMath.Names<CostCategory>(outcome.Status == OutcomeStatus.Warn ? outcome.Evidence.Actual : reviewed);
            return Remedy.ChangeRequest(
                $"Put the cost lines of {review} under an eligible category ({DescribeExpected(outcome)}) or remove them; otherwise a person reviews them.",
                new RuleParameter("removeCostLines", review));
        }

        var remove = RuleMath.Names<CostCategory>(outcome.Evidence.Actual | (uint)reviewed);
        var text = reviewed == 0
            ? $"Remove the cost lines of {DescribeActual(outcome)}; eligible are {DescribeExpected(outcome)}."
            : $"Remove the cost lines of {DescribeActual(outcome)}, and put those of {RuleMath.Names<CostCategory>(reviewed)} under an eligible category or remove them; eligible are {DescribeExpected(outcome)}.";
        return Remedy.ChangeRequest(text, new RuleParameter("removeCostLines", remove));
    }
}
