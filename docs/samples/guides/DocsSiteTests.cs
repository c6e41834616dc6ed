using System.Text.RegularExpressions;

namespace StAMM.Domain.Guides;

/// <summary>The docs site's table of contents reaches every page, and the README names the command that builds the site.</summary>
public sealed partial class DocsSiteTests
{
    private static readonly string Docs = Path.Combine(Repository.Root, "docs");

    [Fact]
    public void Every_page_is_in_the_table_of_contents()
    {
        var toc = File.ReadAllText(Path.Combine(Docs, "toc.yml"));
        var linked = TocHref().Matches(toc).Select(m => m.Groups["href"].Value).ToHashSet();

        var pages = Directory.EnumerateFiles(Docs, "*.md", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateFiles(Path.Combine(Docs, "guides"), "*.md"))
            .Select(p => Path.GetRelativePath(Docs, p).Replace('\\', '/'));

        pages.Where(page => !linked.Contains(page)).Should().BeEmpty();
    }

    [Fact]
    public void The_README_names_the_one_command_that_builds_and_serves_the_site()
    {
        Repository.Read("README.md")
            .Should().Contain("dotnet tool restore && dotnet docfx docs/docfx.json --serve");
    }

    [Fact]
    public void The_changelog_keeps_an_Unreleased_section()
    {
        File.ReadAllText(Path.Combine(Docs, "changelog.md")).Should().Contain("\n## [Unreleased]\n").And.Contain("\n### Added\n");
    }

    [GeneratedRegex(@"href:\s*(?<href>\S+)")]
    private static partial Regex TocHref();
}
