namespace StAMM.Cli.Io;

/// <summary>One line of a JSON Lines file: its number, its bytes, and how far into the file it ends.</summary>
/// <param name="Number">The line number, from 1.</param>
/// <param name="Bytes">The line without its line break; empty for an over-long line.</param>
/// <param name="TooLong">Whether the line is longer than the limit (it was skipped, not kept).</param>
/// <param name="End">The number of bytes of the file read so far, up to and including this line's break.</param>
internal sealed record JsonLine(int Number, ReadOnlyMemory<byte> Bytes, bool TooLong, long End)
{
    /// <summary>The line as a stream, for a reader that enforces the document limit on streams.</summary>
    public Stream Open() => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(Bytes, out var array)
        ? new MemoryStream(array.Array!, array.Offset, array.Count, writable: false)
        : new MemoryStream(Bytes.ToArray(), writable: false);
}

/// <summary>
/// Reads a JSON Lines file as a stream, a line at a time, never holding more than one line of at most
/// <c>limit + 1</c> bytes: a file of any size takes memory for one document, and a line longer than the limit is
/// returned marked (and empty) so that it is reported as too large while the batch goes on.
/// </summary>
internal static class JsonLines
{
    /// <summary>The non-blank lines of the stream; a line's bytes are valid until the next line is read.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="limit">The most bytes a line may have (the document limit).</param>
    public static IEnumerable<JsonLine> Read(Stream stream, int limit)
    {
        var chunk = new byte[64 * 1024];
        var line = new MemoryStream();
        var number = 1;
        var tooLong = false;
        long position = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (chunk[i] != (byte)'\n')
                {
                    continue;
                }

                Append(line, chunk.AsSpan(start, i - start), limit, ref tooLong);
                position += i - start + 1;
                start = i + 1;
                if (Complete(line, number, tooLong, position) is { } complete)
                {
                    yield return complete;
                }

                number++;
                line.SetLength(0);
                tooLong = false;
            }

            Append(line, chunk.AsSpan(start, read - start), limit, ref tooLong);
            position += read - start;
        }

        if (Complete(line, number, tooLong, position) is { } last)
        {
            yield return last;
        }
    }

    private static void Append(MemoryStream line, ReadOnlySpan<byte> bytes, int limit, ref bool tooLong)
    {
        var room = (long)limit + 1 - line.Length;
        if (line.Capacity < limit + 1L && line.Length + Math.Min(bytes.Length, room) > line.Capacity)
        {
            // Grow by doubling, but never past the most a line may keep: limit + 1 bytes.
            line.Capacity = (int)Math.Min(Math.Max(line.Capacity * 2L, line.Length + Math.Min(bytes.Length, room)), limit + 1L);
        }

        if (bytes.Length > room)
        {
            tooLong = true;
            bytes = bytes[..(int)room];
        }

        line.Write(bytes);
    }

    private static JsonLine? Complete(MemoryStream line, int number, bool tooLong, long end)
    {
        var bytes = tooLong ? ReadOnlyMemory<byte>.Empty : line.GetBuffer().AsMemory(0, (int)line.Length);
        if (!tooLong && bytes.Span.Length > 0 && bytes.Span[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return !tooLong && IsBlank(bytes.Span) ? null : new JsonLine(number, bytes, tooLong, end);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;
}
