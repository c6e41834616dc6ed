using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>What a rule evaluates: the request, its context and the date of evaluation, with the donor screening
/// computed once for all rules.</summary>
/// <remarks>A readonly struct passed by reference; making one allocates nothing.</remarks>
public readonly struct EvaluationInput
{
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
        Request = Guard.Against.Null(request);
        Context = Guard.Against.Null(context);
        Today = today;
        var submitted = request.SubmittedOn;
        ReferenceDate = today > submitted ? today : submitted;
        Donors = DonorScreening.Screen(request, context);
    }

    /// <summary>The request.</summary>
    public AssistanceRequest Request { get; }

    /// <summary>The project, contributions, existing activities and open requests.</summary>
    public EvaluationContext Context { get; }

    /// <summary>The day of evaluation.</summary>
    public LocalDate Today { get; }

    /// <summary>The later of the submission day and <see cref="Today"/>: the day from which the time left to organise counts.</summary>
    public LocalDate ReferenceDate { get; }

    internal DonorScreening Donors { get; }
}
