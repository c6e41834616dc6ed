using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ardalis.GuardClauses;
using StAMM.Domain.Iati.Reading;

namespace StAMM.Domain.Iati.Import;

/// <summary>
/// Reads <c>iati-activities</c> files of versions 2.01 to 2.03, one activity at a time, into
/// <see cref="IatiImportedActivity"/> results. Real files are imperfect: whatever cannot be mapped is reported on its
/// activity, with path and reason, and reading goes on.
/// </summary>
/// <remarks>
/// <para>Streaming: only one activity is held in memory, so files of any number of activities are read in bounded
/// memory. DTDs are refused, no resolver is used, and size and depth are limited (<see cref="IatiReaderLimits"/>);
/// such a file throws <see cref="IatiFileException"/> when the enumeration reaches the offending part.</para>
/// <para>Tolerated as publishers write them: <c>xml:lang</c> in any case, percentages that sum to 100 only within
/// the domain's tolerance, <c>location/point</c> without <c>pos</c>, attributes and elements of other namespaces,
/// dates written as date-times. Codes are checked against the embedded IATI codelists.</para>
/// <para>Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class IatiImport
{
    /// <summary>Reads the activities of a file given as text.</summary>
    /// <param name="xml">The XML.</param>
    /// <param name="limits">The reader's limits; <see cref="IatiReaderLimits.Default"/> when null.</param>
    /// <returns>The activities, in file order.</returns>
    /// <exception cref="IatiFileException">The text cannot be read as an IATI activity file.</exception>
    public static ImmutableArray<IatiImportedActivity> ReadXml(string xml, IatiReaderLimits? limits = null)
    {
        Guard.Against.Null(xml);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return [.. ReadActivities(stream, limits)];
    }

    /// <summary>Reads the activities of a file lazily: each is read when the enumeration reaches it.</summary>
    /// <param name="stream">The file; it must stay open while enumerating and is not closed.</param>
    /// <returns>The activities, in file order.</returns>
    /// <exception cref="IatiFileException">Thrown during enumeration when the file cannot be read further.</exception>
    public static IEnumerable<IatiImportedActivity> ReadActivities(Stream stream) => ReadActivities(stream, null, null, CancellationToken.None);

    /// <summary>Reads the activities of a file lazily: each is read when the enumeration reaches it.</summary>
    /// <param name="stream">The file; it must stay open while enumerating and is not closed.</param>
    /// <param name="limits">The reader's limits; <see cref="IatiReaderLimits.Default"/> when null.</param>
    /// <returns>The activities, in file order.</returns>
    /// <exception cref="IatiFileException">Thrown during enumeration when the file cannot be read further.</exception>
    public static IEnumerable<IatiImportedActivity> ReadActivities(Stream stream, IatiReaderLimits? limits) => ReadActivities(stream, limits, null, CancellationToken.None);

    /// <summary>Reads the activities of a file lazily, reporting progress and stopping when asked.</summary>
    /// <param name="stream">The file; it must stay open while enumerating and is not closed.</param>
    /// <param name="limits">The reader's limits; <see cref="IatiReaderLimits.Default"/> when null.</param>
    /// <param name="progress">Told the number of activities read so far after each activity; may be null.</param>
    /// <param name="cancellationToken">Checked before each activity is read: the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The activities, in file order.</returns>
    /// <exception cref="IatiFileException">Thrown during enumeration when the file cannot be read further.</exception>
    public static IEnumerable<IatiImportedActivity> ReadActivities(Stream stream, IatiReaderLimits? limits, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(stream);
        return Enumerate(stream, limits ?? IatiReaderLimits.Default, progress, cancellationToken);
    }

    private static IEnumerable<IatiImportedActivity> Enumerate(Stream stream, IatiReaderLimits limits, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(stream, SafeXml.Settings(limits));
        var nodes = new ActivityNodes();
        var mapper = new IatiActivityMapper();
        string? version = null;
        var rootSeen = false;
        var index = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ActivityNode activity;
            try
            {
                if (!MoveToNextActivity(reader, limits, ref rootSeen, ref version))
                {
                    yield break;
                }

                activity = nodes.Read(reader, limits);
            }
            catch (XmlException ex)
            {
                throw SafeXml.Translate(ex);
            }

            index++;
            var mapped = mapper.Map(activity, index, version);
            progress?.Report(index);
            yield return mapped;
        }
    }

    /// <summary>
    /// Reads up to the next <c>iati-activity</c> child of the root and returns it, or <see langword="null"/> at the end
    /// (the project reader's way: it holds every activity of the file at once).
    /// </summary>
    internal static XElement? NextActivity(XmlReader reader, IatiReaderLimits limits, ref bool rootSeen, ref string? version) =>
        MoveToNextActivity(reader, limits, ref rootSeen, ref version) ? SafeXml.ReadElement(reader, limits) : null;

    /// <summary>
    /// Moves the reader to the start of the next <c>iati-activity</c> child of the root; <see langword="false"/> at the
    /// end. The one streaming loop of every IATI reader (the importer and the project reader): checks the root and reads
    /// its version on the way.
    /// </summary>
    private static bool MoveToNextActivity(XmlReader reader, IatiReaderLimits limits, ref bool rootSeen, ref string? version)
    {
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.Depth > limits.MaxDepth)
            {
                throw SafeXml.TooDeep(reader, limits.MaxDepth);
            }

            if (!rootSeen)
            {
                if (reader.LocalName != "iati-activities" || reader.NamespaceURI.Length != 0)
                {
                    throw new IatiFileException(IatiFileProblem.NotIatiActivities, $"The root element is <{reader.Name}>, not <iati-activities>.", SafeXml.LineOf(reader));
                }

                rootSeen = true;
                version = SafeXml.ReadAttributes(reader, limits).FirstOrDefault(a => a.Name == "version")?.Value.Trim();
                reader.Read();
                continue;
            }

            if (reader.Depth == 1 && reader.LocalName == "iati-activity" && reader.NamespaceURI.Length == 0)
            {
                return true;
            }

            reader.Read();
        }

        if (!rootSeen)
        {
            throw new IatiFileException(IatiFileProblem.NotIatiActivities, "The file has no root element.");
        }

        return false;
    }

}
