using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Json;

namespace StAMM.Domain.Guides;

public sealed class JsonDocumentsTests
{
    [Fact]
    public void The_project_written_and_read_back_prints_its_title()
    {
        Output.Of(JsonDocuments.ReadWriteProject).Should().Be(Stamm.Project.Title + "\n");
    }

    [Fact]
    public void A_request_stored_in_a_file_reads_back_equal()
    {
        var request = EvaluatingARequest.Request().OrThrow();
        var path = Path.Combine(Path.GetTempPath(), $"stamm-guide-{Guid.NewGuid():N}.json");
        try
        {
            JsonDocuments.StoreRequest(request, path).OrThrow().Should().Be(request);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_invalid_request_document_reports_every_problem_with_its_JSON_path()
    {
        Output.Of(JsonDocuments.ReadInvalid).Should().Be(
            """
            $.requester: json-missing-property
            $.contact: json-missing-property
            $.activityType: json-unknown-value
            $.themes: json-missing-property
            $.title: json-missing-property
            $.need: json-missing-property
            $.dates: json-missing-property

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_of_any_kind_is_recognised_by_its_kind()
    {
        JsonDocuments.Describe(StammJson.WriteProject(Stamm.Project)).Should().Be("project StAMM");
        JsonDocuments.Describe(StammJson.WriteRequest(EvaluatingARequest.Request().OrThrow())).Should().Be("request 2026-031-BA-MoS");
        JsonDocuments.Describe(StammJson.WriteRuleSet(StammRuleSet.Default)).Should().Be("rule set StAMM eligibility 2026.2");
        JsonDocuments.Describe("""{"kind":"project"}""").Should().Be("unreadable: $.schemaVersion: The property 'schemaVersion' is required. (json-missing-property)");
    }

    [Fact]
    public void A_decision_is_recorded_on_one_line_with_its_outcome_and_trace()
    {
        var decision = EvaluatingARequest.Decide(EvaluatingARequest.Request().OrThrow(), ModellingAProject.Project(),
            ModellingAProject.Balances(), new FakeClock(Instant.FromUtc(2026, 3, 2, 12, 0)));

        var record = JsonDocuments.RecordDecision(decision);

        record.Should().NotContain("\n").And.Contain("\"decision\":\"eligible\"").And.Contain("\"code\":\"OUT-KOSOVO-DESIGNATION\"");
    }

    [Fact]
    public void The_guide_shows_what_reading_the_invalid_request_prints()
    {
        Repository.ShouldShow("docs/guides/json.md", Output.Of(JsonDocuments.ReadInvalid));
    }
}
