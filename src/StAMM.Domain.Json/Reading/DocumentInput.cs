using System.Buffers;
using System.Text;
using System.Text.Json;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// Turns untrusted input (text, UTF-8, a stream read with or without blocking) into a value within the limits of
/// <see cref="JsonReadOptions"/>: the value that a reader makes of the parsed document, or every problem. Every
/// public reader of <see cref="StammJson"/> comes through here.
/// </summary>
internal static class DocumentInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a document given as text.</summary>
    public static ValidationResult<T> Read<T>(string json, JsonReadOptions limits, Func<JsonWalk, JsonElement, T?> read)
        where T : class
    {
        // Every character takes at least one byte in UTF-8, so a string this long is too large without encoding it.
        if (json.Length > limits.MaxDocumentBytes)
        {
            return DocumentScan.TooLarge(null, limits);
        }

        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            return new ValidationFailure(JsonProblemCodes.InvalidEncoding, JsonPath.Root, $"The text is not valid Unicode (a lone surrogate at index {e.Index}).");
        }

        return Read(utf8, limits, read);
    }

    /// <summary>Reads a stream to its end; reading stops once the size limit is passed.</summary>
    public static ValidationResult<T> Read<T>(Stream stream, JsonReadOptions limits, Func<JsonWalk, JsonElement, T?> read)
        where T : class
    {
        using var buffer = new StreamBuffer(limits);
        while (buffer.Filled(stream.Read(buffer.Free.Span)))
        {
        }

        return buffer.IsTooLarge ? DocumentScan.TooLarge(null, limits) : Read(buffer.Bytes, limits, read);
    }

    /// <summary>Reads a stream to its end without blocking; reading stops once the size limit is passed.</summary>
    public static async Task<ValidationResult<T>> ReadAsync<T>(Stream stream, JsonReadOptions limits, Func<JsonWalk, JsonElement, T?> read, CancellationToken cancellationToken)
        where T : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new StreamBuffer(limits);
        while (buffer.Filled(await stream.ReadAsync(buffer.Free, cancellationToken).ConfigureAwait(false)))
        {
        }

        return buffer.IsTooLarge ? DocumentScan.TooLarge(null, limits) : Read(buffer.Bytes, limits, read);
    }

    /// <summary>Parses UTF-8 within the limits and reads its root with <paramref name="read"/>: the value, or every problem.</summary>
    public static ValidationResult<T> Read<T>(ReadOnlySpan<byte> utf8Json, JsonReadOptions limits, Func<JsonWalk, JsonElement, T?> read)
        where T : class
    {
        var input = DocumentScan.WithoutBom(utf8Json);
        if (input.Length > limits.MaxDocumentBytes)
        {
            return DocumentScan.TooLarge(input.Length, limits);
        }

        var copy = ArrayPool<byte>.Shared.Rent(input.Length);
        try
        {
            input.CopyTo(copy);
            var memory = copy.AsMemory(0, input.Length);
            if (CanParseInOnePass(input, limits) && Parse(memory, limits, rejectDuplicates: false) is { } document)
            {
                using (document)
                {
                    var walk = JsonWalk.Rent(limits, copy, input.Length);
                    try
                    {
                        var result = read(walk, document.RootElement);

                        // The parser was not asked to reject duplicate names (that check costs a third of parsing):
                        // the walk counts the objects it saw whole with distinct names, and when those are all the
                        // document's (as many as its '{' bytes), it has none. Otherwise the parser checks again, and
                        // a document with a duplicate is read as before: the scan names every problem.
                        if (walk.DistinctObjects == input.Count((byte)'{') || HasNoDuplicates(memory, limits))
                        {
                            return Outcome(walk, result);
                        }
                    }
                    finally
                    {
                        walk.Return();
                    }
                }
            }

            if (DocumentScan.Check(input, limits) is { } unsafeInput)
            {
                return unsafeInput;
            }

            // The scan has checked syntax, depth, sizes, duplicates and that every string and name is Unicode text,
            // so parsing cannot fail or grow beyond the input, and no string the walk decodes can throw.
            using (var checkedDocument = JsonDocument.Parse(memory, new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 1 }))
            {
                var walk = new JsonWalk(limits);
                return Outcome(walk, read(walk, checkedDocument.RootElement));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    /// <summary>The value the walk read, or every problem it recorded.</summary>
    private static ValidationResult<T> Outcome<T>(JsonWalk walk, T? result)
        where T : class
    {
        if (result is not null && walk.ProblemCount == 0)
        {
            return result;
        }

        if (walk.ProblemCount == 0)
        {
            // Every reader records why it returns nothing; this only guards that promise.
            walk.Add(ProblemCodes.NotAllowed, JsonPath.Root, "The document could not be read.");
        }

        return walk.ToFailure();
    }

    /// <summary>
    /// Whether a document cannot break a limit unnoticed when parsed in one pass: no longer than the string limit (so
    /// no string in it can be longer), valid UTF-8, with no escape that may spell a surrogate (the parser does not check
    /// them, and decoding a lone one throws). It is then parsed with the depth limit; when it is larger or the parser
    /// rejects it, the caller runs <see cref="DocumentScan"/>, which names every problem.
    /// </summary>
    private static bool CanParseInOnePass(ReadOnlySpan<byte> utf8, JsonReadOptions limits) =>
        utf8.Length <= limits.MaxStringBytes && System.Text.Unicode.Utf8.IsValid(utf8) && !DocumentScan.MaySpellSurrogate(utf8);

    /// <summary>Parses within the depth limit, without comments or trailing commas; null when the parser rejects the document.</summary>
    private static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, JsonReadOptions limits, bool rejectDuplicates)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                MaxDepth = limits.MaxDepth,
                AllowDuplicateProperties = !rejectDuplicates,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether no object of a document (that parses) has a name twice, as the parser checks it.</summary>
    private static bool HasNoDuplicates(ReadOnlyMemory<byte> utf8, JsonReadOptions limits)
    {
        using var document = Parse(utf8, limits, rejectDuplicates: true);
        return document is not null;
    }

    /// <summary>
    /// A pooled buffer that a stream is read into, growing as it fills, up to one byte more than the size limit (which
    /// tells a document at the limit from a larger one). The synchronous and asynchronous readers share it: each reads
    /// into <see cref="Free"/> and reports the count to <see cref="Filled"/>.
    /// </summary>
    private sealed class StreamBuffer(JsonReadOptions limits) : IDisposable
    {
        private readonly int _most = (int)Math.Min(limits.MaxDocumentBytes + 1L, Array.MaxLength);
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(limits.MaxDocumentBytes + 1L, 64 * 1024));
        private int _length;

        /// <summary>Whether more than the size limit was read.</summary>
        public bool IsTooLarge => _length > limits.MaxDocumentBytes;

        /// <summary>The bytes read.</summary>
        public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

        /// <summary>Where the next read goes: the free part of the buffer, grown first when it is full.</summary>
        public Memory<byte> Free
        {
            get
            {
                if (_length == _buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(_buffer.Length * 2L, _most));
                    Bytes.CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = larger;
                }

                return _buffer.AsMemory(_length, Math.Min(_buffer.Length, _most) - _length);
            }
        }

        /// <summary>Counts the bytes a read put into <see cref="Free"/>; whether to read on (not at the end, not past the limit).</summary>
        public bool Filled(int read)
        {
            _length += read;
            return read > 0 && !IsTooLarge;
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
