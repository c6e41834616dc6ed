namespace StAMM.Domain.Cases;

/// <summary>
/// The stable codes of the problems a case or a portfolio reports when a transition is not allowed; they extend
/// <see cref="Validation.ProblemCodes"/>, whose general codes (such as <c>required</c> or
/// <c>invalid-status-transition</c>) the cases use too. A code never changes meaning once released.
/// </summary>
public static class CaseProblemCodes
{
    /// <summary>The case is rejected, withdrawn, cancelled or closed: nothing follows.</summary>
    public const string TerminalCase = "case-terminal";

    /// <summary>A finding that sent the request to review has no review, or the reviewer refused it.</summary>
    public const string FindingNotAccepted = "finding-not-accepted";

    /// <summary>An ineligible decision is approved only through an explicit override with a justification.</summary>
    public const string OverrideRequired = "override-required";

    /// <summary>The person who overrides an ineligible decision is the person who reviewed it (four eyes).</summary>
    public const string FourEyes = "four-eyes";

    /// <summary>The approver belongs to the requesting institution (or one above it).</summary>
    public const string OwnInstitution = "own-institution";

    /// <summary>A commitment exceeds the contribution's available balance.</summary>
    public const string BalanceExceeded = "balance-exceeded";

    /// <summary>A contribution's amount is not known, so nothing can be committed against it.</summary>
    public const string BalanceUnknown = "balance-unknown";

    /// <summary>Amounts in two currencies meet without an exchange rate.</summary>
    public const string ExchangeRateRequired = "exchange-rate-required";

    /// <summary>An event is earlier than an event already recorded.</summary>
    public const string OutOfOrder = "out-of-order";

    /// <summary>An event names a case the portfolio does not hold.</summary>
    public const string UnknownCase = "unknown-case";

    /// <summary>A decision names a rule-set version the portfolio does not hold, or none is in force.</summary>
    public const string UnknownRuleSet = "unknown-rule-set";

    /// <summary>An event of one case is given to another (its request or identifier differs).</summary>
    public const string OtherCase = "other-case";

    /// <summary>The actual costs of a delivery exceed its commitment.</summary>
    public const string CostsExceedCommitment = "costs-exceed-commitment";

    /// <summary>A commitment names a contribution the portfolio does not hold.</summary>
    public const string ContributionNotInPortfolio = "contribution-not-in-portfolio";
}
