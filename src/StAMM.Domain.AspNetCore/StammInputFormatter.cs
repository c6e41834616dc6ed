using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Net.Http.Headers;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.AspNetCore;

/// <summary>
/// Reads a controller action's request, project or rule-set parameter from the body with <see cref="StammJson"/>'s
/// asynchronous readers. An invalid document throws <see cref="StammJsonException"/> instead of becoming one line of
/// model state, so that it is answered with problem details that list every problem, as minimal APIs answer it.
/// </summary>
internal sealed class StammInputFormatter : InputFormatter, IInputFormatterExceptionPolicy
{
    private readonly JsonReadOptions _limits;

    public StammInputFormatter(JsonReadOptions limits)
    {
        _limits = limits;
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse("application/json"));
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse("text/json"));
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse("application/*+json"));
    }

    public InputFormatterExceptionPolicy ExceptionPolicy => InputFormatterExceptionPolicy.MalformedInputExceptions;

    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context)
    {
        var body = context.HttpContext.Request.Body;
        var aborted = context.HttpContext.RequestAborted;
        if (context.ModelType == typeof(AssistanceRequest))
        {
            return Success(await StammJson.ReadRequestAsync(body, _limits, aborted).ConfigureAwait(false), StammJson.RequestKind);
        }

        if (context.ModelType == typeof(TechnicalAssistanceProject))
        {
            return Success(await StammJson.ReadProjectAsync(body, _limits, aborted).ConfigureAwait(false), StammJson.ProjectKind);
        }

        return Success(await StammJson.ReadRuleSetAsync(body, _limits, aborted).ConfigureAwait(false), StammJson.RuleSetKind);
    }

    protected override bool CanReadType(Type type) =>
        type == typeof(AssistanceRequest) || type == typeof(TechnicalAssistanceProject) || type == typeof(RuleSet);

    private static InputFormatterResult Success<T>(ValidationResult<T> result, string kind)
        where T : class =>
        result.TryPickT0(out var value, out var failure)
            ? InputFormatterResult.Success(value)
            : throw new StammJsonException(kind, failure);
}
