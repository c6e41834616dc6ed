using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Benchmarks.Peers;

/// <summary>What any of the three engines decided: the decision kind and its findings as <c>CODE:fail</c> or <c>CODE:warn</c>, sorted.</summary>
public sealed record Verdict(DecisionKind Kind, IReadOnlyList<string> Findings)
{
    /// <summary>
    /// Reads a StAMM decision, leaving out the findings of rules the peers do not implement
    /// (<see cref="PeerRules.NotImplemented"/>) and deciding from the rest as the evaluator does; when every rule is
    /// implemented, this is the decision's own kind.
    /// </summary>
    public static Verdict Of(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return PeerRules.NotImplemented.Count == 0
            ? new(decision.Kind, Sorted(decision.Outcomes.Where(o => o.IsFinding).Select(o => Finding(o.Code, o.Status == OutcomeStatus.Fail))))
            : FromFindings(decision.Outcomes.Where(o => o.IsFinding && !PeerRules.NotImplemented.Contains(o.Code)).Select(o => (o.Code, o.Status == OutcomeStatus.Fail)));
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
