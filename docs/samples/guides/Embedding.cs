#region usings
using System.Text.Json;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Requests;
#endregion
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace StAMM.Domain.Guides;

/// <summary>docs/guides/embedding.md: a web API over the library in the fewest lines.</summary>
public static class Embedding
{
    /// <summary>The guide's application: the registration and one endpoint that evaluates a posted request.</summary>
    public static WebApplication Build(string[] args, IClock clock)
    {
        #region web-api
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddStammDomain();        // documents in and out, problem details, schemas in OpenAPI
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(clock);     // SystemClock.Instance in production
        var app = builder.Build();
        app.MapOpenApi();

        app.MapPost("/requests/evaluate", (AssistanceRequest request, IClock clock) =>
            new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.Create(Stamm.Project, clock).OrThrow()));
        #endregion
        return app;
    }

    /// <summary>A decision as System.Text.Json writes it with the documents added to its options.</summary>
    public static string Serialize(Decision decision)
    {
        #region serializer-options
        var options = new JsonSerializerOptions().AddStammDomain();
        var json = JsonSerializer.Serialize(decision, options);          // the decision document
        #endregion
        return json;
    }

    /// <summary>Reads a request from a stream without blocking, as from an HTTP request's body.</summary>
    public static async Task<AssistanceRequest?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        #region read-async
        var read = await StammJson.ReadRequestAsync(body, cancellationToken: cancellationToken);
        #endregion
        return read.OrNull();
    }
}
