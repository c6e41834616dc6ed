namespace StAMM.Cli.Tests;

/// <summary>The sample documents of the repository (docs/samples).</summary>
internal static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string RequestsFolder => Path.Combine(Root, "docs", "samples", "requests");

    public static string Request(string name) => Path.Combine(RequestsFolder, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StAMM.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
