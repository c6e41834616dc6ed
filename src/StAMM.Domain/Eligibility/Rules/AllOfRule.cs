using System.Collections.Immutable;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>Met when every child is met: fails when a child fails, warns when a child warns, passes otherwise; not applicable when no child applies.</summary>
/// <remarks>Immutable value.</remarks>
public sealed class AllOfRule : CompositeRule
{
    /// <summary>The kind <c>allOf</c>: a composite, whose header and children the document gives.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Composite<AllOfRule>("allOf", "Met when every child is met.", d => Create(d.Code, d.Title, d.Severity, d.Stage, d.Source, d.Children));

    private AllOfRule(string code, string title, Severity severity, RuleStage stage, SourceReference source, ImmutableArray<EligibilityRule> children)
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
    public static ValidationResult<AllOfRule> Create(string? code, string? title, Severity severity, RuleStage stage, SourceReference source, IEnumerable<EligibilityRule> children)
    {
        var problems = new ProblemCollector();
        var list = Check(problems, code, title, children);
        return problems.Finish(() => new AllOfRule(code!, title!.Trim(), severity, stage, source, list));
    }

    private protected override OutcomeStatus Combine(int pass, int warn, int fail) => fail > 0 ? OutcomeStatus.Fail : warn > 0 ? OutcomeStatus.Warn : pass > 0 ? OutcomeStatus.Pass : OutcomeStatus.NotApplicable;
}
