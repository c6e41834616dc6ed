using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Reference;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

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
    private static readonly XName Lang = XNamespace.Xml + "lang";

    private static readonly FrozenNames Read =
    [
        "iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status", "activity-date",
        "activity-scope", "recipient-country", "recipient-region", "location", "sector", "tag", "default-aid-type", "budget",
        "transaction", "document-link", "related-activity",
    ];

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
        string? version = null;
        var rootSeen = false;
        var index = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            XElement? activity;
            try
            {
                activity = NextActivity(reader, limits, ref rootSeen, ref version);
            }
            catch (XmlException ex)
            {
                throw SafeXml.Translate(ex);
            }

            if (activity is null)
            {
                yield break;
            }

            index++;
            var mapped = Map(activity, index, version);
            progress?.Report(index);
            yield return mapped;
        }
    }

    /// <summary>
    /// Reads up to the next <c>iati-activity</c> child of the root and returns it, or <see langword="null"/> at the end;
    /// the one streaming loop of every IATI reader (the importer and the project reader).
    /// </summary>
    internal static XElement? NextActivity(XmlReader reader, IatiReaderLimits limits, ref bool rootSeen, ref string? version)
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
                return SafeXml.ReadElement(reader, limits);
            }

            reader.Read();
        }

        if (!rootSeen)
        {
            throw new IatiFileException(IatiFileProblem.NotIatiActivities, "The file has no root element.");
        }

        return null;
    }

    private static IatiImportedActivity Map(XElement activity, int index, string? version)
    {
        var b = new IatiImportedActivity.Builder
        {
            Index = index,
            Path = string.Create(CultureInfo.InvariantCulture, $"/iati-activities/iati-activity[{index}]"),
            FileVersion = version,
        };
        var m = new IatiActivityMapper(b);
        if (version is not ("2.01" or "2.02" or "2.03"))
        {
            m.Problem(string.Empty, $"The file's version is {(version is null ? "(none)" : Quote.Of(version))}; this importer reads 2.01 to 2.03 and read it as such.");
        }

        b.DefaultLanguage = activity.Attribute(Lang)?.Value.Trim().ToLowerInvariant() is { Length: > 0 } lang ? lang : null;
        if (b.DefaultLanguage is not null && !IatiCodelists.Contains("Language", b.DefaultLanguage))
        {
            m.Problem("/@xml:lang", $"{Quote.Of(b.DefaultLanguage)} is not in the IATI Language codelist.");
        }

        b.DefaultCurrency = m.Code(activity, "default-currency", "Currency", "/@default-currency");
        if (IatiActivityMapper.Attr(activity, "hierarchy") is { } hierarchy)
        {
            if (int.TryParse(hierarchy, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                b.Hierarchy = level;
            }
            else
            {
                m.Problem("/@hierarchy", $"{Quote.Of(hierarchy)} is not a whole number.");
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var unread = new SortedDictionary<string, (string Path, int Count)>(StringComparer.Ordinal);
        foreach (var element in activity.Elements())
        {
            if (element.Name.NamespaceName.Length != 0)
            {
                continue; // Extensions in other namespaces are allowed by the standard and carry nothing the model has.
            }

            var name = element.Name.LocalName;
            var position = counts[name] = counts.GetValueOrDefault(name) + 1;
            var path = string.Create(CultureInfo.InvariantCulture, $"/{name}[{position}]");
            if (!Read.Contains(name))
            {
                unread[name] = unread.TryGetValue(name, out var seen) ? (seen.Path, seen.Count + 1) : (path, 1);
                continue;
            }

            m.Element(element, path);
        }

        foreach (var (name, (path, count)) in unread)
        {
            m.Problem(path, string.Create(CultureInfo.InvariantCulture, $"<{name}> is not read by this importer ({count} occurrence{(count == 1 ? string.Empty : "s")}); the domain model has no place for it."));
        }

        m.Finish();
        return new IatiImportedActivity(b);
    }

    /// <summary>A frozen set of element names, with collection-expression support.</summary>
    [System.Runtime.CompilerServices.CollectionBuilder(typeof(FrozenNames), nameof(Create))]
    private sealed class FrozenNames : IEnumerable<string>
    {
        private readonly System.Collections.Frozen.FrozenSet<string> _set;

        private FrozenNames(ReadOnlySpan<string> names) => _set = System.Collections.Frozen.FrozenSet.ToFrozenSet(names.ToArray(), StringComparer.Ordinal);

        public static FrozenNames Create(ReadOnlySpan<string> names) => new(names);

        public bool Contains(string name) => _set.Contains(name);

        public IEnumerator<string> GetEnumerator() => _set.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
