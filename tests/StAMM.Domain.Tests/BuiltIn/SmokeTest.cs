using StAMM.Domain.BuiltIn;

namespace StAMM.Domain.Tests.BuiltIn;

public sealed class SmokeTest
{
    [Fact]
    public void The_built_in_project_is_called_StAMM() => Stamm.Project.Acronym.Should().Be("StAMM");
}
