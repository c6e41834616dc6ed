using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
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
    /// <exception cref="ArgumentException">The context's day of evaluation lies before the request's submission day.</exception>
    public EvaluationInput(AssistanceRequest request, EvaluationContext context)
        : this(request, context, Guard.Against.Null(context).Today)
    {
    }

    /// <summary>Prepares the input for one evaluation on a given day.</summary>
    /// <param name="request">The request.</param>
    /// <param name="context">The context.</param>
    /// <param name="today">The day of evaluation; not before the request's submission day.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="today"/> lies before the request's submission day.</exception>
    public EvaluationInput(AssistanceRequest request, EvaluationContext context, LocalDate today)
    {
        _request = Guard.Against.Null(request);
        _context = Guard.Against.Null(context);
        NotBeforeSubmission(request, today, nameof(today));
        Today = today;
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

    internal DonorScreening Donors => _donors ?? throw new InvalidOperationException(DefaultMessage);

    /// <summary>Throws when a request would be evaluated before it was submitted: the caller chose that day.</summary>
    internal static void NotBeforeSubmission(AssistanceRequest request, LocalDate today, string parameterName)
    {
        if (today < request.SubmittedOn)
        {
            throw new ArgumentException(
                $"{request.Identifier} was submitted on {LocalDatePattern.Iso.Format(request.SubmittedOn)} and cannot be evaluated as of {LocalDatePattern.Iso.Format(today)}, before it was submitted.",
                parameterName);
        }
    }
}
