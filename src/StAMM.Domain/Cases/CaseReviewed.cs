using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>A person reviewed the findings that sent the request to review, accepting or refusing each.</summary>
public sealed class CaseReviewed : CaseEvent
{
    private CaseReviewed(string caseId, ImmutableArray<FindingReview> findings, Instant at, Actor actor)
        : base(caseId, at, actor) => Findings = findings;

    /// <summary>The decision on each finding, one per rule code.</summary>
    public ImmutableArray<FindingReview> Findings { get; }

    /// <inheritdoc />
    public override CaseEventKind Kind => CaseEventKind.Reviewed;

    /// <summary>Finds the review of a rule's finding.</summary>
    /// <param name="ruleCode">The rule's code.</param>
    /// <returns>The review, or <see langword="null"/>.</returns>
    public FindingReview? Of(string ruleCode)
    {
        Guard.Against.Null(ruleCode);
        foreach (var finding in Findings)
        {
            if (finding.RuleCode == ruleCode)
            {
                return finding;
            }
        }

        return null;
    }

    /// <summary>Validates and creates the event.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="findings">The decisions, at least one, one per rule code.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">The reviewer.</param>
    /// <returns>The event, or every problem (paths <c>caseId</c>, <c>findings[n]</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="findings"/> holds a null.</exception>
    public static ValidationResult<CaseReviewed> Create(string? caseId, IEnumerable<FindingReview> findings, Instant at, Actor actor)
    {
        Guard.Against.Null(findings);
        Guard.Against.Null(actor);
        var list = Guard.Against.NullElements(findings);
        var problems = new ProblemCollector();
        var id = Activities.Activity.CheckIdentifier(problems, caseId, "caseId");
        if (list.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "findings", "A review decides on at least one finding.");
        }

        problems.AddDuplicates(list.AsSpan(), f => f.RuleCode, "findings", (f, first) => $"The finding of {f.RuleCode} is reviewed by findings[{first}] too.");

        return problems.Finish(() => new CaseReviewed(id, list, at, actor));
    }

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Hashing.Sequence(Findings));

    private protected override bool EqualsCore(CaseEvent other) => Findings.SequenceEqual(((CaseReviewed)other).Findings);
}
