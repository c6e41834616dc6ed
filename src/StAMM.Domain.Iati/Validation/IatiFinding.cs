namespace StAMM.Domain.Iati.Validation;

/// <summary>One failed check: which rule, how serious, where.</summary>
/// <param name="RuleId">The rule's id, such as <c>3.1.2</c> from the ruleset, or <c>0.3.1</c> for a schema error.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Source">Which check found it.</param>
/// <param name="RuleName">The rule type of the ruleset, such as <c>strict_sum</c>; <c>xsd</c> for the schema.</param>
/// <param name="Message">What the rule demands.</param>
/// <param name="Detail">What was found, when the check can say more than the rule's message.</param>
/// <param name="ActivityIdentifier">The <c>iati-identifier</c> of the activity, when the finding belongs to one that has one.</param>
/// <param name="Path">
/// Where, as an XPath into the file with the index of every element among its same-named siblings, such as
/// <c>/iati-activities/iati-activity[2]/recipient-country[3]/@percentage</c> or, for a schema error,
/// <c>/iati-activities/iati-activity[1]/location[3]/point[1]</c>: the element or attribute the finding is about.
/// </param>
/// <param name="Line">The line in the file where that element or attribute starts, when known.</param>
/// <param name="Column">The column in that line, from 1, when known.</param>
public sealed record IatiFinding(
    string RuleId,
    IatiSeverity Severity,
    IatiFindingSource Source,
    string RuleName,
    string Message,
    string? Detail,
    string? ActivityIdentifier,
    string Path,
    int? Line,
    int? Column)
{
    /// <summary>One line for people: severity, rule, activity, path, message and detail.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {RuleId} [{ActivityIdentifier ?? "-"}] {Path}{Where}: {Message}{(Detail is null ? string.Empty : $" {Detail}")}";

    private string Where => (Line, Column) switch
    {
        (null, _) => string.Empty,
        (_, null) => $" (line {Line})",
        _ => $" (line {Line}, column {Column})",
    };
}
