using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Benchmarks.Peers;

/// <summary>What any of the three engines decided: the decision kind and its findings as <c>CODE:fail</c> or <c>CODE:warn</c>, sorted.</summary>
public sealed record Verdict(DecisionKind Kind, IReadOnlyList<string> Findings)
{
    /// <summary>Reads a StAMM decision.</summary>
    public static Verdict Of(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(decision.Kind, Sorted(decision.Outcomes.Where(o => o.IsFinding).Select(o => Finding(o.Code, o.Status == OutcomeStatus.Fail))));
    }

    /// <summary>Decides from findings as the evaluator does: a blocking failure makes it ineligible, any other
    /// finding of a rule that is not advisory sends it to review.</summary>
    public static Verdict FromFindings(IEnumerable<(string Code, bool Fails)> findings)
    {
        var list = findings.ToList();
        var kind = DecisionKind.Eligible;
        foreach (var (code, fails) in list)
        {
            var severity = PeerRules.SeverityOf[code];
            if (fails && severity == Severity.Blocks)
            {
                kind = DecisionKind.Ineligible;
            }
            else if (severity != Severity.Advisory && kind == DecisionKind.Eligible)
            {
                kind = DecisionKind.NeedsReview;
            }
        }

        return new(kind, Sorted(list.Select(f => Finding(f.Code, f.Fails))));
    }

    public bool Equals(Verdict? other) => other is not null && Kind == other.Kind && Findings.SequenceEqual(other.Findings, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Kind, Findings.Count);

    public override string ToString() => $"{Kind} [{string.Join(", ", Findings)}]";

    private static string Finding(string code, bool fails) => code + (fails ? ":fail" : ":warn");

    private static string[] Sorted(IEnumerable<string> findings) => [.. findings.Order(StringComparer.Ordinal)];
}
