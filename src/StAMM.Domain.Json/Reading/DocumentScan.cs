using System.Buffers;
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

        var problems = new ProblemList(options.MaxProblems);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            // One more than the limit, so that this scan reports the limit before the reader would throw.
            MaxDepth = options.MaxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });

        var frames = new Frames();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (Length(ref reader) > options.MaxStringBytes)
                        {
                            if (!problems.IsFull)
                            {
                                problems.Add(JsonProblemCodes.StringTooLong, frames.PathOf(includeLast: false), string.Create(CultureInfo.InvariantCulture, $"A property name has {Length(ref reader)} bytes; at most {options.MaxStringBytes} are accepted."));
                            }
                            else
                            {
                                problems.Omit();
                            }

                            frames.NameUnreadable();
                            break;
                        }

                        if (reader.ValueIsEscaped && HasLoneSurrogate(reader.ValueSpan))
                        {
                            if (!problems.IsFull)
                            {
                                problems.Add(JsonProblemCodes.LoneSurrogate, frames.PathOf(includeLast: false), LoneSurrogateMessage("A property name of this object"));
                            }
                            else
                            {
                                problems.Omit();
                            }

                            frames.NameUnreadable();
                            break;
                        }

                        if (!frames.AddName(ref reader))
                        {
                            if (!problems.IsFull)
                            {
                                problems.Add(JsonProblemCodes.DuplicateProperty, frames.PathOf(includeLast: true), $"The property '{frames.PendingName()}' appears more than once in this object.");
                            }
                            else
                            {
                                problems.Omit();
                            }
                        }

                        break;

                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        frames.Advance();
                        if (reader.CurrentDepth >= options.MaxDepth)
                        {
                            problems.AddDecisive(new(JsonProblemCodes.TooDeep, frames.PathOf(includeLast: true), string.Create(CultureInfo.InvariantCulture, $"Objects and arrays nest more than {options.MaxDepth} levels deep.")));
                            return problems.ToFailure();
                        }

                        frames.Open(reader.TokenType == JsonTokenType.StartArray);
                        break;

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Close();
                        break;

                    case JsonTokenType.String:
                        frames.Advance();
                        if (Length(ref reader) > options.MaxStringBytes)
                        {
                            if (!problems.IsFull)
                            {
                                problems.Add(JsonProblemCodes.StringTooLong, frames.PathOf(includeLast: true), string.Create(CultureInfo.InvariantCulture, $"A string has {Length(ref reader)} bytes; at most {options.MaxStringBytes} are accepted."));
                            }
                            else
                            {
                                problems.Omit();
                            }
                        }
                        else if (reader.ValueIsEscaped && HasLoneSurrogate(reader.ValueSpan))
                        {
                            if (!problems.IsFull)
                            {
                                problems.Add(JsonProblemCodes.LoneSurrogate, frames.PathOf(includeLast: true), LoneSurrogateMessage("The string"));
                            }
                            else
                            {
                                problems.Omit();
                            }
                        }

                        break;

                    default:
                        frames.Advance();
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            problems.AddDecisive(new(JsonProblemCodes.NotJson, frames.PathOf(includeLast: true), Describe(e)));
            return problems.ToFailure();
        }
        finally
        {
            frames.Dispose();
        }

        return problems.Count == 0 ? null : problems.ToFailure();
    }

    /// <summary>
    /// Whether the input may spell a surrogate with an escape (<c>\uD800</c> to <c>\uDFFF</c>, either case): a quick
    /// test over the bytes, true also for an escaped backslash followed by such text, so that a parse that cannot
    /// check surrogates is used only when there is none and <see cref="Check"/> decides every other case exactly.
    /// </summary>
    public static bool MaySpellSurrogate(ReadOnlySpan<byte> utf8)
    {
        // Found by its backslash: one byte is searched for faster than two, and most documents have none.
        var rest = utf8;
        while (rest.IndexOf((byte)'\\') is var at and >= 0)
        {
            rest = rest[(at + 1)..];
            if (rest.Length == 0 || rest[0] != (byte)'u')
            {
                continue;
            }

            rest = rest[1..];
            if (rest.Length >= 2 && rest[0] is (byte)'d' or (byte)'D' && rest[1] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the escapes of a string (its raw bytes, which the reader has checked for syntax) spell a surrogate that
    /// is not one half of a high-then-low pair. Raw UTF-8 cannot hold a surrogate, so only escapes are looked at.
    /// </summary>
    public static bool HasLoneSurrogate(ReadOnlySpan<byte> raw)
    {
        var highPending = false;
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\')
            {
                if (highPending)
                {
                    return true;
                }

                var next = raw[i..].IndexOf((byte)'\\');
                if (next < 0)
                {
                    return false;
                }

                i += next;
                continue;
            }

            if (raw[i + 1] != (byte)'u')
            {
                if (highPending)
                {
                    return true;
                }

                i += 2;
                continue;
            }

            var unit = (char)int.Parse(raw.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            if (char.IsHighSurrogate(unit))
            {
                if (highPending)
                {
                    return true;
                }

                highPending = true;
            }
            else if (char.IsLowSurrogate(unit))
            {
                if (!highPending)
                {
                    return true;
                }

                highPending = false;
            }
            else if (highPending)
            {
                return true;
            }

            i += 6;
        }

        return highPending;
    }

    private static string LoneSurrogateMessage(string what) =>
        what + " has an escaped lone surrogate (such as \\ud800, or \\udc00 before \\ud800): it is valid JSON syntax but not Unicode text; a surrogate escape must be a high one (\\ud800-\\udbff) followed at once by a low one (\\udc00-\\udfff).";

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

    /// <summary>
    /// The open objects and arrays, with the (unescaped) property names of each open object kept as bytes in one
    /// pooled buffer: no string is made for a name unless a problem is reported. When an object grows large its names
    /// (as places in that buffer) move to a hash set, so that a hostile object with very many properties is still
    /// checked in linear time and with a few bytes per name.
    /// </summary>
    private struct Frames : IDisposable
    {
        private const int LinearLimit = 32;
        private const int NoName = -1;
        private const int UnreadableName = -2;

        private Frame[] _frames;
        private Name[] _names;
        private byte[] _bytes;
        private int _depth;
        private int _nameCount;
        private int _byteCount;
        private NameBytes? _nameBytes;

        public Frames()
        {
            _frames = ArrayPool<Frame>.Shared.Rent(16);
            _names = ArrayPool<Name>.Shared.Rent(64);
            _bytes = ArrayPool<byte>.Shared.Rent(1024);
        }

        public void Open(bool isArray)
        {
            if (_depth == _frames.Length)
            {
                Grow(ref _frames, _depth + 1);
            }

            _frames[_depth++] = new Frame { IsArray = isArray, Index = -1, NamesStart = _nameCount, Pending = NoName };
        }

        public void Close()
        {
            var frame = _frames[--_depth];
            if (!frame.IsArray && frame.NamesStart < _nameCount)
            {
                _byteCount = _names[frame.NamesStart].Offset;
                _nameCount = frame.NamesStart;
            }

            _frames[_depth] = default;
        }

        public readonly void Advance()
        {
            if (_depth > 0 && _frames[_depth - 1].IsArray)
            {
                _frames[_depth - 1].Index++;
            }
        }

        /// <summary>Marks the property name the reader is on as one that cannot be shown (too long, or not Unicode).</summary>
        public readonly void NameUnreadable() => _frames[_depth - 1].Pending = UnreadableName;

        /// <summary>Records the property name the reader is on; false when the object already has it.</summary>
        public bool AddName(ref Utf8JsonReader reader)
        {
            ref var frame = ref _frames[_depth - 1];
            var raw = reader.ValueSpan;
            if (_byteCount + raw.Length > _bytes.Length)
            {
                Grow(ref _bytes, _byteCount + raw.Length);
                if (_nameBytes is not null)
                {
                    _nameBytes.Bytes = _bytes;
                }
            }

            var written = reader.ValueIsEscaped ? reader.CopyString(_bytes.AsSpan(_byteCount)) : Copy(raw, _bytes.AsSpan(_byteCount));
            var name = _bytes.AsSpan(_byteCount, written);
            var unique = true;
            var candidate = new Name(_byteCount, written);
            if (frame.Large is { } large)
            {
                unique = large.Add(candidate);
            }
            else
            {
                for (var i = frame.NamesStart; i < _nameCount; i++)
                {
                    if (_names[i].Length == written && _bytes.AsSpan(_names[i].Offset, written).SequenceEqual(name))
                    {
                        unique = false;
                        break;
                    }
                }

                if (unique && _nameCount - frame.NamesStart >= LinearLimit)
                {
                    _nameBytes ??= new NameBytes(_bytes);
                    large = new HashSet<Name>(_nameBytes);
                    for (var i = frame.NamesStart; i < _nameCount; i++)
                    {
                        large.Add(_names[i]);
                    }

                    large.Add(candidate);
                    frame.Large = large;
                }
            }

            if (_nameCount == _names.Length)
            {
                Grow(ref _names, _nameCount + 1);
            }

            _names[_nameCount] = new Name(_byteCount, written);
            frame.Pending = _nameCount++;
            _byteCount += written;
            return unique;
        }

        /// <summary>The name of the property being read in the innermost object.</summary>
        public readonly string PendingName() => NameText(_frames[_depth - 1].Pending) ?? string.Empty;

        /// <summary>The path of the current value: with <paramref name="includeLast"/>, the innermost segment (the pending name or index) is included.</summary>
        public readonly string PathOf(bool includeLast)
        {
            var path = new StringBuilder("$");
            for (var i = 0; i < _depth; i++)
            {
                if (i == _depth - 1 && !includeLast)
                {
                    break;
                }

                var frame = _frames[i];
                if (frame.IsArray)
                {
                    if (frame.Index >= 0)
                    {
                        path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
                    }
                }
                else if (NameText(frame.Pending) is { } name)
                {
                    path.Append(JsonPath.Segment(name));
                }
            }

            return path.ToString();
        }

        public void Dispose()
        {
            ArrayPool<Frame>.Shared.Return(_frames, clearArray: true);
            ArrayPool<Name>.Shared.Return(_names);
            ArrayPool<byte>.Shared.Return(_bytes);
            _frames = [];
            _names = [];
            _bytes = [];
        }

        private static int Copy(ReadOnlySpan<byte> from, Span<byte> to)
        {
            from.CopyTo(to);
            return from.Length;
        }

        private static void Grow<T>(ref T[] array, int needed)
        {
            var larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, array.Length * 2));
            array.AsSpan().CopyTo(larger);
            ArrayPool<T>.Shared.Return(array, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            array = larger;
        }

        private readonly string? NameText(int index) => index switch
        {
            UnreadableName => "?",
            NoName => null,
            _ => Encoding.UTF8.GetString(_bytes.AsSpan(_names[index].Offset, _names[index].Length)),
        };
    }

    private struct Frame
    {
        public bool IsArray;
        public int Index;
        public int NamesStart;
        public int Pending;
        public HashSet<Name>? Large;
    }

    private readonly record struct Name(int Offset, int Length);

    /// <summary>Compares names by their bytes in the scan's name buffer (which it follows when the buffer grows).</summary>
    private sealed class NameBytes(byte[] bytes) : IEqualityComparer<Name>
    {
        public byte[] Bytes { get; set; } = bytes;

        public bool Equals(Name x, Name y) => Bytes.AsSpan(x.Offset, x.Length).SequenceEqual(Bytes.AsSpan(y.Offset, y.Length));

        public int GetHashCode(Name obj)
        {
            // HashCode is seeded per process, so a document cannot be written to collide.
            var hash = default(HashCode);
            hash.AddBytes(Bytes.AsSpan(obj.Offset, obj.Length));
            return hash.ToHashCode();
        }
    }
}
