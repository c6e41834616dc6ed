using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>What a rule evaluates: the request, its context and the date of evaluation, with the donor screening
/// computed once for all rules.</summary>
/// <remarks>A readonly struct passed by reference; making one allocates nothing.</remarks>
public readonly struct EvaluationInput
{
    private const string DefaultMessage = "This EvaluationInput is default and has no request or context; make one with new EvaluationInput(request, context).";

    private readonly AssistanceRequest? _request;
    private readonly EvaluationContext? _context;
    private readonly DonorScreening? _donors;

    /// <summary>Prepares the input for one evaluation, on the context's <see cref="EvaluationContext.Today"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="context">The context.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EvaluationInput(AssistanceRequest request, EvaluationContext context)
        : this(request, context, Guard.Against.Null(context).Today)
    {
    }

    /// <summary>Prepares the input for one evaluation on a given day.</summary>
    /// <param name="request">The request.</param>
    /// <param name="context">The context.</param>
    /// <param name="today">The day of evaluation.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public EvaluationInput(AssistanceRequest request, EvaluationContext context, LocalDate today)
    {
        _request = Guard.Against.Null(request);
        _context = Guard.Against.Null(context);
        Today = today;
        var submitted = request.SubmittedOn;
        ReferenceDate = today > submitted ? today : submitted;
        _donors = DonorScreening.Screen(request, context);
    }

    /// <summary>The request.</summary>
    /// <exception cref="InvalidOperationException">The input is <see langword="default"/>.</exception>
    public AssistanceRequest Request => _request ?? throw new InvalidOperationException(DefaultMessage);

    /// <summary>The project, contributions, existing activities and open requests.</summary>
    /// <exception cref="InvalidOperationException">The input is <see langword="default"/>.</exception>
    public EvaluationContext Context => _context ?? throw new InvalidOperationException(DefaultMessage);

    /// <summary>The day of evaluation.</summary>
    public LocalDate Today { get; }

    /// <summary>The later of the submission day and <see cref="Today"/>: the day from which the time left to organise counts.</summary>
    public LocalDate ReferenceDate { get; }

    internal DonorScreening Donors => _donors ?? throw new InvalidOperationException(DefaultMessage);
}
