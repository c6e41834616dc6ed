using Ardalis.GuardClauses;
using StAMM.Domain.Finance;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// What one rule found about one request: the rule, the status, the evidence and, when amounts in two currencies were
/// compared, the exchange rate used. The code, severity, stage, expected and actual values and the message are derived
/// from these on demand.
/// </summary>
/// <remarks>A compact readonly struct (two references, three numbers and a status): a trace of two dozen outcomes is
/// one small array. Equality by rule (the same instance, or an equal rule, such as one read back from JSON), status,
/// evidence and exchange rate.</remarks>
public readonly struct RuleOutcome : IEquatable<RuleOutcome>
{
    private readonly EligibilityRule? _rule;
    private readonly long _expected;
    private readonly long _actual;
    private readonly int _detail;
    private readonly ExchangeRate? _exchangeRate;

    /// <summary>Creates an outcome.</summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="status">What it found.</param>
    /// <param name="evidence">The facts behind it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not defined.</exception>
    public RuleOutcome(EligibilityRule rule, OutcomeStatus status, Evidence evidence)
        : this(rule, status, evidence, null)
    {
    }

    /// <summary>Creates an outcome that compared amounts in two currencies at a given rate.</summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="status">What it found.</param>
    /// <param name="evidence">The facts behind it.</param>
    /// <param name="exchangeRate">The rate used, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not defined.</exception>
    public RuleOutcome(EligibilityRule rule, OutcomeStatus status, Evidence evidence, ExchangeRate? exchangeRate)
    {
        _rule = Guard.Against.Null(rule);
        Status = status is >= OutcomeStatus.Pass and <= OutcomeStatus.NotApplicable
            ? status
            : throw new ArgumentException($"{status} is not an outcome status.", nameof(status));
        _expected = evidence.Expected;
        _actual = evidence.Actual;
        _detail = evidence.Detail;
        _exchangeRate = exchangeRate;
    }

    /// <summary>Creates an outcome from trusted parts (built-in rules); no checks.</summary>
    internal RuleOutcome(EligibilityRule rule, OutcomeStatus status, long expected, long actual, int detail, ExchangeRate? exchangeRate = null)
    {
        _rule = rule;
        Status = status;
        _expected = expected;
        _actual = actual;
        _detail = detail;
        _exchangeRate = exchangeRate;
    }

    /// <summary>The rule.</summary>
    /// <exception cref="InvalidOperationException">The outcome is <see langword="default"/>: it has no rule.</exception>
    public EligibilityRule Rule => _rule ?? throw new InvalidOperationException(
        "This RuleOutcome is default and has no rule; outcomes come from a rule's Evaluate (Pass, Warn, Fail or NotApplicable).");

    /// <summary>What the rule found.</summary>
    public OutcomeStatus Status { get; }

    /// <summary>The facts behind the outcome.</summary>
    public Evidence Evidence => new(_expected, _actual, _detail);

    /// <summary>The exchange rate the rule compared amounts in two currencies with, if it used one.</summary>
    public ExchangeRate? ExchangeRate => _exchangeRate;

    /// <summary>The rule's stable code.</summary>
    public string Code => Rule.Code;

    /// <summary>The rule's severity.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary>The rule's stage.</summary>
    public RuleStage Stage => Rule.Stage;

    /// <summary>The expected value, as the rule describes it; <see cref="RuleValue.Unknown"/> when the rule did not
    /// apply (it measured nothing, so no number stands for it).</summary>
    public RuleValue Expected => Status == OutcomeStatus.NotApplicable ? NotMeasured(Rule.DescribeExpected(this)) : Rule.DescribeExpected(this);

    /// <summary>The request's actual value, as the rule describes it; <see cref="RuleValue.Unknown"/> (with the rule's
    /// unit) when the rule did not apply: it did not look at the request.</summary>
    public RuleValue Actual => Status == OutcomeStatus.NotApplicable ? RuleValue.Unknown(Rule.DescribeActual(this).Unit) : Rule.DescribeActual(this);

    /// <summary>A sentence for people, formatted now from the evidence.</summary>
    public string Message => Rule.Explain(this);

    /// <summary><see langword="true"/> for <see cref="OutcomeStatus.Warn"/> and <see cref="OutcomeStatus.Fail"/>.</summary>
    public bool IsFinding => Status is OutcomeStatus.Warn or OutcomeStatus.Fail;

    /// <summary>
    /// What this outcome does to the decision on its own: <see cref="DecisionKind.Ineligible"/> for a failure of a
    /// <see cref="Severity.Blocks"/> rule; <see cref="DecisionKind.NeedsReview"/> (it sends the request to review) for
    /// any other failure or warning of a <see cref="Severity.Blocks"/> or <see cref="Severity.NeedsReview"/> rule;
    /// <see cref="DecisionKind.Eligible"/> (no effect) for a pass, a rule that does not apply, or an advisory finding.
    /// The decision is the worst effect of its outcomes.
    /// </summary>
    public DecisionKind Effect => EffectOf(Status, Severity);

    /// <summary>
    /// What would satisfy the rule after this finding, derived now from the rule's parameters, the evidence and the
    /// request (<see cref="EligibilityRule.DescribeRemedy"/>); <see langword="null"/> when the outcome is no finding.
    /// </summary>
    /// <param name="request">The request the outcome was found on (<see cref="DecisionCase.Request"/>).</param>
    /// <returns>The remedy, or <see langword="null"/> for a pass or a rule that does not apply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public Remedy? RemedyFor(AssistanceRequest request)
    {
        Guard.Against.Null(request);
        return IsFinding ? Rule.DescribeRemedy(this, request) : null;
    }

    /// <summary>What an outcome of a status and a severity does to the decision (see <see cref="Effect"/>).</summary>
    internal static DecisionKind EffectOf(OutcomeStatus status, Severity severity) => (status, severity) switch
    {
        (OutcomeStatus.Fail, Severity.Blocks) => DecisionKind.Ineligible,
        (OutcomeStatus.Fail or OutcomeStatus.Warn, Severity.Blocks or Severity.NeedsReview) => DecisionKind.NeedsReview,
        _ => DecisionKind.Eligible,
    };

    /// <inheritdoc />
    public bool Equals(RuleOutcome other) =>
        (ReferenceEquals(_rule, other._rule) || (_rule is not null && _rule.Equals(other._rule))) && Status == other.Status && _expected == other._expected && _actual == other._actual && _detail == other._detail
        && _exchangeRate == other._exchangeRate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleOutcome other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_rule?.Code, Status, _expected, _actual, _detail, _exchangeRate);

    /// <summary>Returns <c>CODE status: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _rule is null ? "(no outcome)" : $"{Code} {Status}: {Message}";

    /// <summary>A not-applicable outcome's expected value: the rule's own description when it is a kind that carries
    /// no measurement (text, codes, an unknown), otherwise unknown with the rule's unit: the evidence of a rule that did
    /// not apply is empty, and its zeros must not read as a measured 0.</summary>
    private static RuleValue NotMeasured(RuleValue described) =>
        described.Kind is RuleValueKind.Number or RuleValueKind.Date or RuleValueKind.Flag ? RuleValue.Unknown(described.Unit) : described;

    /// <summary>Compares by value.</summary>
    /// <param name="left">An outcome.</param>
    /// <param name="right">An outcome.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(RuleOutcome left, RuleOutcome right) => left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">An outcome.</param>
    /// <param name="right">An outcome.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(RuleOutcome left, RuleOutcome right) => !left.Equals(right);
}
