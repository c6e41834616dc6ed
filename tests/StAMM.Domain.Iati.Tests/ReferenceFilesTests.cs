using StAMM.Domain.Iati.Reference;

namespace StAMM.Domain.Iati.Tests;

public sealed class ReferenceFilesTests
{
    /// <summary>The shared reference folder beside the repository (../shared/reference/iati), when this checkout has one.</summary>
    private static string? SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StAMM.Domain.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference", "iati"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    }

    [Fact]
    public void Every_embedded_file_is_byte_identical_to_the_official_copy()
    {
        var shared = SharedFolder();
        Assert.SkipWhen(shared is null, "No ../shared/reference/iati beside this checkout.");
        foreach (var name in IatiReference.ResourceNames)
        {
            var relative = name["Reference/".Length..];
            var candidates = relative.StartsWith("codelists/", StringComparison.Ordinal)
                ? new[] { Path.Combine(shared!, "codelists", "embedded", Path.GetFileName(relative)), Path.Combine(shared!, "codelists", "non-embedded", Path.GetFileName(relative)) }
                : [Path.Combine(shared!, relative)];
            var official = candidates.Single(File.Exists);
            using var stream = IatiReference.Open(name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.ToArray().Should().Equal(File.ReadAllBytes(official), name);
        }
    }

    [Fact]
    public void The_embedded_schemas_compile() => IatiReference.CreateActivitySchemaSet().IsCompiled.Should().BeTrue();

    [Fact]
    public void The_package_carries_the_three_schemas_the_ruleset_and_the_codelists() =>
        IatiReference.ResourceNames.Should().Contain([
            "Reference/schema/iati-activities-schema.xsd", "Reference/schema/iati-common.xsd", "Reference/schema/xml.xsd",
            "Reference/rulesets/standard.json", "Reference/codelists/Sector.xml", "Reference/codelists/Country.xml",
        ]);
}
