using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StAMM.Domain.EntityFrameworkCore.Tests;

namespace StAMM.Domain.WebApi.Tests;

public sealed class FacilityApiTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Posting_a_request_stores_its_case_and_answers_201_with_the_decision_document(string kind)
    {
        await using var api = await FacilityApi.StartAsync(kind);

        var response = await api.SubmitAsync("WEB-1");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Headers.Location!.OriginalString.Should().Be("/cases/WEB-1");
        var decision = await response.Content.ReadFromJsonAsync<JsonElement>();
        decision.GetProperty("kind").GetString().Should().Be("decision");
        decision.GetProperty("request").GetString().Should().Be("WEB-1");
        var stored = await api.CaseAsync("WEB-1");
        stored.GetProperty("state").GetString().Should().Be("Evaluated");
        stored.GetProperty("decision").GetRawText().Should().Be(decision.GetRawText());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task A_request_submitted_twice_is_answered_409_and_its_case_keeps_one_submission(string kind)
    {
        await using var api = await FacilityApi.StartAsync(kind);
        (await api.SubmitAsync("WEB-1")).EnsureSuccessStatusCode();

        var again = await api.SubmitAsync("WEB-1");

        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await api.CaseAsync("WEB-1")).GetProperty("events").GetArrayLength().Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task A_case_goes_from_submission_to_delivery_and_the_balances_follow(string kind)
    {
        await using var api = await FacilityApi.StartAsync(kind);
        (await api.SubmitAsync("WEB-1")).EnsureSuccessStatusCode();
        var decision = await api.ReviewIfNeededAsync("WEB-1");

        var approved = await api.ApproveAsync("WEB-1", 4_000m, decision);
        approved.StatusCode.Should().Be(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        var committed = await Czech(api);
        committed.GetProperty("committed").GetDecimal().Should().Be(4_000m);
        committed.GetProperty("available").GetDecimal().Should().Be(46_000m);

        var delivered = await api.Client.PostAsJsonAsync("/cases/WEB-1/deliver", new { start = "2026-04-13", end = "2026-04-15", actualCost = 3_500m });

        delivered.StatusCode.Should().Be(HttpStatusCode.OK, await delivered.Content.ReadAsStringAsync());
        (await api.CaseAsync("WEB-1")).GetProperty("state").GetString().Should().Be("Delivered");
        var spent = await Czech(api);
        spent.GetProperty("spent").GetDecimal().Should().Be(3_500m);
        spent.GetProperty("committed").GetDecimal().Should().Be(500m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task An_approval_beyond_what_is_available_is_answered_409_with_every_problem(string kind)
    {
        await using var api = await FacilityApi.StartAsync(kind);
        (await api.SubmitAsync("WEB-1")).EnsureSuccessStatusCode();
        var decision = await api.ReviewIfNeededAsync("WEB-1");

        var refused = await api.ApproveAsync("WEB-1", 60_000m, decision);

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("code").GetString()).Should().Contain("balance-exceeded");
        (await api.CaseAsync("WEB-1")).GetProperty("state").GetString().Should().NotBe("Approved");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_case_is_answered_404(string kind)
    {
        await using var api = await FacilityApi.StartAsync(kind);

        (await api.Client.GetAsync("/cases/NOPE")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await api.ApproveAsync("NOPE", 1m, "eligible")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_request_document_is_answered_400_with_every_problem(string kind)
    {
        await using var api = await FacilityApi.StartAsync(kind);

        var response = await api.Client.PostAsync("/requests", FacilityApi.Json("""{"kind": "request", "schemaVersion": "1.0"}"""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("problems").GetArrayLength().Should().BeGreaterThan(1);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint_and_the_request_schema()
    {
        await using var api = await FacilityApi.StartAsync(TestDatabase.Sqlite);

        var document = await api.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name);
        paths.Should().Contain(["/requests", "/cases/{id}", "/cases/{id}/review", "/cases/{id}/approve", "/cases/{id}/deliver", "/portfolio/balances"]);
        document.GetProperty("components").GetProperty("schemas").TryGetProperty("StAMM.request", out _).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Both), MemberType = typeof(TestDatabase))]
    public async Task Sixteen_clients_approving_against_one_contribution_at_once_never_commit_more_than_its_amount(string kind)
    {
        // EUR 50,000 (illustrative) in the Czech contribution; sixteen approvals of EUR 5,000 at once: ten fit.
        await using var api = await FacilityApi.StartAsync(kind);
        var ids = Enumerable.Range(1, 16).Select(i => $"RACE-{i:00}").ToList();
        var decisions = new Dictionary<string, string>();
        foreach (var id in ids)
        {
            (await api.SubmitAsync(id)).EnsureSuccessStatusCode();
            decisions[id] = await api.ReviewIfNeededAsync(id);
        }

        var clients = ids.Select(_ => api.NewClient()).ToList();
        using var start = new SemaphoreSlim(0);
        var racing = ids.Select((id, i) => Task.Run(async () =>
        {
            await start.WaitAsync();
            var response = await api.ApproveAsync(id, 5_000m, decisions[id], clients[i]);
            return (Id: id, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).ToList();
        start.Release(ids.Count);
        var answers = await Task.WhenAll(racing);

        answers.Should().OnlyContain(a => a.StatusCode == HttpStatusCode.OK || a.StatusCode == HttpStatusCode.Conflict);
        var accepted = answers.Where(a => a.StatusCode == HttpStatusCode.OK).Select(a => a.Id).ToList();
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.Conflict).ToList();
        refused.Should().OnlyContain(a => a.Body.Contains("balance-exceeded") || a.Body.Contains("Other writers"), "every refusal says why");
        foreach (var id in ids)
        {
            var state = (await api.CaseAsync(id)).GetProperty("state").GetString();
            (state == "Approved").Should().Be(accepted.Contains(id), $"{id} is stored approved exactly when its approval was answered 200");
        }

        var czech = await Czech(api);
        TestContext.Current.TestOutputHelper?.WriteLine($"{kind}: {accepted.Count} approvals stored, {refused.Count(a => a.Body.Contains("balance-exceeded"))} refused for the balance, {refused.Count(a => a.Body.Contains("Other writers"))} after losing every race");
        czech.GetProperty("committed").GetDecimal().Should().Be(5_000m * accepted.Count).And.BeLessThanOrEqualTo(50_000m);
        czech.GetProperty("available").GetDecimal().Should().BeGreaterThanOrEqualTo(0m);
        if (accepted.Count < 10)
        {
            refused.Should().Contain(a => a.Body.Contains("Other writers"), "fewer than ten approvals fit only when some lost every race");
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    private static async Task<JsonElement> Czech(FacilityApi api)
    {
        var balances = await api.Client.GetFromJsonAsync<JsonElement>("/portfolio/balances");
        return balances.EnumerateArray().Single(b => b.GetProperty("currency").GetString() == "EUR");
    }
}
