using System.Collections.Immutable;
using System.Reflection;
using System.Xml;
using System.Xml.Schema;
using Ardalis.GuardClauses;

namespace StAMM.Domain.Iati.Reference;

/// <summary>
/// The official IATI 2.03 files this package carries: the activity XSDs, the codelists it checks against and the
/// standard ruleset, embedded byte for byte (see NOTICE.md in the package for source, commit and licence).
/// </summary>
/// <remarks>Thread-safe. Each call returns a fresh object, so callers may change what they get.</remarks>
public static class IatiReference
{
    /// <summary>The IATI version of the embedded files: <c>2.03</c>.</summary>
    public const string Version = "2.03";

    private const string Prefix = "Reference/";
    private static readonly Assembly Self = typeof(IatiReference).Assembly;

    /// <summary>The names of the embedded files, such as <c>Reference/schema/iati-activities-schema.xsd</c>.</summary>
    public static ImmutableArray<string> ResourceNames { get; } =
        [.. Self.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>Opens one embedded file.</summary>
    /// <param name="name">A name from <see cref="ResourceNames"/>.</param>
    /// <returns>A read-only stream the caller disposes.</returns>
    /// <exception cref="ArgumentException">No file has that name.</exception>
    public static Stream Open(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        return Self.GetManifestResourceStream(name)
            ?? throw new ArgumentException($"'{name}' is not an embedded IATI reference file; see IatiReference.ResourceNames.", nameof(name));
    }

    /// <summary>
    /// Compiles the three official schemas (<c>iati-activities-schema.xsd</c>, <c>iati-common.xsd</c>, <c>xml.xsd</c>)
    /// into a schema set for validating <c>iati-activities</c> documents.
    /// </summary>
    /// <returns>A compiled schema set. Includes and imports resolve to the embedded files only; nothing is fetched.</returns>
    public static XmlSchemaSet CreateActivitySchemaSet()
    {
        var set = new XmlSchemaSet { XmlResolver = new EmbeddedSchemaResolver() };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using (var stream = Open(Prefix + "schema/iati-activities-schema.xsd"))
        using (var reader = XmlReader.Create(stream, settings, EmbeddedSchemaResolver.BaseUri + "iati-activities-schema.xsd"))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    /// <summary>Maps the schemas' relative <c>schemaLocation</c>s to the embedded files and refuses everything else.</summary>
    private sealed class EmbeddedSchemaResolver : XmlResolver
    {
        public const string BaseUri = "https://stamm-domain.invalid/iati/schema/";

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            ArgumentNullException.ThrowIfNull(absoluteUri);
            var text = absoluteUri.AbsoluteUri;
            if (text.StartsWith(BaseUri, StringComparison.Ordinal))
            {
                var file = text[BaseUri.Length..];
                if (file is "iati-common.xsd" or "xml.xsd" or "iati-activities-schema.xsd")
                {
                    return Open(Prefix + "schema/" + file);
                }
            }

            throw new XmlException($"The IATI schemas may only refer to the embedded schema files; '{text}' was asked for.");
        }
    }
}
