using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>A reviewer's decision on one finding (a rule's warning or failure) that sent a request to review.</summary>
/// <remarks>Accepted findings carry the reviewer's justification; a refused finding may carry one. Immutable value;
/// equality by all members.</remarks>
public sealed record FindingReview
{
    private FindingReview(string ruleCode, bool isAccepted, string? justification)
    {
        RuleCode = ruleCode;
        IsAccepted = isAccepted;
        Justification = justification;
    }

    /// <summary>The code of the rule whose finding is reviewed, such as <c>BUD-DONOR-BALANCE</c>.</summary>
    public string RuleCode { get; }

    /// <summary>Whether the reviewer accepted the finding (the request may go on despite it).</summary>
    public bool IsAccepted { get; }

    /// <summary>Why; always present when accepted.</summary>
    public string? Justification { get; }

    /// <summary>Accepts a finding, with the reason it does not stand in the way.</summary>
    /// <param name="ruleCode">The rule's code.</param>
    /// <param name="justification">Why it is accepted; required.</param>
    /// <returns>The review, or the problems (paths <c>ruleCode</c>, <c>justification</c>).</returns>
    public static ValidationResult<FindingReview> Accept(string? ruleCode, string? justification)
    {
        var problems = new ProblemCollector();
        var code = Text.Required(problems, ruleCode, "ruleCode", 100);
        var why = Text.Required(problems, justification, "justification", Text.LongLength);
        return problems.Finish(() => new FindingReview(code, true, why));
    }

    /// <summary>Refuses a finding: it stands in the way of approval.</summary>
    /// <param name="ruleCode">The rule's code.</param>
    /// <param name="justification">Why, if said.</param>
    /// <returns>The review, or the problems (paths <c>ruleCode</c>, <c>justification</c>).</returns>
    public static ValidationResult<FindingReview> Refuse(string? ruleCode, string? justification = null)
    {
        var problems = new ProblemCollector();
        var code = Text.Required(problems, ruleCode, "ruleCode", 100);
        var why = Text.Optional(problems, justification, "justification", Text.LongLength);
        return problems.Finish(() => new FindingReview(code, false, why));
    }

    /// <summary>Returns the code and the decision.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{RuleCode}: {(IsAccepted ? "accepted" : "refused")}{(Justification is null ? string.Empty : " — " + Justification)}";
}
