namespace StAMM.Domain.TestFiles;

/// <summary>
/// The repository's files, for tests that read them or check generated files against them. One copy, linked into every
/// test project that needs it (tests/Shared/Repository.cs), so the root is found, and a generated file rewritten, one way.
/// </summary>
internal static class Repository
{
    /// <summary>Set to 1 to rewrite the generated files under docs/ (schemas, samples, reports) instead of failing.</summary>
    public const string UpdateVariable = "STAMM_UPDATE_SCHEMAS";

    /// <summary>The folder that holds StAMM.Domain.sln, found from the test's binaries upwards.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>True when <see cref="UpdateVariable"/> is 1.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The full path of a file named relative to the repository root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Reads a file by its path from the repository root, with LF line ends.</summary>
    public static string Read(string relative) => File.ReadAllText(PathOf(relative)).ReplaceLineEndings("\n");

    /// <summary>Checks that a generated file equals the committed one; with <see cref="UpdateVariable"/>=1, rewrites it.</summary>
    public static void ShouldMatchGenerated(string relative, string generated)
    {
        var path = PathOf(relative);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            return;
        }

        File.Exists(path).Should().BeTrue($"{relative} is generated; create it with: {UpdateVariable}=1 dotnet test StAMM.Domain.sln");
        File.ReadAllText(path).Should().Be(
            generated,
            $"{relative} must be what the code generates; after a deliberate change run '{UpdateVariable}=1 dotnet test StAMM.Domain.sln' and review the diff");
    }

    /// <summary>
    /// Checks that the generated region of a hand-written page, between <c>&lt;!-- generated: {region} --&gt;</c> and
    /// <c>&lt;!-- end generated: {region} --&gt;</c>, is what the code generates; with <see cref="UpdateVariable"/>=1, rewrites the region.
    /// </summary>
    public static void ShouldMatchGeneratedRegion(string relative, string region, string generated)
    {
        var text = Read(relative);
        var begin = $"<!-- generated: {region} -->\n";
        var end = $"<!-- end generated: {region} -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = start < 0 ? -1 : text.IndexOf(end, start, StringComparison.Ordinal);
        (start >= 0 && stop >= 0).Should().BeTrue($"{relative} marks its generated region with '{begin.TrimEnd()}' and '{end}'");
        if (Updating)
        {
            File.WriteAllText(PathOf(relative), text[..(start + begin.Length)] + generated + text[stop..]);
            return;
        }

        text[(start + begin.Length)..stop].Should().Be(
            generated,
            $"the region '{region}' of {relative} must be what the code generates; after a deliberate change run '{UpdateVariable}=1 dotnet test StAMM.Domain.sln' and review the diff");
    }

    /// <summary>Asserts that a page shows, verbatim, what a snippet printed.</summary>
    public static void ShouldShow(string page, string printed) =>
        Read(page).Should().Contain(printed.TrimEnd('\n'), "{0} shows what the snippet prints", page);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StAMM.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with StAMM.Domain.sln) was not found above " + AppContext.BaseDirectory);
    }
}
