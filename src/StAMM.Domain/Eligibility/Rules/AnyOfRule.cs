using System.Collections.Immutable;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>Met when at least one child is met: passes when a child passes, warns when none passes but one warns, fails when all that apply fail; not applicable when no child applies.</summary>
/// <remarks>Immutable value.</remarks>
public sealed class AnyOfRule : CompositeRule
{
    /// <summary>The kind <c>anyOf</c>: a composite, whose header and children the document gives.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Composite<AnyOfRule>("anyOf", "Met when some child is met.", d => Create(d.Code, d.Title, d.Severity, d.Stage, d.Source, d.Children));

    private AnyOfRule(string code, string title, Severity severity, RuleStage stage, SourceReference source, ImmutableArray<EligibilityRule> children)
        : base(code, title, severity, stage, source, children)
    {
    }

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="code">Its code.</param>
    /// <param name="title">Its title.</param>
    /// <param name="severity">Its severity.</param>
    /// <param name="stage">Its stage.</param>
    /// <param name="source">The practice it mirrors.</param>
    /// <param name="children">1 to 31 rules with distinct codes.</param>
    /// <returns>The rule, or the problems (paths <c>code</c>, <c>title</c>, <c>children</c>).</returns>
    public static ValidationResult<AnyOfRule> Create(string? code, string? title, Severity severity, RuleStage stage, SourceReference source, IEnumerable<EligibilityRule> children)
    {
        var problems = new ProblemCollector();
        var list = Check(problems, code, title, children);
        return problems.Finish(() => new AnyOfRule(code!, title!.Trim(), severity, stage, source, list));
    }

    private protected override OutcomeStatus Combine(int pass, int warn, int fail) => pass > 0 ? OutcomeStatus.Pass : warn > 0 ? OutcomeStatus.Warn : fail > 0 ? OutcomeStatus.Fail : OutcomeStatus.NotApplicable;
}
