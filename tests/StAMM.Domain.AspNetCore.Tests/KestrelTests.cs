using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StAMM.Domain.Json;

namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>
/// Reading a request from an HTTP body inside Kestrel, which forbids synchronous reads: the asynchronous reader works
/// where the synchronous one failed with "Synchronous operations are disallowed" (issue 17).
/// </summary>
public sealed class KestrelTests
{
    [Fact]
    public async Task A_request_is_read_from_a_Kestrel_request_body_asynchronously()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = Address(app) };

        using var response = await client.PostAsync(new Uri("/async", UriKind.Relative), Json(Documents.RequestJson), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be(Documents.Request.Identifier);
    }

    [Fact]
    public async Task Kestrel_refuses_the_synchronous_reader_that_the_asynchronous_one_replaces()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = Address(app) };

        using var response = await client.PostAsync(new Uri("/sync", UriKind.Relative), Json(Documents.RequestJson), TestContext.Current.CancellationToken);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("Synchronous operations are disallowed");
    }

    [Fact]
    public async Task An_invalid_request_read_from_a_Kestrel_body_gives_every_problem()
    {
        await using var app = await StartAsync();
        using var client = new HttpClient { BaseAddress = Address(app) };

        using var response = await client.PostAsync(new Uri("/async", UriKind.Relative), Json(Documents.InvalidRequestJson), TestContext.Current.CancellationToken);
        var problem = await ProblemResponse.ReadAsync(response);

        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Problems().Should().Equal(StammJson.ReadRequest(Documents.InvalidRequestJson).Problems);
    }

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddStammDomain();
        var app = builder.Build();
        app.MapPost("/async", async (HttpRequest http) =>
            await StammJson.ReadRequestAsync(http.Body, cancellationToken: http.HttpContext.RequestAborted) is var read && read.TryPickT0(out var request, out var failure)
                ? Results.Text(request.Identifier)
                : TypedResults.Problem(StammProblemDetails.Create(failure)));
        app.MapPost("/sync", (HttpRequest http) =>
        {
            try
            {
                return Results.Text(StammJson.ReadRequest(http.Body, JsonReadOptions.Default).OrThrow().Identifier);
            }
            catch (InvalidOperationException e)
            {
                return Results.Text(e.Message, statusCode: 500);
            }
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
