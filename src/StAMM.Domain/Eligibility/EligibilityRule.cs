using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// An eligibility rule: an immutable, parameterised value with a stable <see cref="Code"/>, a <see cref="Title"/>,
/// a <see cref="Severity"/>, an evaluation <see cref="Stage"/> and the <see cref="Source"/> practice it mirrors.
/// </summary>
/// <remarks>
/// <para>The built-in rules live in the <c>StAMM.Domain.Eligibility.Rules</c> namespace. To write your own, derive from this class: give the header to
/// the constructor, return a <see cref="Kind"/> discriminator and your <see cref="Parameters"/>, and implement
/// <see cref="Evaluate"/> with <see cref="Pass"/>, <see cref="Warn"/>, <see cref="Fail"/> or
/// <see cref="NotApplicable"/>. Your outcomes then appear in every trace like the built-in ones; override
/// <see cref="DescribeExpected"/>, <see cref="DescribeActual"/> and <see cref="Explain"/> to say what your evidence numbers mean,
/// and <see cref="DescribeRemedy"/> to say what would satisfy your rule.</para>
/// <para>The explanation methods must accept any evidence without throwing: an outcome can be built with any
/// <see cref="Eligibility.Evidence"/> through its public constructor.</para>
/// <para><see cref="Evaluate"/> must be pure and thread-safe: the evaluator calls it from many threads at once. To
/// stay fast, record numbers in the <see cref="Evidence"/> and format text only in <see cref="Explain"/>.</para>
/// </remarks>
public abstract class EligibilityRule : IEquatable<EligibilityRule>
{
    /// <summary>Creates the rule's header.</summary>
    /// <param name="code">The stable code: upper-case letters, digits and hyphens, such as <c>ACT-LEAD-TIME</c>.</param>
    /// <param name="title">A short title.</param>
    /// <param name="severity">What a finding does to the decision.</param>
    /// <param name="stage">When it runs.</param>
    /// <param name="source">The practice it mirrors.</param>
    /// <exception cref="ArgumentException">The code has another form, the title is blank, or an enum value is not defined.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    protected EligibilityRule(string code, string title, Severity severity, RuleStage stage, SourceReference source)
    {
        Guard.Against.NullOrWhiteSpace(code);
        if (!IsCode(code))
        {
            throw new ArgumentException($"A rule code holds upper-case letters, digits and '-'; '{code}' does not.", nameof(code));
        }

        Code = code;
        Title = Guard.Against.NullOrWhiteSpace(title);
        Severity = Guard.Against.EnumOutOfRange(severity);
        Stage = Guard.Against.EnumOutOfRange(stage);
        Source = Guard.Against.Null(source);
    }

    /// <summary>The stable code, such as <c>ACT-LEAD-TIME</c>. It never changes meaning once released.</summary>
    public string Code { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>What a finding does to the decision.</summary>
    public Severity Severity { get; }

    /// <summary>When the rule runs.</summary>
    public RuleStage Stage { get; }

    /// <summary>The practice the rule mirrors.</summary>
    public SourceReference Source { get; }

    /// <summary>The rule type's discriminator for serialisation, such as <c>leadTime</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The parameters, in a fixed order, as named values.</summary>
    public abstract ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Evaluates the rule on one request.</summary>
    /// <param name="input">The request, its context and the date of evaluation.</param>
    /// <returns>The outcome.</returns>
    public abstract RuleOutcome Evaluate(in EvaluationInput input);

    /// <summary>Describes the expected value of an outcome of this rule. By default the evidence's expected number.</summary>
    /// <param name="outcome">An outcome of this rule.</param>
    /// <returns>The value.</returns>
    public virtual RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected);

    /// <summary>Describes the actual value of an outcome of this rule. By default the evidence's actual number.</summary>
    /// <param name="outcome">An outcome of this rule.</param>
    /// <returns>The value.</returns>
    public virtual RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual);

    /// <summary>Explains an outcome of this rule in a sentence. By default the title with the expected and actual values.</summary>
    /// <param name="outcome">An outcome of this rule.</param>
    /// <returns>The sentence.</returns>
    public virtual string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass => $"{Title}: met ({DescribeActual(outcome)}).",
        OutcomeStatus.NotApplicable => $"{Title}: does not apply to this request.",
        _ => $"{Title}: expected {DescribeExpected(outcome)}, found {DescribeActual(outcome)}.",
    };

    /// <summary>
    /// Describes what would satisfy this rule after a finding (a <see cref="OutcomeStatus.Warn"/> or
    /// <see cref="OutcomeStatus.Fail"/>), derived from the rule's parameters, the outcome's evidence and the request.
    /// By default a <see cref="RemedyKind.NotNamed"/> remedy that says no remedy can be named.
    /// </summary>
    /// <param name="outcome">An outcome of this rule.</param>
    /// <param name="request">The request it was found on.</param>
    /// <returns>The remedy.</returns>
    public virtual Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.NotNamed($"No remedy can be named: the rule {Code} does not say what would satisfy it.");

    /// <summary>
    /// Rules are values: two rules are equal when they are of the same type and have the same header and parameters.
    /// </summary>
    /// <param name="other">Another rule.</param>
    /// <returns>Whether equal.</returns>
    public bool Equals(EligibilityRule? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (GetType() == other.GetType() && Kind == other.Kind && Code == other.Code && Title == other.Title && Severity == other.Severity
                && Stage == other.Stage && Source == other.Source && Parameters.SequenceEqual(other.Parameters)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EligibilityRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Code, Parameters.Length);

    /// <summary>Returns the code and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code}: {Title}";

    /// <summary>Tells whether a text has the form of a rule code: upper-case letters, digits and hyphens.</summary>
    /// <param name="code">A text.</param>
    /// <returns><see langword="true"/> when it has.</returns>
    internal static bool IsCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An outcome that passes.</summary>
    /// <param name="expected">The expected value, in this rule's unit.</param>
    /// <param name="actual">The actual value, in this rule's unit.</param>
    /// <param name="detail">A rule-specific detail.</param>
    /// <returns>The outcome.</returns>
    protected RuleOutcome Pass(long expected = 0, long actual = 0, int detail = 0) => new(this, OutcomeStatus.Pass, expected, actual, detail);

    /// <summary>An outcome that warns: a justification or a person's decision is needed.</summary>
    /// <param name="expected">The expected value, in this rule's unit.</param>
    /// <param name="actual">The actual value, in this rule's unit.</param>
    /// <param name="detail">A rule-specific detail.</param>
    /// <returns>The outcome.</returns>
    protected RuleOutcome Warn(long expected = 0, long actual = 0, int detail = 0) => new(this, OutcomeStatus.Warn, expected, actual, detail);

    /// <summary>An outcome that fails.</summary>
    /// <param name="expected">The expected value, in this rule's unit.</param>
    /// <param name="actual">The actual value, in this rule's unit.</param>
    /// <param name="detail">A rule-specific detail.</param>
    /// <returns>The outcome.</returns>
    protected RuleOutcome Fail(long expected = 0, long actual = 0, int detail = 0) => new(this, OutcomeStatus.Fail, expected, actual, detail);

    /// <summary>An outcome saying the rule does not concern the request.</summary>
    /// <param name="detail">A rule-specific detail.</param>
    /// <returns>The outcome.</returns>
    protected RuleOutcome NotApplicable(int detail = 0) => new(this, OutcomeStatus.NotApplicable, 0, 0, detail);
}
