namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>Files of the repository that the tests read.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

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
