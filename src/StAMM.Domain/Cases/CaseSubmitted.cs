using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Cases;

/// <summary>A request was received: the first event of every case.</summary>
public sealed class CaseSubmitted : CaseEvent
{
    private CaseSubmitted(AssistanceRequest request, Instant at, Actor actor)
        : base(request.Identifier, at, actor) => Request = request;

    /// <summary>The request as received.</summary>
    public AssistanceRequest Request { get; }

    /// <inheritdoc />
    public override CaseEventKind Kind => CaseEventKind.Submitted;

    /// <summary>Validates and creates the event.</summary>
    /// <param name="request">The request; its identifier becomes the case's.</param>
    /// <param name="at">When it was recorded; not before the request's own submission.</param>
    /// <param name="actor">Who recorded it.</param>
    /// <returns>The event, or the problem (path <c>at</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<CaseSubmitted> Create(AssistanceRequest request, Instant at, Actor actor)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(actor);
        var problems = new ProblemCollector();
        if (at < request.Submitted)
        {
            problems.Add(CaseProblemCodes.OutOfOrder, "at", "A request is recorded at or after its own submission.");
        }

        return problems.Finish(() => new CaseSubmitted(request, at, actor));
    }

    private protected override bool EqualsCore(CaseEvent other) => Request.Equals(((CaseSubmitted)other).Request);
}
