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

    /// <summary>
    /// Embedded files the shared reference folder does not hold, with the git blob id of the official file at the
    /// commit NOTICE.md names (IATI-Codelists-NonEmbedded 7aeece77, xml/OrganisationRegistrationAgency.xml).
    /// </summary>
    private static readonly Dictionary<string, string> OfficialBlobIds = new(StringComparer.Ordinal)
    {
        ["Reference/codelists/OrganisationRegistrationAgency.xml"] = "2a690689752d758ef79223c830593bc58e0928e9",
    };

    private static string GitBlobId(byte[] content)
    {
        var header = System.Text.Encoding.ASCII.GetBytes($"blob {content.Length}\0");
#pragma warning disable CA5350 // git names blobs by SHA-1; this compares with that name, it protects nothing
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData([.. header, .. content]));
#pragma warning restore CA5350
    }

    [Fact]
    public void Every_embedded_file_the_shared_folder_lacks_is_the_official_blob()
    {
        foreach (var (name, blob) in OfficialBlobIds)
        {
            using var stream = IatiReference.Open(name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            GitBlobId(copy.ToArray()).Should().Be(blob, name);
        }
    }

    [Fact]
    public void Every_embedded_file_is_byte_identical_to_the_official_copy()
    {
        var shared = SharedFolder();
        Assert.SkipWhen(shared is null, "No ../shared/reference/iati beside this checkout.");
        foreach (var name in IatiReference.ResourceNames.Where(n => !OfficialBlobIds.ContainsKey(n)))
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
            "Reference/codelists/OrganisationRegistrationAgency.xml",
        ]);
}
