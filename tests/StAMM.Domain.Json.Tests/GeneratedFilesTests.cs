using StAMM.Domain.BuiltIn;

namespace StAMM.Domain.Json.Tests;

public sealed class GeneratedFilesTests
{
    [Fact]
    public void The_committed_project_schema_is_the_generated_one() =>
        Repository.ShouldMatchGenerated("docs/schemas/project.schema.json", StammJson.Schema(StammJson.ProjectKind));

    [Fact]
    public void The_StAMM_sample_is_what_the_writer_produces() =>
        Repository.ShouldMatchGenerated("docs/samples/stamm-project.json", StammJson.WriteProject(Stamm.Project));
}
