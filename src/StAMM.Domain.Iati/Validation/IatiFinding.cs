using Ardalis.GuardClauses;

namespace StAMM.Domain.Iati.Validation;

/// <summary>One failed check: which rule, how serious, where.</summary>
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The rule's id, such as <c>3.1.2</c> from the ruleset, or <c>0.3.1</c> for a schema error.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="source">Which check found it.</param>
    /// <param name="ruleName">The rule type of the ruleset, such as <c>strict_sum</c>; <c>xsd</c> for the schema.</param>
    /// <param name="message">What the rule demands.</param>
    /// <param name="detail">What was found, when the check can say more than the rule's message.</param>
    /// <param name="activityIdentifier">The <c>iati-identifier</c> of the activity, when the finding belongs to one that has one.</param>
    /// <param name="path">Where, as an XPath into the file with indexes (see <see cref="Path"/>).</param>
    /// <param name="line">The line in the file where that element or attribute starts, when known.</param>
    /// <param name="column">The column in that line, from 1, when known.</param>
    /// <exception cref="ArgumentNullException">A required text is null.</exception>
    /// <exception cref="ArgumentException">An enum value is not defined.</exception>
    public IatiFinding(string ruleId, IatiSeverity severity, IatiFindingSource source, string ruleName, string message, string? detail, string? activityIdentifier, string path, int? line, int? column)
    {
        RuleId = Guard.Against.Null(ruleId);
        Severity = Guard.Against.EnumOutOfRange(severity);
        Source = Guard.Against.EnumOutOfRange(source);
        RuleName = Guard.Against.Null(ruleName);
        Message = Guard.Against.Null(message);
        Detail = detail;
        ActivityIdentifier = activityIdentifier;
        Path = Guard.Against.Null(path);
        Line = line;
        Column = column;
    }

    /// <summary>The rule's id, such as <c>3.1.2</c> from the ruleset, or <c>0.3.1</c> for a schema error.</summary>
    public string RuleId { get; }

    /// <summary>How serious it is.</summary>
    public IatiSeverity Severity { get; }

    /// <summary>Which check found it.</summary>
    public IatiFindingSource Source { get; }

    /// <summary>The rule type of the ruleset, such as <c>strict_sum</c>; <c>xsd</c> for the schema.</summary>
    public string RuleName { get; }

    /// <summary>What the rule demands.</summary>
    public string Message { get; }

    /// <summary>What was found, when the check can say more than the rule's message.</summary>
    public string? Detail { get; }

    /// <summary>The <c>iati-identifier</c> of the activity, when the finding belongs to one that has one.</summary>
    public string? ActivityIdentifier { get; }

    /// <summary>
    /// Where, as an XPath into the file with the index of every element among its same-named siblings, such as
    /// <c>/iati-activities/iati-activity[2]/recipient-country[3]/@percentage</c> or, for a schema error,
    /// <c>/iati-activities/iati-activity[1]/location[3]/point[1]</c>: the element or attribute the finding is about.
    /// </summary>
    public string Path { get; }

    /// <summary>The line in the file where that element or attribute starts, when known.</summary>
    public int? Line { get; }

    /// <summary>The column in that line, from 1, when known.</summary>
    public int? Column { get; }

    private string Where => (Line, Column) switch
    {
        (null, _) => string.Empty,
        (_, null) => $" (line {Line})",
        _ => $" (line {Line}, column {Column})",
    };

    /// <summary>One line for people: severity, rule, activity, path, line and column, message and detail.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {RuleId} [{ActivityIdentifier ?? "-"}] {Path}{Where}: {Message}{(Detail is null ? string.Empty : $" {Detail}")}";
}
