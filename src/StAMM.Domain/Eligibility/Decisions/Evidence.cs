namespace StAMM.Domain.Eligibility;

/// <summary>
/// The raw facts behind a rule's outcome, stored compactly so that evaluation formats no text: the expected and the
/// actual value as numbers (days, cents, counts, country indexes, bit masks) and a rule-specific detail.
/// </summary>
/// <remarks>Each rule knows what its numbers mean and turns them into <see cref="RuleValue"/>s and a message only
/// when asked (<see cref="EligibilityRule.DescribeExpected"/>, <see cref="EligibilityRule.DescribeActual"/>,
/// <see cref="EligibilityRule.Explain"/>).</remarks>
/// <param name="Expected">The limit or required value, in the rule's own unit.</param>
/// <param name="Actual">The request's value, in the rule's own unit.</param>
/// <param name="Detail">A rule-specific detail, such as which of several checks decided.</param>
public readonly record struct Evidence(long Expected, long Actual, int Detail = 0);
