using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

public sealed class InvalidDocumentTests
{
    private static readonly string Invalid = Repository.Read("docs/samples/invalid-project.json");

    [Fact]
    public void Every_problem_of_the_invalid_sample_is_reported_at_once_with_its_path()
    {
        var all = StammJson.ReadProject(Invalid).Problems;
        var problems = all.Select(p => (p.Code, p.Path)).ToList();

        problems.Should().BeEquivalentTo(
            new[]
        {
            (JsonProblemCodes.UnknownProperty, "$.implementer.budget"),
            (ProblemCodes.EndBeforeStart, "$.activities[0].period.end"),
            (ProblemCodes.InvalidFormat, "$.activities[1].period.start"),
            (JsonProblemCodes.UnknownValue, "$.activities[3].type"),

            // The checks that span parts still run for the activity that could be read (activities[2]).
            (ProblemCodes.ClosedWithoutEnd, "$.period.end"),
            (ProblemCodes.OutsideProjectPeriod, "$.activities[2].period"),
            (ProblemCodes.OutsideProjectScope, "$.activities[2].participants.countries"),
            (ProblemCodes.FunderNotDonor, "$.activities[2].funding[0]"),
        },
            string.Join(" | ", all));
    }

    [Fact]
    public void A_part_with_only_domain_problems_reports_them_below_its_path()
    {
        var json = Invalid.Replace("\"start\": \"2019-02-30\"", "\"start\": \"2019-02-28\"", StringComparison.Ordinal);

        StammJson.ReadProject(json).Problems.Should().Contain(p => p.Code == ProblemCodes.NotAllowed && p.Path == "$.activities[1].venue");
    }

    [Fact]
    public void A_broken_part_stops_the_checks_that_need_it_but_not_the_other_parts()
    {
        var json = Invalid.Replace("\"percentage\": 40", "\"percentage\": 30", StringComparison.Ordinal);

        var problems = StammJson.ReadProject(json).Problems;

        problems.Should().Contain(p => p.Code == ProblemCodes.SharesSum && p.Path == "$.scope.shares");
        problems.Should().Contain(p => p.Path == "$.activities[0].period.end");
        problems.Should().NotContain(p => p.Code == ProblemCodes.OutsideProjectScope, "the scope is broken, so nothing can be checked against it");
    }

    [Fact]
    public void The_invalid_sample_also_fails_the_schema() =>
        SchemaValidation.Errors(SchemaValidation.Project, Invalid).Should().NotBeEmpty();

    [Fact]
    public void The_minimal_sample_is_valid_for_the_reader_and_the_schema()
    {
        var json = Repository.Read("docs/samples/minimal-project.json");

        StammJson.ReadProject(json).Problems.Should().BeEmpty();
        SchemaValidation.Errors(SchemaValidation.Project, json).Should().BeEmpty();
    }

    [Fact]
    public void A_document_of_another_kind_is_not_a_project()
    {
        var json = Repository.Read("docs/samples/wrong-kind.json");

        StammJson.ReadProject(json).Problems.Should().ContainSingle().Which.Path.Should().Be("$.kind");
        StammJson.Read(json).Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.UnknownKind);
    }

    [Fact]
    public void Reading_any_kind_gives_a_project_document_for_a_project()
    {
        var result = StammJson.Read(Repository.Read("docs/samples/stamm-project.json"));

        result.OrThrow().Should().BeOfType<ProjectDocument>().Which.Project.Acronym.Should().Be("StAMM");
        result.OrThrow().Kind.Should().Be(StammJson.ProjectKind);
    }
}
