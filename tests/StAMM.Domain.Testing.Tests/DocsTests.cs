namespace StAMM.Domain.Testing.Tests;

/// <summary>docs/testing.md shows the sample's own code, so the ten-line rule test it shows compiles and passes in CI.</summary>
public sealed class DocsTests
{
    private const string SampleTests = "docs/samples/testing-sample/TravelNoticeRuleTests.cs";

    [Fact]
    public void The_ten_line_rule_test_in_the_guide_is_the_sample_test_word_for_word()
    {
        var guide = Repository.Read("docs/testing.md");
        var section = guide[guide.IndexOf("## A rule test in ten lines", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var shown = section[start..section.IndexOf("```\n", start, StringComparison.Ordinal)];

        shown.Should().Be(Region(Repository.Read(SampleTests), "ten-line-test"), $"the guide shows the test in {SampleTests}; copy it again after changing either");
    }

    [Fact]
    public void The_package_README_shows_the_sample_test_word_for_word()
    {
        var readme = Repository.Read("src/StAMM.Domain.Testing/README.md");
        var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var shown = readme[start..readme.IndexOf("```\n", start, StringComparison.Ordinal)];

        shown.Should().Be(Region(Repository.Read(SampleTests), "ten-line-test"), $"the package README shows the test in {SampleTests}; copy it again after changing either");
    }

    [Fact]
    public void The_rule_test_in_the_guide_has_at_most_ten_lines_of_body()
    {
        var body = Region(Repository.Read(SampleTests), "ten-line-test").Split('\n').SkipWhile(l => l != "{").Skip(1).TakeWhile(l => l != "}");

        body.Count().Should().BeLessThanOrEqualTo(10);
    }

    /// <summary>The lines between <c>// &lt;name&gt;</c> and <c>// &lt;/name&gt;</c>, without the indentation they share.</summary>
    private static string Region(string text, string name)
    {
        var lines = text.Split('\n');
        var from = Array.FindIndex(lines, l => l.Trim() == $"// <{name}>") + 1;
        var to = Array.FindIndex(lines, l => l.Trim() == $"// </{name}>");
        from.Should().BePositive($"the sample marks the region with // <{name}>");
        to.Should().BeGreaterThan(from);
        var region = lines[from..to];
        var indent = region.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Concat(region.Select(l => (l.Trim().Length == 0 ? string.Empty : l[indent..]) + "\n"));
    }
}
