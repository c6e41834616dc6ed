using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>The request was changed or rescheduled before approval; it is to be evaluated again.</summary>
public sealed class CaseAmended : CaseEvent
{
    private CaseAmended(AssistanceRequest request, string justification, Instant at, Actor actor)
        : base(request.Identifier, at, actor)
    {
        Request = request;
        Justification = justification;
    }

    /// <summary>The request as amended; same identifier as before.</summary>
    public AssistanceRequest Request { get; }

    /// <summary>Why it was amended.</summary>
    public string Justification { get; }

    /// <inheritdoc />
    public override CaseEventKind Kind => CaseEventKind.Amended;

    /// <summary>Validates and creates the event.</summary>
    /// <param name="request">The amended request.</param>
    /// <param name="justification">Why; required.</param>
    /// <param name="at">When.</param>
    /// <param name="actor">Who amended it.</param>
    /// <returns>The event, or the problem (path <c>justification</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<CaseAmended> Create(AssistanceRequest request, string? justification, Instant at, Actor actor)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(actor);
        var problems = new ProblemCollector();
        var why = Text.Required(problems, justification, "justification", Text.LongLength);
        return problems.Finish(() => new CaseAmended(request, why, at, actor));
    }

    private protected override bool EqualsCore(CaseEvent other) =>
        other is CaseAmended o && Request.Equals(o.Request) && Justification == o.Justification;
}
