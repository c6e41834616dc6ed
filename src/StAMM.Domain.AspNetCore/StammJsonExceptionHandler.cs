using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using StAMM.Domain.Json;

namespace StAMM.Domain.AspNetCore;

/// <summary>
/// Turns a <see cref="StammJsonException"/> (an invalid document in a request body) into problem details, wherever
/// the application handles exceptions: its own <c>UseExceptionHandler()</c> (<see cref="IExceptionHandler"/>), the
/// developer exception page (<see cref="IDeveloperPageExceptionFilter"/>), and otherwise a middleware that runs ahead
/// of the application's own (<see cref="IStartupFilter"/>). Every other exception goes on as before, but for a bad
/// request that minimal APIs throw only because <c>AddStammDomain</c> made them throw: where nothing else handles
/// it, it is answered with its status code alone, as minimal APIs answer it when they do not throw.
/// </summary>
internal sealed class StammJsonExceptionHandler : IExceptionHandler, IDeveloperPageExceptionFilter, IStartupFilter
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (StammProblemDetails.Find(exception) is not { } invalid || httpContext.Response.HasStarted)
        {
            return false;
        }

        await StammProblemDetails.WriteAsync(httpContext, invalid).ConfigureAwait(false);
        return true;
    }

    public Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next) =>
        StammProblemDetails.Find(errorContext.Exception) is { } invalid && !errorContext.HttpContext.Response.HasStarted
            ? StammProblemDetails.WriteAsync(errorContext.HttpContext, invalid)
            : next(errorContext);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            try
            {
                await nextMiddleware(context).ConfigureAwait(false);
            }
            catch (Exception e) when (StammProblemDetails.Find(e) is { } invalid && !context.Response.HasStarted)
            {
                await StammProblemDetails.WriteAsync(context, invalid).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.StatusCode = e.StatusCode;
            }
        });
        next(app);
    };
}
