using System.Globalization;
using System.Text;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime.Text;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Testing;

/// <summary>
/// FluentAssertions assertions on an eligibility <see cref="Decision"/>: its kind, the rules that made it, and the
/// outcome of one rule. Every failure message prints the decision's trace: each rule with its stage, status,
/// severity and explanation, so a failing test shows why the evaluator decided as it did.
/// </summary>
/// <remarks>
/// <para>Get one with <c>decision.Should()</c> (see <see cref="DecisionAssertionExtensions"/>).</para>
/// <para>The rules a decision is "because of" are its <em>reasons</em>: for an ineligible decision, the rules of
/// severity <see cref="Severity.Blocks"/> that failed; for a decision that needs review, the rules not
/// <see cref="Severity.Advisory"/> that failed or warned. Advisory findings never count as reasons; check them with
/// <see cref="HaveFindingsExactly(string[])"/> or <see cref="HaveOutcome(string, OutcomeStatus, string, object[])"/>.</para>
/// </remarks>
public sealed class DecisionAssertions : ReferenceTypeAssertions<Decision, DecisionAssertions>
{
    /// <summary>Creates the assertions for a decision.</summary>
    /// <param name="subject">The decision under test.</param>
    public DecisionAssertions(Decision subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "decision";

    /// <summary>Asserts that the request is eligible: no rule that blocks or asks for review found anything.</summary>
    /// <param name="because">A phrase that says why the assertion is needed.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining.</returns>
    public AndConstraint<DecisionAssertions> BeEligible(string because = "", params object[] becauseArgs) =>
        HaveKind(DecisionKind.Eligible, "eligible", because, becauseArgs);

    /// <summary>Asserts that the request is ineligible, for whatever reasons.</summary>
    /// <param name="because">A phrase that says why the assertion is needed.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining.</returns>
    public AndConstraint<DecisionAssertions> BeIneligible(string because = "", params object[] becauseArgs) =>
        HaveKind(DecisionKind.Ineligible, "ineligible", because, becauseArgs);

    /// <summary>
    /// Asserts that the request is ineligible because of exactly these rules: the blocking rules that failed are
    /// these, in any order. Rules that only warned or ask for review may have found something too.
    /// </summary>
    /// <param name="codes">The codes of the blocking rules that failed, such as <c>ACT-LEAD-TIME</c>; at least one.</param>
    /// <returns>A constraint for chaining.</returns>
    /// <exception cref="ArgumentException">No code is given: use <see cref="BeIneligible"/> for that.</exception>
    public AndConstraint<DecisionAssertions> BeIneligibleBecause(params string[] codes) =>
        HaveReasons(DecisionKind.Ineligible, "ineligible", codes, nameof(BeIneligible));

    /// <summary>Asserts that the request needs review by the project team, for whatever reasons.</summary>
    /// <param name="because">A phrase that says why the assertion is needed.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining.</returns>
    public AndConstraint<DecisionAssertions> NeedReview(string because = "", params object[] becauseArgs) =>
        HaveKind(DecisionKind.NeedsReview, "to need review", because, becauseArgs);

    /// <summary>
    /// Asserts that the request needs review because of exactly these rules: the rules, not advisory, that failed or
    /// warned are these, in any order.
    /// </summary>
    /// <param name="codes">The codes of the rules, such as <c>ACT-LEAD-TIME</c>; at least one.</param>
    /// <returns>A constraint for chaining.</returns>
    /// <exception cref="ArgumentException">No code is given: use <see cref="NeedReview"/> for that.</exception>
    public AndConstraint<DecisionAssertions> NeedReviewFor(params string[] codes) =>
        HaveReasons(DecisionKind.NeedsReview, "to need review", codes, nameof(NeedReview));

    /// <summary>Asserts that the rule with the given code was evaluated and came out with the given status.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="status">The expected status.</param>
    /// <param name="because">A phrase that says why the assertion is needed.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the rule's outcome, for checking its evidence or message.</returns>
    public AndWhichConstraint<DecisionAssertions, RuleOutcome> HaveOutcome(string code, OutcomeStatus status, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(code);
        var outcome = Subject?.Case.OutcomeOf(code);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(outcome is { } o && o.Status == status)
            .FailWith(
                "Expected {context:decision} to have rule {0} {1}{reason}, but {2}",
                new Verbatim(code),
                new Verbatim(status.ToString()),
                new Verbatim(outcome is { } found ? $"it was {found.Status}. {Trace(Subject)}" : $"the rule was not evaluated. {Trace(Subject)}"));
        return new AndWhichConstraint<DecisionAssertions, RuleOutcome>(this, outcome ?? default);
    }

    /// <summary>
    /// Asserts that the rules that found something (failed or warned, of any severity, advisory included) are exactly
    /// these, in any order; none for a request that every rule passes or that no rule applies to.
    /// </summary>
    /// <param name="codes">The codes of the rules.</param>
    /// <returns>A constraint for chaining.</returns>
    public AndConstraint<DecisionAssertions> HaveFindingsExactly(params string[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var actual = Subject?.Case.Findings.Select(o => o.Code).ToArray() ?? [];
        Execute.Assertion
            .ForCondition(Subject is not null && SameCodes(actual, codes))
            .FailWith(
                "Expected {context:decision} to have findings of exactly {0}, but {1}",
                new Verbatim(List(codes)),
                new Verbatim(Subject is null ? "found <null>." : $"it has findings of {List(actual)}. {Trace(Subject)}"));
        return new AndConstraint<DecisionAssertions>(this);
    }

    /// <summary>The decision's trace for a failure message: its kind, request, rule set and day, then every rule's outcome, one a line.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The text.</returns>
    internal static string Trace(Decision? decision)
    {
        if (decision is null)
        {
            return "<null>";
        }

        var c = decision.Case;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The trace of {c.Kind} for {c.Request.Identifier} by {c.RuleSetName} {c.RuleSetVersion} on {LocalDatePattern.Iso.Format(c.EvaluatedOn)}:");
        foreach (var outcome in c.Outcomes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  - {outcome.Code} {outcome.Status} ({outcome.Stage}, {Describe(outcome.Severity)}): {outcome.Message}");
        }

        return text.ToString();
    }

    private static string Describe(Severity severity) => severity switch
    {
        Severity.Blocks => "blocks",
        Severity.NeedsReview => "needs review",
        _ => "advisory",
    };

    private static string[] Reasons(Decision decision) =>
    [
        .. decision.Outcomes
            .Where(o => decision.Kind == DecisionKind.Ineligible
                ? o.Status == OutcomeStatus.Fail && o.Severity == Severity.Blocks
                : o.IsFinding && o.Severity != Severity.Advisory)
            .Select(o => o.Code),
    ];

    private static bool SameCodes(string[] actual, string[] expected) =>
        actual.Length == expected.Length && actual.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string List(string[] codes) => codes.Length == 0 ? "none" : string.Join(", ", codes);

    private AndConstraint<DecisionAssertions> HaveKind(DecisionKind kind, string wanted, string because, object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject?.Kind == kind)
            .FailWith(
                "Expected {context:decision} {0}{reason}, but {1}",
                new Verbatim(wanted.StartsWith("to ", StringComparison.Ordinal) ? wanted : "to be " + wanted),
                new Verbatim(Subject is null ? "found <null>." : $"it was {Subject.Kind}. {Trace(Subject)}"));
        return new AndConstraint<DecisionAssertions>(this);
    }

    private AndConstraint<DecisionAssertions> HaveReasons(DecisionKind kind, string wanted, string[] codes, string withoutCodes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Length == 0)
        {
            throw new ArgumentException($"Name at least one rule code; to expect the decision without naming its reasons, use {withoutCodes}().", nameof(codes));
        }

        var reasons = Subject is null ? [] : Reasons(Subject);
        Execute.Assertion
            .ForCondition(Subject?.Kind == kind && SameCodes(reasons, codes))
            .FailWith(
                "Expected {context:decision} {0} because of {1}, but {2}",
                new Verbatim(wanted.StartsWith("to ", StringComparison.Ordinal) ? wanted : "to be " + wanted),
                new Verbatim(List(codes)),
                new Verbatim(Subject is null ? "found <null>." : $"it was {Subject.Kind} because of {List(Subject.Kind == DecisionKind.Eligible ? [] : reasons)}. {Trace(Subject)}"));
        return new AndConstraint<DecisionAssertions>(this);
    }
}
