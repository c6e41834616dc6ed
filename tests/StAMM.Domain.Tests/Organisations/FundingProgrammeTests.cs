using StAMM.Domain.Organisations;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Organisations;

public sealed class FundingProgrammeTests
{
    [Fact]
    public void A_programme_keeps_its_names()
    {
        var programme = FundingProgramme.Create(" Aid in Place ", " Pomoc na místě ").Should().BeValid().Which;
        programme.Name.Should().Be("Aid in Place");
        programme.LocalName.Should().Be("Pomoc na místě");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void A_programme_needs_a_name(string? name) =>
        FundingProgramme.Create(name).Should().FailWithExactly(ProblemCodes.Required, "name");

    [Fact]
    public void A_local_name_of_more_than_500_characters_is_too_long() =>
        FundingProgramme.Create("Aid in Place", new string('x', 501)).Should().FailWithExactly(ProblemCodes.TooLong, "localName");

    [Fact]
    public void Every_problem_of_a_programme_is_reported_at_once() =>
        FundingProgramme.Create(null, new string('x', 501)).Should().FailWithExactly(
            (ProblemCodes.Required, "name"),
            (ProblemCodes.TooLong, "localName"));

    [Fact]
    public void Programmes_with_equal_names_are_equal()
    {
        var a = FundingProgramme.Create("Aid in Place").OrThrow();
        var b = FundingProgramme.Create("Aid in Place").OrThrow();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Programmes_with_different_local_names_differ() =>
        FundingProgramme.Create("Aid in Place", "A").OrThrow().Should().NotBe(FundingProgramme.Create("Aid in Place", "B").OrThrow());

    [Fact]
    public void With_on_a_programme_only_copies()
    {
        // Name and LocalName are get-only, so `with` can only copy.
        var programme = FundingProgramme.Create("Aid in Place").OrThrow();
        var copy = programme with { };
        copy.Should().Be(programme);
    }
}
