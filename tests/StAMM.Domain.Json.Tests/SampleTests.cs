using StAMM.Domain.BuiltIn;

namespace StAMM.Domain.Json.Tests;

public sealed class SampleTests
{
    [Fact]
    public void The_StAMM_sample_reads_back_as_the_built_in_project()
    {
        var result = StammJson.ReadProject(Repository.Read("docs/samples/stamm-project.json"));

        result.Problems.Should().BeEmpty();
        result.OrThrow().Should().Be(Stamm.Project);
    }

    [Fact]
    public void The_StAMM_sample_validates_against_the_committed_schema() =>
        SchemaValidation.Errors(SchemaValidation.Project, Repository.Read("docs/samples/stamm-project.json")).Should().BeEmpty();
}
