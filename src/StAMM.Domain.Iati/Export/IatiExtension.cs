using System.Xml.Linq;

namespace StAMM.Domain.Iati.Export;

/// <summary>
/// The extension namespace in which <see cref="IatiExport"/> writes what the model holds and IATI 2.03 has no element
/// for (month precision, activity type, venue, beneficiaries, participants, topics, programmes, earmarks), and the
/// URIs of the two reporting-organisation tag vocabularies (IATI tag vocabulary 99) it uses.
/// </summary>
/// <remarks>
/// <para>IATI allows elements and attributes of other namespaces almost everywhere (<c>xsd:any namespace="##other"</c>,
/// <c>processContents="lax"</c>), so a file with the extension stays valid against the official XSD, and readers that do
/// not know the namespace ignore it. docs/iati.md describes every element and attribute.</para>
/// <para>The version is part of the URI: a change that an older reader could misread gets a new URI.</para>
/// <para>The URIs are names (<c>urn:</c>), not web addresses: no address of the project is confirmed, and a file must
/// read back whatever the build, so they do not follow the <c>StammRepositoryUrl</c> build property. docs/iati.md
/// documents them.</para>
/// </remarks>
public static class IatiExtension
{
    /// <summary>The namespace URI, version 1.</summary>
    public const string NamespaceUri = "urn:stamm-domain:iati-extension:1";

    /// <summary>The prefix the export declares for the namespace.</summary>
    public const string Prefix = "stamm";

    /// <summary>The <c>vocabulary-uri</c> of the tags (vocabulary 99) that carry the thematic areas of a project and of its activities; codes are the camel-case names of <c>ThematicArea</c>, such as <c>capacityDevelopment</c>.</summary>
    public const string ThematicAreaVocabularyUri = "urn:stamm-domain:iati-tag-vocabulary:thematic-areas";

    /// <summary>The <c>vocabulary-uri</c> of the tags (vocabulary 99) that carry an activity's migration dialogues; codes are the camel-case names of <c>MigrationDialogue</c>, such as <c>pragueProcess</c>.</summary>
    public const string DialogueVocabularyUri = "urn:stamm-domain:iati-tag-vocabulary:migration-dialogues";

    internal static readonly XNamespace Ns = NamespaceUri;

    /// <summary>The camel-case name of an enum value, as the JSON documents write it: <c>InPerson</c> → <c>inPerson</c>.</summary>
    internal static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }

    /// <summary>Finds the enum value whose camel-case name is <paramref name="code"/> (ordinal).</summary>
    internal static bool TryParse<T>(string? code, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Code(candidate), code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
