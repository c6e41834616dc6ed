using System.Collections.Frozen;
using System.Collections.Concurrent;
using System.Xml;

namespace StAMM.Domain.Iati.Reference;

/// <summary>The embedded IATI codelists, loaded on first use, as sets of codes.</summary>
internal static class IatiCodelists
{
    private static readonly ConcurrentDictionary<string, FrozenDictionary<string, bool>> Lists = new(StringComparer.Ordinal);

    /// <summary>Tells whether a code is in a codelist; withdrawn codes count as known.</summary>
    public static bool Contains(string list, string? code) =>
        code is not null && Load(list).ContainsKey(code);

    /// <summary>Tells whether the codelist marks the code withdrawn.</summary>
    public static bool IsWithdrawn(string list, string code) =>
        Load(list).TryGetValue(code, out var withdrawn) && withdrawn;

    /// <summary>Every code of a codelist, withdrawn ones included.</summary>
    public static FrozenSet<string> Codes(string list) => Load(list).Keys.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, bool> Load(string list) => Lists.GetOrAdd(list, static name =>
    {
        var codes = new Dictionary<string, bool>(StringComparer.Ordinal);
        using var stream = IatiReference.Open($"Reference/codelists/{name}.xml");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        var withdrawn = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "codelist-item")
            {
                withdrawn = reader.GetAttribute("status") == "withdrawn";
            }
            else if (reader.LocalName == "code" && reader.Depth == 3)
            {
                codes[reader.ReadElementContentAsString().Trim()] = withdrawn;
            }
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    });
}
