using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>The delivered activity's spend is settled; the rest of the commitment is released. Terminal.</summary>
public sealed class CaseClosed : CaseEvent
{
    private CaseClosed(string caseId, string? note, Instant at, Actor actor)
        : base(caseId, at, actor) => Note = note;

    /// <summary>A note on the settlement; <see langword="null"/> for none.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override CaseEventKind Kind => CaseEventKind.Closed;

    /// <summary>Validates and creates the event.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="note">A note on the settlement, if any.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who closed it.</param>
    /// <returns>The event, or the problems (paths <c>caseId</c>, <c>note</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public static ValidationResult<CaseClosed> Create(string? caseId, string? note, Instant at, Actor actor)
    {
        Guard.Against.Null(actor);
        var problems = new ProblemCollector();
        var id = Activities.Activity.CheckIdentifier(problems, caseId, "caseId");
        var why = Text.Optional(problems, note, "note", Text.LongLength);
        return problems.Finish(() => new CaseClosed(id, why, at, actor));
    }

    private protected override bool EqualsCore(CaseEvent other) => Note == ((CaseClosed)other).Note;
}
