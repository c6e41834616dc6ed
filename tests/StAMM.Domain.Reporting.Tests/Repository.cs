namespace StAMM.Domain.Reporting.Tests;

/// <summary>Files of the repository that the tests read and, on request, rewrite (as StAMM.Domain.Json.Tests does).</summary>
internal static class Repository
{
    /// <summary>Set to 1 to rewrite the generated files under docs/ instead of failing.</summary>
    public const string UpdateVariable = "STAMM_UPDATE_SCHEMAS";

    public static string Root { get; } = FindRoot();

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string PathOf(string relative) => Path.Combine(Root, relative);

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
