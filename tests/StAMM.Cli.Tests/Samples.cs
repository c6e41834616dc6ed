namespace StAMM.Cli.Tests;

/// <summary>The sample documents of the repository (docs/samples).</summary>
internal static class Samples
{
    public static string Root => Repository.Root;

    public static string RequestsFolder => Path.Combine(Root, "docs", "samples", "requests");

    public static string Request(string name) => Path.Combine(RequestsFolder, name);
}
