namespace StAMM.Domain.Guides;

/// <summary>The repository's files, for the tests that check the pages against the code.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Reads a file by its path from the repository root, with LF line ends.</summary>
    public static string Read(string relative) =>
        File.ReadAllText(Path.Combine(Root, relative)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Asserts that a page shows, verbatim, what a snippet printed.</summary>
    public static void ShouldShow(string page, string printed) =>
        Read(page).Should().Contain(printed.TrimEnd('\n'), "{0} shows what the snippet prints", page);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StAMM.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (StAMM.Domain.sln) was not found.");
    }
}
