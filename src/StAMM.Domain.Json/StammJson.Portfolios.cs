using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Ardalis.GuardClauses;
using StAMM.Domain.Cases;
using StAMM.Domain.Json.Reading;
using StAMM.Domain.Json.Writing;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json;

/// <summary>
/// Portfolio and case-events documents, and the JSON Lines stream of case events. Reading folds the events onto the
/// portfolio one by one, so every event is checked by <see cref="Portfolio.Append"/>, and makes each recorded decision
/// again on the portfolio as it stood just before it: a decision whose document differs is a
/// <see cref="JsonProblemCodes.DecisionNotReproduced"/> problem at the first value that differs. The problems of the
/// events' own form are all reported; folding stops at the first event the portfolio does not allow.
/// </summary>
public static partial class StammJson
{
    /// <summary>The <c>kind</c> of a portfolio document.</summary>
    public const string PortfolioKind = Json.DocumentKinds.Portfolio;

    /// <summary>The <c>kind</c> of a case-events document, read onto the portfolio it extends.</summary>
    public const string CaseEventsKind = Json.DocumentKinds.CaseEvents;

    // A streamed writer hands its bytes to the stream once this many are pending.
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes a portfolio document as text.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="description">The document's description, such as that its amounts are illustrative; none when null.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank or longer than <see cref="PortfolioDocument.MaxDescriptionLength"/>.</exception>
    public static string WritePortfolio(Portfolio portfolio, JsonWriteOptions? options = null, string? description = null)
    {
        var document = new PortfolioDocument(portfolio, description);
        return WriteText(options, writer => WriteEvents(writer, PortfolioWriter.Portfolio(writer, document.Portfolio, document.Description)));
    }

    /// <summary>Writes a portfolio document as UTF-8, such as to a pipe, event by event (the output gets the bytes as they are written).</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="description">The document's description, such as that its amounts are illustrative; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank or longer than <see cref="PortfolioDocument.MaxDescriptionLength"/>.</exception>
    public static void WritePortfolio(Portfolio portfolio, IBufferWriter<byte> utf8Json, JsonWriteOptions? options = null, string? description = null)
    {
        var document = new PortfolioDocument(portfolio, description);
        using (var writer = new Utf8JsonWriter(Guard.Against.Null(utf8Json), WriterOptions(options)))
        {
            WriteEvents(writer, PortfolioWriter.Portfolio(writer, document.Portfolio, document.Description));
        }

        EndLine(utf8Json, options);
    }

    /// <summary>Writes a portfolio document as UTF-8 to a stream, event by event (the stream gets the bytes as they are written); it stays open.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="description">The document's description, such as that its amounts are illustrative; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank or longer than <see cref="PortfolioDocument.MaxDescriptionLength"/>.</exception>
    public static void WritePortfolio(Portfolio portfolio, Stream utf8Json, JsonWriteOptions? options = null, string? description = null)
    {
        var document = new PortfolioDocument(portfolio, description);
        using (var writer = new Utf8JsonWriter(Guard.Against.Null(utf8Json), WriterOptions(options)))
        {
            WriteEvents(writer, PortfolioWriter.Portfolio(writer, document.Portfolio, document.Description));
        }

        EndLine(utf8Json, options);
    }

    /// <summary>Runs a streamed writer to its end, handing its bytes on whenever more than <see cref="FlushThreshold"/> are pending.</summary>
    private static void WriteEvents(Utf8JsonWriter writer, IEnumerable<int> events)
    {
        foreach (var _ in events)
        {
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }
    }

    /// <summary>Writes a portfolio document as UTF-8 to a stream without blocking, event by event; the stream is flushed and stays open.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="description">The document's description, such as that its amounts are illustrative; none when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank or longer than <see cref="PortfolioDocument.MaxDescriptionLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static async Task WritePortfolioAsync(Portfolio portfolio, Stream utf8Json, JsonWriteOptions? options = null, string? description = null, CancellationToken cancellationToken = default)
    {
        var document = new PortfolioDocument(portfolio, description);
        var writer = new Utf8JsonWriter(Guard.Against.Null(utf8Json), WriterOptions(options));
        await using (writer.ConfigureAwait(false))
        {
            foreach (var _ in PortfolioWriter.Portfolio(writer, document.Portfolio, document.Description))
            {
                if (writer.BytesPending > FlushThreshold)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        if (IsIndented(options))
        {
            await utf8Json.WriteAsync(LineFeed, cancellationToken).ConfigureAwait(false);
        }

        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a portfolio document from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The portfolio, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<Portfolio> ReadPortfolio(string json, JsonReadOptions? options = null) => ReadText(json, options, PortfolioBody);

    /// <summary>Reads a portfolio document from UTF-8.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The portfolio, or every problem with its JSON path.</returns>
    public static ValidationResult<Portfolio> ReadPortfolio(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null) => ReadUtf8(utf8Json, options, PortfolioBody);

    /// <summary>Reads a portfolio document from a UTF-8 stream read to its end; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The portfolio, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<Portfolio> ReadPortfolio(Stream utf8Json, JsonReadOptions? options = null) => ReadStream(utf8Json, options, PortfolioBody);

    /// <summary>
    /// Reads a portfolio document from a UTF-8 stream without blocking: the stream is read asynchronously into a buffer of at
    /// most <see cref="JsonReadOptions.MaxDocumentBytes"/> (more is refused with the problem the synchronous reader
    /// gives), then parsed.
    /// </summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The portfolio, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static Task<ValidationResult<Portfolio>> ReadPortfolioAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadStreamAsync(utf8Json, options, PortfolioBody, cancellationToken);

    /// <summary>Writes a case-events document: events to append to a portfolio, naming its contributions by index.</summary>
    /// <param name="portfolio">The portfolio whose contributions the events' commitments draw on.</param>
    /// <param name="events">The events, in the order recorded.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An event is null, or commits a contribution the portfolio does not hold.</exception>
    public static string WriteCaseEvents(Portfolio portfolio, IEnumerable<CaseEvent> events, JsonWriteOptions? options = null)
    {
        Guard.Against.Null(portfolio);
        Guard.Against.Null(events);
        var list = events.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentException("The events hold a null.", nameof(events));
        }

        return WriteText(options, writer => WriteEvents(writer, PortfolioWriter.CaseEvents(writer, portfolio, list)));
    }

    /// <summary>Reads a case-events document from text onto a portfolio: the portfolio with the events appended.</summary>
    /// <param name="json">The document.</param>
    /// <param name="onto">The portfolio the events extend.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The portfolio with the events, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="onto"/> is null.</exception>
    public static ValidationResult<Portfolio> ReadCaseEvents(string json, Portfolio onto, JsonReadOptions? options = null) =>
        ReadText(json, options, CaseEventsBody(onto));

    /// <summary>Reads a case-events document from UTF-8 onto a portfolio: the portfolio with the events appended.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <param name="onto">The portfolio the events extend.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The portfolio with the events, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="onto"/> is null.</exception>
    public static ValidationResult<Portfolio> ReadCaseEvents(ReadOnlySpan<byte> utf8Json, Portfolio onto, JsonReadOptions? options = null) =>
        ReadUtf8(utf8Json, options, CaseEventsBody(onto));

    /// <summary>Reads a case-events document from a UTF-8 stream read to its end onto a portfolio; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="onto">The portfolio the events extend.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The portfolio with the events, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="onto"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<Portfolio> ReadCaseEvents(Stream utf8Json, Portfolio onto, JsonReadOptions? options = null) =>
        ReadStream(utf8Json, options, CaseEventsBody(onto));

    /// <summary>Reads a case-events document from a UTF-8 stream without blocking onto a portfolio; see <see cref="ReadAsync"/>.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="onto">The portfolio the events extend.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The portfolio with the events, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="onto"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static Task<ValidationResult<Portfolio>> ReadCaseEventsAsync(Stream utf8Json, Portfolio onto, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadStreamAsync(utf8Json, options, CaseEventsBody(onto), cancellationToken);

    /// <summary>
    /// Writes one event as compact JSON on one line, without a line feed: a line of the case-events stream, or a value
    /// to store on its own (such as a database row). It reads back with <see cref="ReadCaseEvent"/>.
    /// </summary>
    /// <param name="caseEvent">The event.</param>
    /// <param name="portfolio">The portfolio whose contributions a commitment draws on.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The event commits a contribution the portfolio does not hold.</exception>
    public static string WriteCaseEvent(CaseEvent caseEvent, Portfolio portfolio)
    {
        Guard.Against.Null(caseEvent);
        Guard.Against.Null(portfolio);
        return WriteText(JsonWriteOptions.Compact, writer => PortfolioWriter.Event(writer, caseEvent, portfolio));
    }

    /// <summary>Reads one event (as <see cref="WriteCaseEvent"/> writes it) onto a portfolio: the portfolio with the event appended.</summary>
    /// <param name="json">The event.</param>
    /// <param name="onto">The portfolio the event extends.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The portfolio with the event, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="onto"/> is null.</exception>
    public static ValidationResult<Portfolio> ReadCaseEvent(string json, Portfolio onto, JsonReadOptions? options = null)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(onto);
        return DocumentInput.Read(json, options ?? JsonReadOptions.Default, OneEvent(new DomainReader.EventFold(onto, onto.Contributions), JsonPath.Root));
    }

    /// <summary>
    /// Writes events as JSON Lines (one compact event a line, each ending with a line feed) to a stream without
    /// blocking, event by event: the streaming form of a portfolio's events, read back by
    /// <see cref="ReadCaseEventLinesAsync"/>. The stream is flushed and stays open.
    /// </summary>
    /// <param name="portfolio">The portfolio whose contributions the events' commitments draw on.</param>
    /// <param name="events">The events, in the order recorded.</param>
    /// <param name="utf8Lines">Where to write.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An event is null, or commits a contribution the portfolio does not hold.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static async Task WriteCaseEventLinesAsync(Portfolio portfolio, IAsyncEnumerable<CaseEvent> events, Stream utf8Lines, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(portfolio);
        Guard.Against.Null(events);
        Guard.Against.Null(utf8Lines);
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new Utf8JsonWriter(buffer, WriterOptions(JsonWriteOptions.Compact));
        await using (writer.ConfigureAwait(false))
        {
            await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                Guard.Against.Null(e, nameof(events));
                PortfolioWriter.Event(writer, e, portfolio);
                writer.Flush();
                writer.Reset();
                buffer.Write("\n"u8);
                if (buffer.WrittenCount > FlushThreshold)
                {
                    await utf8Lines.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                }
            }
        }

        await utf8Lines.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8Lines.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a JSON Lines stream of events onto a portfolio, event by event, without holding more than one line: after
    /// each event, the portfolio with it appended. Blank lines are skipped; the limits apply to each line. Problem paths
    /// start at <c>$[i]</c>, the event's index in the stream (from 0). The enumeration ends after the first line with a
    /// problem, whose result lists every problem of that line.
    /// </summary>
    /// <param name="utf8Lines">The stream, read to its end; it stays open.</param>
    /// <param name="onto">The portfolio the events extend.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The portfolio after each event, or the problems of the first event that cannot be read or appended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Lines"/> or <paramref name="onto"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async IAsyncEnumerable<ValidationResult<Portfolio>> ReadCaseEventLinesAsync(
        Stream utf8Lines, Portfolio onto, JsonReadOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Lines);
        Guard.Against.Null(onto);
        var limits = options ?? JsonReadOptions.Default;
        var fold = new DomainReader.EventFold(onto, onto.Contributions);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>();
        var tooLong = false;
        var index = 0;
        try
        {
            while (true)
            {
                var read = await utf8Lines.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
                var position = 0;
                while (position < read || read == 0)
                {
                    var newline = read == 0 ? -1 : Array.IndexOf(chunk, (byte)'\n', position, read - position);
                    var stop = newline < 0 ? read : newline;
                    if (!tooLong && read > 0)
                    {
                        if (line.WrittenCount + (stop - position) > limits.MaxDocumentBytes)
                        {
                            tooLong = true;
                            line.Clear();
                        }
                        else
                        {
                            line.Write(chunk.AsSpan(position, stop - position));
                        }
                    }

                    if (newline < 0 && read > 0)
                    {
                        break;
                    }

                    // A whole line (or the last one, at the end of the stream).
                    position = stop + 1;
                    if (ReadLine(line, tooLong, fold, index, limits) is { } result)
                    {
                        yield return result;
                        if (!result.IsValid)
                        {
                            yield break;
                        }

                        index++;
                    }

                    line.Clear();
                    tooLong = false;
                    if (read == 0)
                    {
                        yield break;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Reads one line of events onto the fold; null for a blank line.</summary>
    private static ValidationResult<Portfolio>? ReadLine(ArrayBufferWriter<byte> line, bool tooLong, DomainReader.EventFold fold, int index, JsonReadOptions limits)
    {
        if (tooLong)
        {
            return new ValidationFailure(JsonProblemCodes.DocumentTooLarge, JsonPath.Index(JsonPath.Root, index), $"The event on line {index + 1} of the events is longer than {limits.MaxDocumentBytes} bytes.");
        }

        var text = line.WrittenSpan.TrimEnd("\r"u8);
        if (text.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        return DocumentInput.Read(text, limits, OneEvent(fold, JsonPath.Index(JsonPath.Root, index)));
    }

    /// <summary>The reader of one event at <paramref name="path"/>: the portfolio of the fold with the event appended.</summary>
    private static Func<JsonWalk, JsonElement, Portfolio?> OneEvent(DomainReader.EventFold fold, ValuePath path) => (walk, root) =>
    {
        fold.Read(walk, root, path);
        return fold.Current;
    };

    private static readonly Func<JsonWalk, JsonElement, Portfolio?> PortfolioBody = Json.DocumentKinds.Body(PortfolioKind, o => DomainReader.Portfolio(o)?.Portfolio);

    private static Func<JsonWalk, JsonElement, Portfolio?> CaseEventsBody(Portfolio onto)
    {
        Guard.Against.Null(onto);
        return Json.DocumentKinds.Body(CaseEventsKind, o => DomainReader.CaseEvents(o, onto));
    }
}
