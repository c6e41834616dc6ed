using System.Collections.Immutable;

namespace StAMM.Domain.Iati.Validation;

/// <summary>The outcome of checking one IATI activity file: every finding, in file order.</summary>
/// <remarks>Immutable.</remarks>
public sealed class IatiValidationReport
{
    internal IatiValidationReport(int activityCount, ImmutableArray<IatiFinding> findings, ImmutableArray<string> rulesNotEvaluated)
    {
        ActivityCount = activityCount;
        Findings = findings;
        RulesNotEvaluated = rulesNotEvaluated;
    }

    /// <summary>How many <c>iati-activity</c> elements were checked.</summary>
    public int ActivityCount { get; }

    /// <summary>Every finding, in the order of the file.</summary>
    public ImmutableArray<IatiFinding> Findings { get; }

    /// <summary>
    /// Ids of ruleset rules that could not be evaluated and were skipped, with the reason, such as
    /// <c>1.14.8 (the list of organisation-identifier prefixes it needs was set empty)</c>.
    /// </summary>
    public ImmutableArray<string> RulesNotEvaluated { get; }

    /// <summary><see langword="true"/> when nothing critical and no error was found (warnings allowed).</summary>
    public bool IsValid => !Findings.Any(f => f.Severity is IatiSeverity.Critical or IatiSeverity.Error);

    /// <summary><see langword="true"/> when nothing at all was found.</summary>
    public bool IsClean => Findings.IsEmpty;

    /// <summary>The findings of one rule.</summary>
    /// <param name="ruleId">A rule id, such as <c>3.1.2</c>.</param>
    /// <returns>Its findings, possibly none.</returns>
    public IEnumerable<IatiFinding> Of(string ruleId) => Findings.Where(f => f.RuleId == ruleId);
}
