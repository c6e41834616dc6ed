using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.EntityFrameworkCore.Tests;
using StAMM.Domain.Json;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;

namespace StAMM.Domain.WebApi.Tests;

/// <summary>The reference application on a real database of its own, with a clock the test moves.</summary>
public sealed class FacilityApi : IAsyncDisposable
{
    public static readonly Instant Start = StAMM.Domain.Testing.RequestBuilder.DefaultSubmissionDate.At(new LocalTime(9, 0)).InUtc().ToInstant();

    private readonly WebApplicationFactory<Program> _factory;

    private FacilityApi(TestDatabase database)
    {
        Database = database;
        Clock = new FakeClock(Start.Plus(Duration.FromHours(1)), Duration.FromSeconds(1));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting(database.Kind == TestDatabase.Postgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite", database.ConnectionString);
            web.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
        });
        Client = _factory.CreateClient();
    }

    public TestDatabase Database { get; }

    public FakeClock Clock { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the application on an empty database of the kind: it creates its tables and seeds the facility.</summary>
    public static async Task<FacilityApi> StartAsync(string kind) => new(await TestDatabase.EmptyAsync(kind));

    public HttpClient NewClient() => _factory.CreateClient();

    public static AssistanceRequest Request(string id) => A.Request.WithIdentifier(id).SubmittedAt(Start).BuildValid();

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    public Task<HttpResponseMessage> SubmitAsync(string id, HttpClient? client = null) =>
        (client ?? Client).PostAsync("/requests", Json(StammJson.WriteRequest(Request(id))));

    public async Task<JsonElement> CaseAsync(string id) =>
        await Client.GetFromJsonAsync<JsonElement>($"/cases/{id}");

    /// <summary>Reviews (accepting) the findings that sent a case to review, if any; returns the decision's kind.</summary>
    public async Task<string> ReviewIfNeededAsync(string id)
    {
        var decision = (await CaseAsync(id)).GetProperty("decision");
        var kind = decision.GetProperty("decision").GetString()!;
        var findings = decision.GetProperty("outcomes").EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() is "warn" or "fail" && f.GetProperty("severity").GetString() != "advisory")
            .Select(f => new { rule = f.GetProperty("code").GetString(), accepted = true, justification = "Checked with the requester." })
            .ToList();
        if (findings.Count > 0 && kind != "eligible")
        {
            var reviewed = await Client.PostAsJsonAsync($"/cases/{id}/review", new { findings });
            reviewed.EnsureSuccessStatusCode();
        }

        return kind;
    }

    public async Task<HttpResponseMessage> ApproveAsync(string id, decimal euros, string kind, HttpClient? client = null) =>
        await (client ?? Client).PostAsJsonAsync($"/cases/{id}/approve", new
        {
            donor = IllustrativeFacility.CzechContribution.Donor.Name,
            amount = euros,
            overrideJustification = kind == "ineligible" ? "Approved by the steering committee." : null,
        });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
