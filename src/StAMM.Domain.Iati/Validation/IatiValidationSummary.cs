using System.Collections.Immutable;

namespace StAMM.Domain.Iati.Validation;

/// <summary>
/// The counts of a check whose findings were streamed (<see cref="IatiValidator.Validate(Stream, Action{IatiFinding}, IProgress{int}, CancellationToken)"/>):
/// what <see cref="IatiValidationReport"/> says of a file, without holding its findings.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class IatiValidationSummary
{
    internal IatiValidationSummary(int activityCount, int criticalCount, int errorCount, int warningCount, ImmutableArray<string> rulesNotEvaluated)
    {
        ActivityCount = activityCount;
        CriticalCount = criticalCount;
        ErrorCount = errorCount;
        WarningCount = warningCount;
        RulesNotEvaluated = rulesNotEvaluated;
    }

    /// <summary>How many <c>iati-activity</c> elements were checked.</summary>
    public int ActivityCount { get; }

    /// <summary>How many findings were <see cref="IatiSeverity.Critical"/> (the schema's).</summary>
    public int CriticalCount { get; }

    /// <summary>How many findings were <see cref="IatiSeverity.Error"/>.</summary>
    public int ErrorCount { get; }

    /// <summary>How many findings were <see cref="IatiSeverity.Warning"/>.</summary>
    public int WarningCount { get; }

    /// <summary>How many findings were given in all.</summary>
    public int FindingCount => CriticalCount + ErrorCount + WarningCount;

    /// <summary>Ids of ruleset rules that could not be evaluated and were skipped, with the reason (as <see cref="IatiValidationReport.RulesNotEvaluated"/>).</summary>
    public ImmutableArray<string> RulesNotEvaluated { get; }

    /// <summary><see langword="true"/> when nothing critical and no error was found (warnings allowed).</summary>
    public bool IsValid => CriticalCount == 0 && ErrorCount == 0;

    /// <summary><see langword="true"/> when nothing at all was found.</summary>
    public bool IsClean => FindingCount == 0;
}
