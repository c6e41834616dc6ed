using System.Buffers;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// Reads a document from text, a stream or UTF-8 in memory within <see cref="JsonReadOptions"/>' limits: the one
/// place where input is buffered, checked against the limits, parsed and walked, for every public reading method,
/// synchronous or not.
/// </summary>
internal static class DocumentReading
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ValidationResult<StammDocument> Read(string json, JsonReadOptions options, string? expectedKind)
    {
        Guard.Against.Null(json);
        var limits = Guard.Against.Null(options);

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

        return ReadDocument(utf8, limits, expectedKind);
    }

    public static ValidationResult<StammDocument> Read(Stream stream, JsonReadOptions options, string? expectedKind)
    {
        Guard.Against.Null(stream);
        var limits = Guard.Against.Null(options);
        using var buffer = new DocumentBuffer(limits);
        while (buffer.Free is { Length: > 0 } free && stream.Read(free.Span) is var read and > 0)
        {
            if (!buffer.Advance(read))
            {
                return DocumentScan.TooLarge(null, limits);
            }
        }

        return ReadDocument(buffer.Written, limits, expectedKind);
    }

    public static async Task<ValidationResult<StammDocument>> ReadAsync(Stream stream, JsonReadOptions options, string? expectedKind, CancellationToken cancellationToken)
    {
        Guard.Against.Null(stream);
        var limits = Guard.Against.Null(options);
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new DocumentBuffer(limits);
        while (buffer.Free is { Length: > 0 } free && await stream.ReadAsync(free, cancellationToken).ConfigureAwait(false) is var read and > 0)
        {
            if (!buffer.Advance(read))
            {
                return DocumentScan.TooLarge(null, limits);
            }
        }

        return ReadDocument(buffer.Written, limits, expectedKind);
    }

    public static ValidationResult<StammDocument> ReadDocument(ReadOnlySpan<byte> utf8Json, JsonReadOptions limits, string? expectedKind)
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
            var document = ParseWithinLimits(memory, limits);
            if (document is null)
            {
                if (DocumentScan.Check(input, limits) is { } unsafeInput)
                {
                    return unsafeInput;
                }

                // The scan has checked syntax, depth, sizes, duplicates and that every string and name is Unicode text,
                // so parsing cannot fail or grow beyond the input, and no string the walk decodes can throw.
                document = JsonDocument.Parse(memory, new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 1 });
            }

            using (document)
            {
                var walk = new JsonWalk(limits);
                var result = DocumentKinds.Read(walk, document.RootElement, expectedKind);
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
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    /// <summary>
    /// Parses in one pass a document that cannot break a limit unnoticed: no longer than the string limit (so no
    /// string in it can be longer), valid UTF-8, with no escape that may spell a surrogate (the parser does not check
    /// them, and decoding a lone one throws), and parsed with the depth limit and duplicate names rejected. Null when
    /// it is larger or the parser rejects it; the caller then runs <see cref="DocumentScan"/>, which names every problem.
    /// </summary>
    private static JsonDocument? ParseWithinLimits(ReadOnlyMemory<byte> utf8, JsonReadOptions limits)
    {
        if (utf8.Length > limits.MaxStringBytes || !System.Text.Unicode.Utf8.IsValid(utf8.Span) || DocumentScan.MaySpellSurrogate(utf8.Span))
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                MaxDepth = limits.MaxDepth,
                AllowDuplicateProperties = false,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A pooled buffer that a stream is read into, growing by doubling up to one byte past the document limit (so a
    /// document just over the limit is told from one at it; counted in <see langword="long"/>, so no limit overflows).
    /// </summary>
    private sealed class DocumentBuffer : IDisposable
    {
        private readonly JsonReadOptions _limits;
        private readonly int _most;
        private byte[] _buffer;
        private int _length;

        public DocumentBuffer(JsonReadOptions limits)
        {
            _limits = limits;
            _most = (int)Math.Min(limits.MaxDocumentBytes + 1L, Array.MaxLength);
            _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(_most, 64 * 1024));
        }

        /// <summary>The room for the next read, grown first when the buffer is full; empty once past the limit.</summary>
        public Memory<byte> Free
        {
            get
            {
                if (_length == _buffer.Length && _length < _most)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(_buffer.Length * 2L, _most));
                    _buffer.AsSpan(0, _length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = larger;
                }

                return _buffer.AsMemory(_length, Math.Min(_buffer.Length, _most) - _length);
            }
        }

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        /// <summary>Counts bytes read into <see cref="Free"/>; false when the document is now beyond the limit.</summary>
        public bool Advance(int count)
        {
            _length += count;
            return _length <= _limits.MaxDocumentBytes;
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
