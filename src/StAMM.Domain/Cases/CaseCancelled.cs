using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>The approval was cancelled before delivery; its commitment is released. Terminal.</summary>
public sealed class CaseCancelled : CaseEvent
{
    private CaseCancelled(string caseId, string reason, Instant at, Actor actor)
        : base(caseId, at, actor) => Reason = reason;

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override CaseEventKind Kind => CaseEventKind.Cancelled;

    /// <summary>Validates and creates the event.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who cancelled it.</param>
    /// <returns>The event, or the problems (paths <c>caseId</c>, <c>reason</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public static ValidationResult<CaseCancelled> Create(string? caseId, string? reason, Instant at, Actor actor)
    {
        Guard.Against.Null(actor);
        var problems = new ProblemCollector();
        var id = Activities.Activity.CheckIdentifier(problems, caseId, "caseId");
        var why = Text.Required(problems, reason, "reason", Text.LongLength);
        return problems.Finish(() => new CaseCancelled(id, why, at, actor));
    }

    private protected override bool EqualsCore(CaseEvent other) => Reason == ((CaseCancelled)other).Reason;
}
