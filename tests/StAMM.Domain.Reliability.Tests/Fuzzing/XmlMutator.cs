using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace StAMM.Domain.Reliability.Tests.Fuzzing;

/// <summary>
/// A structure-aware mutator of XML files: drops, duplicates, moves, renames and nests elements; drops, duplicates
/// and corrupts attributes; floods an element (often the root, whose attributes the checker copies into every
/// activity) with hundreds to tens of thousands of attributes; corrupts and inflates text; injects DTDs; and damages
/// some results at byte level.
/// </summary>
/// <remarks>Deterministic: the same source, seed and index give the same bytes.</remarks>
internal sealed class XmlMutator
{
    private static readonly string[] Doctypes =
    [
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>",
        "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">]>",
        "<!DOCTYPE iati-activities SYSTEM \"http://127.0.0.1:9/iati.dtd\">",
    ];

    private const char SurrogateMark = '\uE001';

    private readonly Random _rng;
    private readonly List<string> _duplicateAttributes = [];
    private readonly List<(string Element, int Count)> _attributeFloods = [];

    private const int MaxMutantChars = 64 * 1024 * 1024;

    private XmlMutator(Random rng) => _rng = rng;

    /// <summary>The mutant number <paramref name="index"/> of <paramref name="source"/> under <paramref name="seed"/>.</summary>
    public static byte[] Mutate(string source, int seed, long index)
    {
        var rng = new Random(FuzzCampaign.MutantSeed(seed, index, source.Length, 'x'));
        var mutator = new XmlMutator(rng);
        var document = XDocument.Parse(source);
        var rounds = 1 + rng.Next(3);
        for (var r = 0; r < rounds; r++)
        {
            mutator.MutateOnce(document);
        }

        var text = mutator.Write(document);
        if (rng.Next(100) < 3)
        {
            var at = text.IndexOf("<iati-activities", StringComparison.Ordinal);
            text = text.Insert(Math.Max(0, at), Doctypes[rng.Next(Doctypes.Length)]);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return rng.Next(100) < 15 ? Hostile.DamageBytes(rng, bytes) : bytes;
    }

    private void MutateOnce(XDocument document)
    {
        var elements = document.Descendants().ToList();
        var element = elements[_rng.Next(elements.Count)];
        var attributes = element.Attributes().ToList();
        var attribute = attributes.Count > 0 ? attributes[_rng.Next(attributes.Count)] : null;
        switch (_rng.Next(100))
        {
            case < 15:
                if (element.Parent is not null)
                {
                    element.Remove();
                }

                break;
            case < 23:
                if (element.Parent is not null)
                {
                    var copies = _rng.Next(50) == 0 ? 500 : 1;
                    for (var i = 0; i < copies; i++)
                    {
                        element.AddAfterSelf(new XElement(element));
                    }
                }

                break;
            case < 33:
                attribute?.Remove();
                break;
            case < 38:
                if (attribute is not null)
                {
                    _duplicateAttributes.Add(attribute.Name.LocalName);
                }

                break;
            case < 53:
                if (attribute is not null)
                {
                    attribute.Value = Hostile.Corrupt(_rng, attribute.Value);
                }
                else
                {
                    CorruptText(element);
                }

                break;
            case < 68:
                CorruptText(element);
                break;
            case < 71:
                if (_rng.Next(2) == 0)
                {
                    element.Value = Hostile.HugeText(_rng);
                }
                else if (attribute is not null)
                {
                    attribute.Value = Hostile.HugeText(_rng);
                }

                break;
            case < 73:
                Nest(element);
                break;
            case < 85:
                var target = elements[_rng.Next(elements.Count)];
                if (!target.AncestorsAndSelf().Contains(element))
                {
                    target.Add(new XElement(element));
                }

                break;
            case < 90:
                element.Name = _rng.Next(3) switch
                {
                    0 => XName.Get(element.Name.LocalName, "http://example.org/other"),
                    1 => elements[_rng.Next(elements.Count)].Name,
                    _ => element.Name.LocalName.ToUpperInvariant(),
                };
                break;
            case < 92:
                // An attribute flood, written as text in Write: XElement would take quadratic time to hold it.
                var flooded = _rng.Next(2) == 0 ? document.Root!.Name.LocalName : element.Name.LocalName;
                _attributeFloods.Add((flooded, _rng.Next(10) switch
                {
                    0 => _rng.Next(20_000, 50_000),
                    < 4 => _rng.Next(100, 1_000),
                    _ => _rng.Next(90, 110),
                }));
                break;
            case < 95:
                // Retype: an element's content replaced by an element where text was, or text where elements were.
                if (element.HasElements)
                {
                    element.ReplaceNodes(Hostile.Texts[_rng.Next(Hostile.Texts.Length)]);
                }
                else
                {
                    element.ReplaceNodes(new XElement("narrative", element.Value));
                }

                break;
            default:
                element.SetAttributeValue(
                    _rng.Next(2) == 0 ? "version" : "unexpected",
                    _rng.Next(2) == 0 ? Hostile.Corrupt(_rng, element.Attribute("version")?.Value ?? "2.03") : "9.99");
                break;
        }
    }

    private void CorruptText(XElement element)
    {
        if (!element.HasElements)
        {
            element.Value = Hostile.Corrupt(_rng, element.Value);
        }
        else
        {
            var leaves = element.Descendants().Where(e => !e.HasElements).ToList();
            if (leaves.Count > 0)
            {
                var leaf = leaves[_rng.Next(leaves.Count)];
                leaf.Value = Hostile.Corrupt(_rng, leaf.Value);
            }
        }
    }

    private void Nest(XElement element)
    {
        var depth = _rng.Next(3) switch
        {
            0 => _rng.Next(60, 70),
            1 => _rng.Next(100, 2000),
            _ => _rng.Next(2, 20),
        };
        var inner = new XElement(element);
        for (var i = 0; i < depth; i++)
        {
            inner = new XElement(_rng.Next(2) == 0 ? element.Name : XName.Get("narrative"), inner);
        }

        if (element.Parent is not null)
        {
            element.ReplaceWith(inner);
        }
        else
        {
            element.ReplaceNodes(inner.Nodes());
        }
    }

    private string Write(XDocument document)
    {
        // XmlWriter refuses lone surrogates even unchecked: they travel as a mark and become character references.
        foreach (var node in document.DescendantNodes().OfType<XText>().Where(t => HasLoneSurrogate(t.Value)))
        {
            node.Value = MarkLoneSurrogates(node.Value);
        }

        foreach (var attribute in document.Descendants().SelectMany(e => e.Attributes()).Where(a => HasLoneSurrogate(a.Value)))
        {
            attribute.Value = MarkLoneSurrogates(attribute.Value);
        }

        var settings = new XmlWriterSettings
        {
            CheckCharacters = false,
            OmitXmlDeclaration = _rng.Next(4) == 0,
            Indent = _rng.Next(2) == 0,
            Encoding = new UTF8Encoding(false),
        };
        // Floods and inflations compound over three rounds; like the JSON mutator, cut a mutant at 64 MB (the builder
        // refuses to grow past it), so the mutator itself never runs out of memory.
        var text = new StringBuilder(0, MaxMutantChars);
        try
        {
            using var writer = XmlWriter.Create(text, settings);
            document.Save(writer);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Cut here: the mutant is the first 64 MB, a truncated file the readers must refuse cleanly.
        }

        var xml = text.ToString();
        foreach (var name in _duplicateAttributes)
        {
            var marker = " " + name + "=\"";
            var at = xml.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                var end = xml.IndexOf('"', at + marker.Length);
                if (end > at)
                {
                    xml = xml.Insert(end + 1, xml[at..(end + 1)]);
                }
            }
        }

        foreach (var (element, count) in _attributeFloods)
        {
            var at = xml.IndexOf("<" + element, StringComparison.Ordinal);
            while (at >= 0 && at + 1 + element.Length < xml.Length && xml[at + 1 + element.Length] is not (' ' or '>' or '/'))
            {
                at = xml.IndexOf("<" + element, at + 1, StringComparison.Ordinal);
            }

            if (at >= 0)
            {
                var flood = new StringBuilder();
                for (var i = 0; i < count; i++)
                {
                    flood.Append(" flood").Append(i).Append("=\"\"");
                }

                xml = xml.Insert(at + 1 + element.Length, flood.ToString());
            }
        }

        // XmlWriter on a StringBuilder declares utf-16; the bytes are UTF-8.
        return xml.Replace(SurrogateMark.ToString(), "&#xD800;", StringComparison.Ordinal).Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal)
            + (_rng.Next(50) == 0 ? "<trailing/>" : string.Empty)
            + (_rng.Next(100) == 0 ? "\n\n\n" : string.Empty);
    }

    private static bool HasLoneSurrogate(string text) => text.Any(char.IsSurrogate) && !string.Equals(MarkLoneSurrogates(text), text, StringComparison.Ordinal);

    private static string MarkLoneSurrogates(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(text, i, 2);
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                result.Append(SurrogateMark);
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
