using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Requests;

namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>How the application handles exceptions, apart from what <c>AddStammDomain</c> registers.</summary>
public enum ErrorHandling
{
    /// <summary>Production, with nothing of its own.</summary>
    None,

    /// <summary>Development: the developer exception page that ASP.NET Core adds.</summary>
    DeveloperPage,

    /// <summary>Production, with the application's <c>UseExceptionHandler()</c>.</summary>
    ExceptionHandler,
}

/// <summary>A small application, in memory, with the endpoints and the controller that the tests call.</summary>
internal sealed class TestApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApi(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestApi> StartAsync(ErrorHandling handling = ErrorHandling.None)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = handling == ErrorHandling.DeveloperPage ? "Development" : "Production",
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddStammDomain();
        builder.Services.AddOpenApi();
        builder.Services.AddControllers().AddApplicationPart(typeof(TestApi).Assembly);
        if (handling == ErrorHandling.ExceptionHandler)
        {
            builder.Services.AddProblemDetails();
        }

        var app = builder.Build();
        if (handling == ErrorHandling.ExceptionHandler)
        {
            app.UseExceptionHandler();
        }

        app.MapOpenApi();
        app.MapControllers();
        app.MapPost("/requests", (AssistanceRequest request) => Documents.Evaluate(request));
        app.MapPost("/requests/identifier", (AssistanceRequest request) => request.Identifier);
        app.MapGet("/decision", () => Documents.Evaluate(Documents.Request));
        app.MapPost("/numbers", (int[] numbers) => numbers.Sum());
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new TestApi(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>The same endpoints for controllers.</summary>
[ApiController]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Actions are instance methods.")]
[Route("mvc")]
public sealed class RequestsController : ControllerBase
{
    [HttpPost("requests")]
    public Decision Evaluate([FromBody] AssistanceRequest request) => Documents.Evaluate(request);

    [HttpPost("requests/identifier")]
    public string Identifier([FromBody] AssistanceRequest request) => request.Identifier;
}
