using System.Text.RegularExpressions;

namespace StAMM.Domain.Guides;

/// <summary>
/// The docs never show code that this project does not compile: every C# block in README.md and docs/ is a region (or
/// consecutive regions) of a file here, and a block under a snippet marker is exactly the region it names.
/// </summary>
public sealed partial class SnippetsAreCompiledTests
{
    private static readonly string Root = Repository.Root;

    private static readonly string Samples = Path.Combine(Root, "docs", "samples", "guides");

    /// <summary>The folders whose regions the pages show: this project's and the reference web application's.</summary>
    private static readonly string[] SampleFolders = [Samples, Path.Combine(Root, "docs", "samples", "web-api")];

    /// <summary>
    /// docs/testing.md and the Testing package's README show the testing-sample project's code; those pages and that
    /// project belong to StAMM.Domain.Testing, whose DocsTests check them.
    /// </summary>
    private static readonly string[] NotChecked = ["docs/testing.md", "src/StAMM.Domain.Testing/README.md"];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Code)>> Regions = ReadRegions();

    public static TheoryData<string> Pages() => new(PageList());

    private static List<string> PageList()
    {
        var pages = new List<string> { "README.md" };
        pages.AddRange(PackageReadmes().Where(p => !NotChecked.Contains(p)));
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
                     .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
                     .Where(p => !p.StartsWith("docs/_site/", StringComparison.Ordinal) && !p.StartsWith("docs/api/", StringComparison.Ordinal)
                                 && !p.StartsWith("docs/samples/", StringComparison.Ordinal) && !NotChecked.Contains(p))
                     .Order(StringComparer.Ordinal))
        {
            pages.Add(page);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_CSharp_block_is_compiled_code_from_the_samples(string page)
    {
        var blocks = CSharpBlock().Matches(Read(page)).Select(m => m.Groups["code"].Value.TrimEnd()).ToList();

        blocks.Where(block => !IsCompiled(block)).Should().BeEmpty("{0} should show only code from docs/samples/guides regions", page);
    }

    /// <summary>
    /// The guides are read on the repository host and in editors too, where docfx's <c>[!code-csharp[](file#region)]</c>
    /// includes show nothing: every page carries its code inline.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public void No_page_includes_code_by_reference(string page)
    {
        Include().Matches(Read(page)).Select(m => m.Value).Should().BeEmpty("{0} should carry its code inline, under a snippet marker", page);
    }

    /// <summary>
    /// Each <c>&lt;!-- snippet: file#region --&gt;</c> marker is followed by that region, verbatim. Run with
    /// <c>STAMM_UPDATE_SNIPPETS=1</c> to copy the compiled regions into the pages after a deliberate change.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_snippet_marker_is_followed_by_its_region_verbatim(string page)
    {
        var folder = Path.GetDirectoryName(Path.Combine(Root, page))!;
        var text = Read(page);
        var updated = SnippetMarker().Replace(text, marker =>
        {
            var file = Path.GetFullPath(Path.Combine(folder, marker.Groups["path"].Value));
            Regions.Should().ContainKey(file, "{0} names {1}", page, marker.Groups["path"].Value);
            var region = Regions[file].Where(r => r.Name == marker.Groups["region"].Value).Select(r => r.Code).ToList();
            region.Should().ContainSingle("{0} names region {1} of {2}", page, marker.Groups["region"].Value, marker.Groups["path"].Value);
            return $"{marker.Groups["marker"].Value}```csharp\n{region[0]}\n```";
        });

        if (updated != text && Environment.GetEnvironmentVariable("STAMM_UPDATE_SNIPPETS") == "1")
        {
            File.WriteAllText(Path.Combine(Root, page), updated);
            return;
        }

        updated.Should().Be(text, "{0} should show each marked region as the samples compile it (STAMM_UPDATE_SNIPPETS=1 rewrites the page)", page);
    }

    [Fact]
    public void Every_region_is_shown_on_some_page()
    {
        var pages = PageList().Select(Read).ToList();
        var included = pages.SelectMany(p => Include().Matches(p)).Select(m => (Path.GetFileName(m.Groups["path"].Value), m.Groups["region"].Value)).ToHashSet();
        var inline = pages.SelectMany(p => CSharpBlock().Matches(p)).Select(m => m.Groups["code"].Value.TrimEnd()).ToList();

        var unshown = Regions.SelectMany(file => file.Value.Select(r => (File: Path.GetFileName(file.Key), r.Name, r.Code)))
            .Where(r => !included.Contains((r.File, r.Name)) && !inline.Any(block => block.Contains(r.Code, StringComparison.Ordinal)))
            .Select(r => $"{r.File}#{r.Name}");

        unshown.Should().BeEmpty();
    }

    [Fact]
    public void The_README_shows_the_path_from_the_package_to_an_evaluated_request()
    {
        var readme = Read("README.md");

        readme.Should().Contain("dotnet add package StAMM.Domain --source ~/stamm-feed\n");
        CSharpBlock().Matches(readme).Select(m => m.Groups["code"].Value.TrimEnd())
            .Should().Contain(Join(Path.Combine(Samples, "GettingStarted.cs"), "usings", "first-request"));
    }

    /// <summary>The README that each package carries (the repository's README is not packed).</summary>
    internal static IEnumerable<string> PackageReadmes() =>
        Directory.EnumerateFiles(Path.Combine(Root, "src"), "README.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static bool IsCompiled(string block) =>
        Regions.Values.Any(regions =>
            Enumerable.Range(0, regions.Count).Any(first =>
                Enumerable.Range(1, regions.Count - first).Any(count =>
                    string.Join("\n\n", regions.Skip(first).Take(count).Select(r => r.Code)) == block)));

    private static string Join(string file, params string[] names) =>
        string.Join("\n\n", names.Select(name => Regions[file].Single(r => r.Name == name).Code));

    private static Dictionary<string, IReadOnlyList<(string Name, string Code)>> ReadRegions() =>
        SampleFolders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(
                f => Path.GetFullPath(f),
                f => (IReadOnlyList<(string, string)>)RegionBlock().Matches(Normalise(File.ReadAllText(f)))
                    .Select(m => (m.Groups["name"].Value, Dedent(m.Groups["code"].Value)))
                    .ToList());

    /// <summary>Removes the indentation the lines share, as docfx does when it includes a region.</summary>
    private static string Dedent(string code)
    {
        var lines = code.TrimEnd().Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    private static string Read(string relative) => Repository.Read(relative);

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"(?<marker><!-- snippet: (?<path>[^#]+)#(?<region>\S+) -->\n)```csharp\n.*?^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex SnippetMarker();

    [GeneratedRegex(@"\[!code-csharp\[[^\]]*\]\((?<path>[^)#]+)#(?<region>[^)]+)\)\]")]
    private static partial Regex Include();

    [GeneratedRegex(@"^[ \t]*#region (?<name>\S+)[ \t]*\n(?<code>.*?)^[ \t]*#endregion", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex RegionBlock();
}
