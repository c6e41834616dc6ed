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

    [Fact]
    public void The_mutation_survivors_are_not_listed_among_the_concepts()
    {
        var toc = File.ReadAllText(Path.Combine(Docs, "toc.yml")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var concepts = toc[toc.IndexOf("- name: Concepts\n", StringComparison.Ordinal)..];
        concepts = concepts[..concepts.IndexOf("\n- name:", 1, StringComparison.Ordinal)];

        concepts.Should().NotContain("mutation-survivors.md");
    }

    /// <summary>
    /// A package's README links to files of this repository relatively (<c>../../docs/...</c>), which is true in the
    /// repository, in an editor and on any host. No address of the project is confirmed while StammRepositoryUrl
    /// (Directory.Build.props) is empty, so a README names none; packing makes the links absolute when it is set
    /// (Directory.Build.targets).
    /// </summary>
    [Fact]
    public void Every_link_of_a_package_README_is_a_relative_link_to_a_file_of_this_repository()
    {
        foreach (var readme in SnippetsAreCompiledTests.PackageReadmes())
        {
            var links = MarkdownLink().Matches(Repository.Read(readme)).Select(m => m.Groups["href"].Value).ToList();
            links.Should().NotBeEmpty("{0} should link to the guides", readme);
            foreach (var link in links)
            {
                link.Should().NotContain("://", "{0} links {1}: an address no one confirmed", readme, link);
                var path = Path.GetFullPath(Path.Combine(Repository.Root, Path.GetDirectoryName(readme)!, link));
                path.Should().StartWith(Repository.Root, "{0} links {1}, which should be a file of this repository", readme, link);
                (File.Exists(path) || Directory.Exists(path)).Should().BeTrue("{0} links {1}, which should exist", readme, link);
            }
        }
    }

    [GeneratedRegex(@"\]\((?<href>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"href:\s*(?<href>\S+)")]
    private static partial Regex TocHref();
}
