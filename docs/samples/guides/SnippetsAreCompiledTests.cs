using System.Text.RegularExpressions;

namespace StAMM.Domain.Guides;

/// <summary>
/// The docs never show code that this project does not compile: every C# block in README.md and docs/ is a region (or
/// consecutive regions) of a file here, and every <c>[!code-csharp[](file#region)]</c> include names a region that exists.
/// </summary>
public sealed partial class SnippetsAreCompiledTests
{
    private static readonly string Root = Repository.Root;

    private static readonly string Samples = Path.Combine(Root, "docs", "samples", "guides");

    /// <summary>docs/testing.md shows the testing-sample project's code; that page and project belong to StAMM.Domain.Testing.</summary>
    private static readonly string[] NotChecked = ["docs/testing.md"];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Code)>> Regions = ReadRegions();

    public static TheoryData<string> Pages() => new(PageList());

    private static List<string> PageList()
    {
        var pages = new List<string> { "README.md" };
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

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_included_snippet_names_a_file_and_region_that_exist(string page)
    {
        var folder = Path.GetDirectoryName(Path.Combine(Root, page))!;

        foreach (Match include in Include().Matches(Read(page)))
        {
            var file = Path.GetFullPath(Path.Combine(folder, include.Groups["path"].Value));
            Regions.Should().ContainKey(file, "{0} includes {1}", page, include.Value);
            Regions[file].Select(r => r.Name).Should().Contain(include.Groups["region"].Value, "{0} includes {1}", page, include.Value);
        }
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

        readme.Should().Contain("dotnet add package StAMM.Domain\n");
        CSharpBlock().Matches(readme).Select(m => m.Groups["code"].Value.TrimEnd())
            .Should().Contain(Join(Path.Combine(Samples, "GettingStarted.cs"), "usings", "first-request"));
    }

    private static bool IsCompiled(string block) =>
        Regions.Values.Any(regions =>
            Enumerable.Range(0, regions.Count).Any(first =>
                Enumerable.Range(1, regions.Count - first).Any(count =>
                    string.Join("\n\n", regions.Skip(first).Take(count).Select(r => r.Code)) == block)));

    private static string Join(string file, params string[] names) =>
        string.Join("\n\n", names.Select(name => Regions[file].Single(r => r.Name == name).Code));

    private static Dictionary<string, IReadOnlyList<(string Name, string Code)>> ReadRegions() =>
        Directory.EnumerateFiles(Samples, "*.cs", SearchOption.AllDirectories)
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

    [GeneratedRegex(@"\[!code-csharp\[[^\]]*\]\((?<path>[^)#]+)#(?<region>[^)]+)\)\]")]
    private static partial Regex Include();

    [GeneratedRegex(@"^[ \t]*#region (?<name>\S+)[ \t]*\n(?<code>.*?)^[ \t]*#endregion", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex RegionBlock();
}
