using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>REQ-THEME-IN-MANDATE</c>: at least one of the request's themes is in the project's mandate (asylum, migration,
/// borders, trafficking, development, data, horizontal support, reception). ICMPD's generic tags alone do not suffice.
/// </summary>
/// <remarks>Evidence: expected = the mandate as a bit mask; actual = the request's themes as a bit mask. Immutable value.</remarks>
public sealed class ThemeInMandateRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "REQ-THEME-IN-MANDATE";

    private static readonly RuleParameterDeclaration<ImmutableArray<ThematicArea>> ThemesParameter = RuleParameterDeclaration.Names<ThematicArea>("themes", "The themes of the mandate.");

    private readonly int _mask;

    private ThemeInMandateRule(ImmutableSortedSet<ThematicArea> themes)
        : base(RuleCode, "Theme within the mandate", Severity.Blocks, RuleStage.Scope, Sources.Themes)
    {
        Themes = themes;
        _mask = RuleMath.Mask(themes);
        Parameters = [ThemesParameter.Of([.. themes])];
    }

    /// <summary>The rule with StAMM's migration themes.</summary>
    public static ThemeInMandateRule Default { get; } = Create(
        [ThematicArea.Asylum, ThematicArea.LegalMigrationAndMobility, ThematicArea.IrregularMigrationAndReturn, ThematicArea.BorderManagement,
         ThematicArea.TraffickingAndSmuggling, ThematicArea.MigrationAndDevelopment, ThematicArea.MigrationDataAndAnalysis,
         ThematicArea.Horizontal, ThematicArea.Reception]).OrThrow();

    /// <summary>The themes in the mandate.</summary>
    public ImmutableSortedSet<ThematicArea> Themes { get; }

    /// <summary>The kind <c>themeInMandate</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<ThemeInMandateRule>(
        "themeInMandate",
        "At least one of the request's themes is in the mandate.",
        [ThemesParameter],
        d => Create(d.Get(ThemesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="themes">The themes in the mandate; at least one.</param>
    /// <returns>The rule, or the problem (path <c>themes</c>).</returns>
    public static ValidationResult<ThemeInMandateRule> Create(IEnumerable<ThematicArea> themes)
    {
        var list = Guard.Against.NullElements(Guard.Against.Null(themes)).ToImmutableSortedSet();
        var problems = new ProblemCollector();
        if (list.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "themes", "A mandate has at least one theme.");
        }

        return problems.Finish(() => new ThemeInMandateRule(list));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var themes = input.Request.ThemeMask;
        return (themes & _mask) != 0 ? Pass(_mask, themes) : Fail(_mask, themes);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => Parameters[0].Value;

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleMath.Names<ThematicArea>(outcome.Evidence.Actual);

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
        ? $"The themes ({DescribeActual(outcome)}) are within the mandate."
        : $"None of the themes ({DescribeActual(outcome)}) is within the mandate ({DescribeExpected(outcome)}).";

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.ChangeRequest($"Name at least one theme of the mandate: {Parameters[0].Value}.", new RuleParameter("themes", Parameters[0].Value));
}
