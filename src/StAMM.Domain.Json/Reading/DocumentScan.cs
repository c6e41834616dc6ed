using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// The first pass over untrusted input, before any tree is built: size, encoding, syntax, depth, string length and
/// duplicate property names, each reported with the JSON path where it occurs. It reads the bytes once, forward only,
/// and keeps no more than one name set per open object, so its time and memory grow with the (limited) input size.
/// </summary>
internal static class DocumentScan
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Removes a UTF-8 byte-order mark.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8) => utf8.StartsWith(Bom) ? utf8[Bom.Length..] : utf8;

    /// <summary>The problem for an input over the size limit.</summary>
    public static ValidationFailure TooLarge(long? size, JsonReadOptions options) => new(
        JsonProblemCodes.DocumentTooLarge,
        "$",
        size is { } n
            ? string.Create(CultureInfo.InvariantCulture, $"The document has {n} bytes; at most {options.MaxDocumentBytes} are accepted.")
            : string.Create(CultureInfo.InvariantCulture, $"The document has more than {options.MaxDocumentBytes} bytes, the most accepted."));

    /// <summary>Checks the input; returns the problems, or null when a tree can safely be built from it.</summary>
    public static ValidationFailure? Check(ReadOnlySpan<byte> utf8, JsonReadOptions options)
    {
        if (utf8.Length > options.MaxDocumentBytes)
        {
            return TooLarge(utf8.Length, options);
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new ValidationFailure(JsonProblemCodes.NotJson, "$", "The document is empty.");
        }

        if (!Utf8.IsValid(utf8))
        {
            return new ValidationFailure(JsonProblemCodes.InvalidEncoding, "$", string.Create(CultureInfo.InvariantCulture, $"The document is not valid UTF-8 (first bad byte at offset {FirstInvalidByte(utf8)})."));
        }

        var problems = new List<ValidationProblem>();
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            // One more than the limit, so that this scan reports the limit before the reader would throw.
            MaxDepth = options.MaxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });

        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                    {
                        var frame = frames[^1];
                        if (Length(ref reader) > options.MaxStringBytes)
                        {
                            problems.Add(new(JsonProblemCodes.StringTooLong, PathOf(frames, includeLast: false), string.Create(CultureInfo.InvariantCulture, $"A property name has {Length(ref reader)} bytes; at most {options.MaxStringBytes} are accepted.")));
                            frame.PendingName = "?";
                            break;
                        }

                        var name = reader.GetString()!;
                        frame.PendingName = name;
                        if (!(frame.Names ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                        {
                            problems.Add(new(JsonProblemCodes.DuplicateProperty, PathOf(frames, includeLast: true), $"The property '{name}' appears more than once in this object."));
                        }

                        break;
                    }

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        if (reader.CurrentDepth >= options.MaxDepth)
                        {
                            problems.Add(new(JsonProblemCodes.TooDeep, PathOf(frames, includeLast: true), string.Create(CultureInfo.InvariantCulture, $"Objects and arrays nest more than {options.MaxDepth} levels deep.")));
                            return new ValidationFailure(problems);
                        }

                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;

                    case JsonTokenType.String:
                        Advance(frames);
                        if (Length(ref reader) > options.MaxStringBytes)
                        {
                            problems.Add(new(JsonProblemCodes.StringTooLong, PathOf(frames, includeLast: true), string.Create(CultureInfo.InvariantCulture, $"A string has {Length(ref reader)} bytes; at most {options.MaxStringBytes} are accepted.")));
                        }

                        break;

                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            problems.Add(new(JsonProblemCodes.NotJson, PathOf(frames, includeLast: true), Describe(e)));
            return new ValidationFailure(problems);
        }

        return problems.Count == 0 ? null : new ValidationFailure(problems);
    }

    private static long Length(ref Utf8JsonReader reader) => reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;

    private static string Describe(JsonException e)
    {
        // The reader's message ends with its own path and position; keep the first sentence and add the position once.
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        var text = (cut > 0 ? message[..cut] : message).Trim();
        return string.Create(CultureInfo.InvariantCulture, $"The document is not valid JSON: {text} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    /// <summary>The path of the current value: with <paramref name="includeLast"/>, the innermost segment (the pending name or index) is included.</summary>
    private static string PathOf(List<Frame> frames, bool includeLast)
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < frames.Count; i++)
        {
            if (i == frames.Count - 1 && !includeLast)
            {
                break;
            }

            var frame = frames[i];
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
                }
            }
            else if (frame.PendingName is { } name)
            {
                path.Append(JsonPath.Segment(name));
            }
        }

        return path.ToString();
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? PendingName { get; set; }

        public HashSet<string>? Names { get; set; }
    }
}
