using System.Net;
using System.Text;
using StAMM.Domain.Json;

namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>Controllers with <c>AddStammDomain()</c> bind, return and refuse documents as minimal APIs do.</summary>
public sealed class ControllerTests
{
    [Fact]
    public async Task A_controller_action_binds_a_request_document_and_returns_the_decision_document()
    {
        await using var api = await TestApi.StartAsync();

        using var response = await api.Client.PostAsync(new Uri("/mvc/requests", UriKind.Relative), Json(Documents.RequestJson), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Should().Be(StammJson.WriteDecision(Documents.Evaluate(Documents.Request), JsonWriteOptions.Compact));
    }

    [Theory]
    [MemberData(nameof(MinimalApiTests.Handlings), MemberType = typeof(MinimalApiTests))]
    public async Task An_invalid_body_sent_to_a_controller_is_answered_with_problem_details_that_list_every_problem(ErrorHandling handling)
    {
        await using var api = await TestApi.StartAsync(handling);

        using var response = await api.Client.PostAsync(new Uri("/mvc/requests/identifier", UriKind.Relative), Json(Documents.InvalidRequestJson), TestContext.Current.CancellationToken);
        var problem = await ProblemResponse.ReadAsync(response);

        problem.Status.Should().Be(HttpStatusCode.BadRequest);
        problem.ContentType.Should().Be("application/problem+json");
        problem.Problems().Should().Equal(StammJson.ReadRequest(Documents.InvalidRequestJson).Problems);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
