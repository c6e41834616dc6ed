using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StAMM.Domain.Reliability.Tests.Fuzzing;

/// <summary>
/// A structure-aware mutator of JSON documents: it parses a valid document, damages its tree (drops, duplicates,
/// retypes, corrupts, inflates, nests, floods with problems) and writes it back by hand, so that it can also write what
/// no serialiser would: duplicate property names, numbers beyond double or beyond what a decimal holds exactly, escapes
/// that spell lone surrogates (in values and in names), nesting beyond any limit. Some mutants are then damaged at byte level.
/// </summary>
/// <remarks>Deterministic: the same source, seed and index give the same bytes, so any mutant can be rebuilt from its numbers.</remarks>
internal sealed partial class JsonMutator
{
    // Raw tokens (numbers beyond double, deep nesting) travel through the tree as marked strings and are written verbatim.
    private const string RawMark = "\uE000raw:";

    private const int MaxMutantChars = 64 * 1024 * 1024;

    /// <summary>
    /// Escapes that spell surrogates as JSON text (a serialiser would never write them; System.Text.Json turns a lone
    /// surrogate into \uFFFD): lone high, lone low, a reversed pair, a high one before a plain character, two highs
    /// before a low, and a valid pair, which must still read.
    /// </summary>
    private static readonly string[] SurrogateEscapes =
    [
        "\\ud800", "\\udc00", "\\udc00\\ud800", "\\uD800x", "a\\uDBFF\\u0041", "\\ud800\\ud800\\udc00", "\\udfff", "x\\ud83d", "\\ud83d\\ude00",
        "\\\\ud800",
    ];

    /// <summary>
    /// Numbers that a decimal cannot hold exactly (too small, too precise, too large), and spellings of numbers it can
    /// (zeros that carry no value, exponents), so that exact reading is checked both ways.
    /// </summary>
    private static readonly string[] InexactNumbers =
    [
        "1E-400", "-1e-400", "1e-29", "0.00000000000000000000000000001", "1.00000000000000000000000000000000001",
        "0.0000000000000000000000000001", "79228162514264337593543950335.5", "7922816251426433759354395033.51", "1e29",
        "7.9228162514264337593543950335E28", "1000000000000000000000000000000e-2", "12345.678900000000000000000000000000",
        "0e-400", "-0.0", "1.0", "3e0", "0.3E1", "2.0000000000000000000000000000001", "60.0000000000000000000000000000001",
    ];

    private readonly Dictionary<string, string> _raw = [];
    private readonly HashSet<(JsonObject, string)> _duplicates = [];
    private readonly Random _rng;

    private JsonMutator(Random rng) => _rng = rng;

    /// <summary>The mutant number <paramref name="index"/> of <paramref name="source"/> under <paramref name="seed"/>.</summary>
    public static byte[] Mutate(string source, int seed, long index)
    {
        var rng = new Random(FuzzCampaign.MutantSeed(seed, index, source.Length));
        var mutator = new JsonMutator(rng);
        var root = JsonNode.Parse(source)!;
        var rounds = 1 + rng.Next(3);
        for (var r = 0; r < rounds; r++)
        {
            root = mutator.MutateOnce(root);
        }

        var text = new StringBuilder();
        mutator.Write(root, text);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return rng.Next(100) < 15 ? Hostile.DamageBytes(rng, bytes) : bytes;
    }

    private JsonNode MutateOnce(JsonNode root)
    {
        var slots = new List<Slot>();
        Collect(root, null, null, slots);
        var slot = slots[_rng.Next(slots.Count)];
        var op = _rng.Next(108);
        switch (op)
        {
            case < 22:
                Drop(slot);
                break;
            case < 32:
                Duplicate(slot);
                break;
            case < 54:
                return Set(slot, root, Retyped(slot.Value));
            case < 86:
                return Set(slot, root, Corrupted(slot.Value));
            case < 88:
                return Set(slot, root, Huge(slot.Value));
            case < 90:
                return Set(slot, root, Deep());
            case < 95:
                // Move: the value of one slot put in place of another's, e.g. an activity where a country was.
                var other = slots[_rng.Next(slots.Count)];
                return Set(slot, root, other.Value?.DeepClone());
            case < 100:
                if (slot.Value is JsonObject o)
                {
                    o["unexpected" + _rng.Next(3).ToString(CultureInfo.InvariantCulture)] = Retyped(null);
                }
                else
                {
                    Drop(slot);
                }

                break;
            case < 104:
                // A property whose name spells a surrogate with escapes.
                if (slot.Value is JsonObject named)
                {
                    named[RawName(SurrogateEscapes[_rng.Next(SurrogateEscapes.Length)])] = Retyped(null);
                }
                else
                {
                    return Set(slot, root, Raw(SurrogateText()));
                }

                break;
            default:
                return Set(slot, root, Flood(slot.Value));
        }

        return root;
    }

    /// <summary>
    /// A value with thousands of problems: an object of unknown (or duplicate) properties, or an array of broken copies,
    /// so that the cap on problems per document is reached and memory must stay bounded.
    /// </summary>
    private JsonNode? Flood(JsonNode? value)
    {
        var count = _rng.Next(4) == 0 ? _rng.Next(50_000, 300_000) : _rng.Next(1000, 5000);
        switch (_rng.Next(3))
        {
            case 0:
                var unknown = value is JsonObject o ? (JsonObject)o.DeepClone() : [];
                for (var i = 0; i < count; i++)
                {
                    unknown["flood" + i.ToString(CultureInfo.InvariantCulture)] = i % 2 == 0 ? null : JsonValue.Create(i);
                }

                return unknown;
            case 1:
                var duplicates = new StringBuilder("{\"a\":1");
                for (var i = 0; i < count; i++)
                {
                    duplicates.Append(",\"a\":1");
                }

                return Raw(duplicates.Append('}').ToString());
            default:
                var broken = new JsonArray();
                for (var i = 0; i < Math.Min(count, value is JsonObject ? 500 : 20_000); i++)
                {
                    broken.Add(value is JsonObject item ? Corrupted(item) : Retyped(value));
                }

                return broken;
        }
    }

    /// <summary>A string token (quotes included) that spells a surrogate with escapes, somewhere in ordinary text.</summary>
    private string SurrogateText()
    {
        var escape = SurrogateEscapes[_rng.Next(SurrogateEscapes.Length)];
        return _rng.Next(3) switch
        {
            0 => "\"" + escape + "\"",
            1 => "\"2026-03-02" + escape + "\"",
            _ => "\"RS" + escape + "RS\"",
        };
    }

    /// <summary>A property name written verbatim (between quotes), such as one that spells a lone surrogate.</summary>
    private string RawName(string escaped)
    {
        var key = RawMark + "name" + _raw.Count.ToString(CultureInfo.InvariantCulture);
        _raw[key] = "\"" + escaped + "\"";
        return key;
    }

    private static void Collect(JsonNode? node, JsonObject? parentObject, string? key, List<Slot> slots)
    {
        slots.Add(new Slot(node, parentObject, key, null, -1));
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                {
                    Collect(v, o, k, slots);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    CollectElement(a, i, slots);
                }

                break;
        }
    }

    private static void CollectElement(JsonArray array, int i, List<Slot> slots)
    {
        var node = array[i];
        slots.Add(new Slot(node, null, null, array, i));
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                {
                    Collect(v, o, k, slots);
                }

                break;
            case JsonArray a:
                for (var j = 0; j < a.Count; j++)
                {
                    CollectElement(a, j, slots);
                }

                break;
        }
    }

    private static void Drop(Slot slot)
    {
        if (slot.Object is { } o)
        {
            o.Remove(slot.Key!);
        }
        else if (slot.Array is { } a && slot.Index < a.Count)
        {
            a.RemoveAt(slot.Index);
        }
    }

    private void Duplicate(Slot slot)
    {
        if (slot.Object is { } o)
        {
            _duplicates.Add((o, slot.Key!));
        }
        else if (slot.Array is { } a && slot.Index < a.Count)
        {
            var copies = _rng.Next(50) == 0 ? 1000 : 1;
            for (var i = 0; i < copies; i++)
            {
                a.Insert(slot.Index, a[slot.Index]?.DeepClone());
            }
        }
    }

    private static JsonNode Set(Slot slot, JsonNode root, JsonNode? value)
    {
        if (slot.Object is { } o)
        {
            o[slot.Key!] = value;
            return root;
        }

        if (slot.Array is { } a && slot.Index < a.Count)
        {
            a[slot.Index] = value;
            return root;
        }

        // The root itself: replaced (a document that is not an object must also be refused cleanly).
        return value ?? JsonValue.Create("null-root")!;
    }

    private JsonNode? Retyped(JsonNode? value) => _rng.Next(11) switch
    {
        9 => Raw(SurrogateText()),
        10 => Raw(InexactNumbers[_rng.Next(InexactNumbers.Length)]),
        0 => null,
        1 => JsonValue.Create(_rng.Next(2) == 0),
        2 => Raw(Hostile.Numbers[_rng.Next(Hostile.Numbers.Length)]),
        3 => JsonValue.Create(Hostile.Texts[_rng.Next(Hostile.Texts.Length)]),
        4 => new JsonArray(),
        5 => new JsonObject(),
        6 => value is null ? new JsonArray() : new JsonArray(value.DeepClone()),
        7 => value is JsonValue v ? JsonValue.Create(v.ToJsonString()) : JsonValue.Create("{}"),
        _ => new JsonObject { ["value"] = value?.DeepClone() },
    };

    private JsonNode? Corrupted(JsonNode? value)
    {
        if (value is JsonValue v)
        {
            switch (v.GetValueKind())
            {
                case JsonValueKind.String:
                    return _rng.Next(8) == 0 ? Raw(SurrogateText()) : JsonValue.Create(Hostile.Corrupt(_rng, v.GetValue<string>()));
                case JsonValueKind.Number:
                    return _rng.Next(3) switch
                    {
                        0 => Raw(Hostile.Numbers[_rng.Next(Hostile.Numbers.Length)]),
                        1 => Raw(InexactNumbers[_rng.Next(InexactNumbers.Length)]),
                        _ => Raw(Hostile.Corrupt(_rng, v.ToJsonString()) is var t && IsNumberToken(t) ? t : "-" + v.ToJsonString()),
                    };
                default:
                    break;
            }
        }

        if (value is JsonObject { Count: > 0 } original)
        {
            // Corrupt every leaf of a small object at once, e.g. both ends of a period.
            var o = (JsonObject)original.DeepClone();
            foreach (var (k, child) in o.ToList())
            {
                if (child is JsonValue)
                {
                    o[k] = Corrupted(child);
                }
            }

            return o;
        }

        return Retyped(value);
    }

    private static bool IsNumberToken(string text) => NumberToken().IsMatch(text);

    private JsonNode? Huge(JsonNode? value) => _rng.Next(3) switch
    {
        0 => JsonValue.Create(Hostile.HugeText(_rng)),
        1 => Raw(Hostile.HugeNumber(_rng)),
        _ => new JsonArray([.. Enumerable.Range(0, _rng.Next(100, 5000)).Select(_ => value is JsonValue ? value.DeepClone() : null)]),
    };

    private JsonValue Deep()
    {
        var depth = _rng.Next(4) switch
        {
            0 => _rng.Next(60, 70),
            1 => _rng.Next(100, 1100),
            2 => _rng.Next(5000, 20_000),
            _ => _rng.Next(2, 60),
        };
        var text = new StringBuilder(depth * 8);
        var objects = _rng.Next(2) == 0;
        for (var i = 0; i < depth; i++)
        {
            text.Append(objects ? "{\"a\":" : "[");
        }

        text.Append('1');
        for (var i = 0; i < depth; i++)
        {
            text.Append(objects ? '}' : ']');
        }

        return Raw(text.ToString());
    }

    private JsonValue Raw(string token)
    {
        var key = RawMark + _raw.Count.ToString(CultureInfo.InvariantCulture);
        _raw[key] = token;
        return JsonValue.Create(key);
    }

    private void Write(JsonNode? node, StringBuilder text)
    {
        // Inflations compound (a huge string in an array copied a thousand times): past this size the mutant is cut,
        // which is itself a truncation, so the mutator stays bounded too.
        if (text.Length > MaxMutantChars)
        {
            return;
        }

        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject o:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in o)
                {
                    var times = _duplicates.Contains((o, key)) ? 2 : 1;
                    for (var t = 0; t < times; t++)
                    {
                        if (!first)
                        {
                            text.Append(',');
                        }

                        first = false;
                        text.Append(_raw.TryGetValue(key, out var rawName) ? rawName : JsonValue.Create(key).ToJsonString()).Append(':');
                        Write(t == 0 ? value : Retyped(value), text);
                    }
                }

                text.Append('}');
                break;
            case JsonArray a:
                text.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    Write(a[i], text);
                }

                text.Append(']');
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && _raw.TryGetValue(v.GetValue<string>(), out var raw):
                text.Append(raw);
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex NumberToken();

    private sealed record Slot(JsonNode? Value, JsonObject? Object, string? Key, JsonArray? Array, int Index);
}
