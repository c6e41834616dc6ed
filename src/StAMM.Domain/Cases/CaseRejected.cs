using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>A person refused the request, with the reasons. Terminal.</summary>
public sealed class CaseRejected : CaseEvent
{
    private CaseRejected(string caseId, ImmutableArray<string> reasons, Instant at, Actor actor)
        : base(caseId, at, actor) => Reasons = reasons;

    /// <summary>The reasons, at least one.</summary>
    public ImmutableArray<string> Reasons { get; }

    /// <inheritdoc />
    public override CaseEventKind Kind => CaseEventKind.Rejected;

    /// <summary>Validates and creates the event.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="reasons">The reasons; at least one, none blank.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who rejected it.</param>
    /// <returns>The event, or every problem (paths <c>caseId</c>, <c>reasons[n]</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<CaseRejected> Create(string? caseId, IEnumerable<string?> reasons, Instant at, Actor actor)
    {
        Guard.Against.Null(reasons);
        Guard.Against.Null(actor);
        var list = reasons.ToImmutableArray();
        var problems = new ProblemCollector();
        var id = Activities.Activity.CheckIdentifier(problems, caseId, "caseId");
        if (list.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "reasons", "A rejection gives at least one reason.");
        }

        var clean = ImmutableArray.CreateBuilder<string>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            clean.Add(Text.Required(problems, list[i], $"reasons[{i}]", Text.LongLength));
        }

        return problems.Finish(() => new CaseRejected(id, clean.MoveToImmutable(), at, actor));
    }

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Hashing.Sequence(Reasons));

    private protected override bool EqualsCore(CaseEvent other) => Reasons.SequenceEqual(((CaseRejected)other).Reasons);
}
