using System.Net;
using System.Net.Http.Json;
using System.Text;
using StAMM.Domain.Json;

namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>
/// Minimal APIs with <c>AddStammDomain()</c>: the failures that issue 17 quotes (a truncated decision, a 500 for a
/// request parameter, <c>"submitted":{}</c>) are gone, and an invalid body is answered with every problem.
/// </summary>
public sealed class MinimalApiTests
{
    public static TheoryData<ErrorHandling> Handlings => [ErrorHandling.None, ErrorHandling.DeveloperPage, ErrorHandling.ExceptionHandler];

    [Fact]
    public async Task Returning_a_decision_from_an_endpoint_gives_the_full_decision_document()
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.GetAsync(new Uri("/decision", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Should().Be(StammJson.WriteDecision(Documents.Evaluate(Documents.Request), JsonWriteOptions.Compact));
    }

    [Fact]
    public async Task A_request_parameter_binds_from_a_request_document()
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/requests/identifier", UriKind.Relative), Json(Documents.RequestJson), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be(Documents.Request.Identifier);
    }

    [Fact]
    public async Task A_request_document_posted_to_an_endpoint_comes_back_as_its_decision_document()
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/requests", UriKind.Relative), Json(Documents.RequestJson), TestContext.Current.CancellationToken);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Should().Be(StammJson.WriteDecision(Documents.Evaluate(Documents.Request), JsonWriteOptions.Compact));
    }

    [Theory]
    [MemberData(nameof(Handlings))]
    public async Task An_invalid_body_is_answered_with_problem_details_that_list_every_problem(ErrorHandling handling)
    {
        await using var api = await TestApi.StartAsync(handling);

        using var response = await api.Client.PostAsync(new Uri("/requests", UriKind.Relative), Json(Documents.InvalidRequestJson), TestContext.Current.CancellationToken);
        var problem = await ProblemResponse.ReadAsync(response);

        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Body.GetProperty("status").GetInt32().Should().Be(400);
        problem.Problems().Should().Equal(StammJson.ReadRequest(Documents.InvalidRequestJson).Problems);
        problem.Problems().Should().HaveCount(4);
    }

    [Fact]
    public async Task A_decision_document_sent_as_a_request_is_answered_with_the_kind_problem()
    {
        await using var api = await TestApi.StartAsync();
        var decision = StammJson.WriteDecision(Documents.Evaluate(Documents.Request));

        using var response = await api.Client.PostAsync(new Uri("/requests", UriKind.Relative), Json(decision), TestContext.Current.CancellationToken);
        var problem = await ProblemResponse.ReadAsync(response);

        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.Problems().Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.UnknownKind);
    }

    [Fact]
    public async Task Another_endpoints_bad_body_is_answered_with_its_status_code_as_before()
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/numbers", UriKind.Relative), Json("[1, \"two\"]"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().BeEmpty();
    }

    [Fact]
    public async Task Another_endpoint_still_works()
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsJsonAsync(new Uri("/numbers", UriKind.Relative), new[] { 1, 2, 3 }, TestContext.Current.CancellationToken);

        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("6");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
