using System.Collections.Immutable;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// Met when its one child is not: fails when the child passes, passes when it fails, warns when it warns, and does not
/// apply when the child does not.
/// </summary>
/// <remarks>Immutable value.</remarks>
public sealed class NotRule : CompositeRule
{
    /// <summary>The kind <c>not</c>: a composite, whose header and children the document gives.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Composite<NotRule>("not", "Met when its one child is not.", d => d.Children.Length == 1 ? Create(d.Code, d.Title, d.Severity, d.Stage, d.Source, d.Children[0]) : new ValidationFailure(ProblemCodes.OutOfRange, "children", $"A 'not' rule has exactly one child; {d.Children.Length} were given."));

    private NotRule(string code, string title, Severity severity, RuleStage stage, SourceReference source, ImmutableArray<EligibilityRule> children)
        : base(code, title, severity, stage, source, children)
    {
    }

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <summary>The negated rule.</summary>
    public EligibilityRule Child => Children[0];

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="code">Its code.</param>
    /// <param name="title">Its title.</param>
    /// <param name="severity">Its severity.</param>
    /// <param name="stage">Its stage.</param>
    /// <param name="source">The practice it mirrors.</param>
    /// <param name="child">The negated rule.</param>
    /// <returns>The rule, or the problems (paths <c>code</c>, <c>title</c>).</returns>
    public static ValidationResult<NotRule> Create(string? code, string? title, Severity severity, RuleStage stage, SourceReference source, EligibilityRule child)
    {
        var problems = new ProblemCollector();
        var list = Check(problems, code, title, [child]);
        return problems.Finish(() => new NotRule(code!, title!.Trim(), severity, stage, source, list));
    }

    private protected override OutcomeStatus Combine(int pass, int warn, int fail) =>
        pass > 0 ? OutcomeStatus.Fail : fail > 0 ? OutcomeStatus.Pass : warn > 0 ? OutcomeStatus.Warn : OutcomeStatus.NotApplicable;
}
