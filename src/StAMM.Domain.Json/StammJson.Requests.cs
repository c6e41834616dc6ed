using System.Buffers;
using Ardalis.GuardClauses;
using StAMM.Domain.Json.Reading;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json;

/// <content>The assistance-request document: an <see cref="AssistanceRequest"/>, read and written.</content>
public static partial class StammJson
{
    /// <summary>The <c>kind</c> of an assistance-request document.</summary>
    public const string RequestKind = Json.DocumentKinds.Request;

    /// <summary>Reads an assistance-request document from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The request, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<AssistanceRequest> ReadRequest(string json, JsonReadOptions? options = null) => ReadText(json, options, RequestBody);

    /// <summary>Reads an assistance-request document from UTF-8.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The request, or every problem with its JSON path.</returns>
    public static ValidationResult<AssistanceRequest> ReadRequest(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null) => ReadUtf8(utf8Json, options, RequestBody);

    /// <summary>Reads an assistance-request document from a UTF-8 stream read to its end; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The request, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<AssistanceRequest> ReadRequest(Stream utf8Json, JsonReadOptions? options = null) => ReadStream(utf8Json, options, RequestBody);

    /// <summary>
    /// Reads an assistance-request document from a UTF-8 stream without blocking: the stream is read asynchronously into a buffer of at
    /// most <see cref="JsonReadOptions.MaxDocumentBytes"/> (more is refused with the problem the synchronous reader
    /// gives), then parsed.
    /// </summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The request, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static Task<ValidationResult<AssistanceRequest>> ReadRequestAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadStreamAsync(utf8Json, options, RequestBody, cancellationToken);

    /// <summary>Writes an assistance-request document as text.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static string WriteRequest(AssistanceRequest request, JsonWriteOptions? options = null) => WriteText(Guard.Against.Null(request), options);

    /// <summary>Writes an assistance-request document as UTF-8, such as to a pipe, the bytes of its text form.</summary>
    /// <param name="request">The request.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteRequest(AssistanceRequest request, IBufferWriter<byte> utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(request), Guard.Against.Null(utf8Json), options);

    /// <summary>Writes an assistance-request document as UTF-8 to a stream, which stays open, the bytes of its text form.</summary>
    /// <param name="request">The request.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteRequest(AssistanceRequest request, Stream utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(request), Guard.Against.Null(utf8Json), options);

    /// <summary>
    /// Writes an assistance-request document as UTF-8 to a stream without blocking: the document is written to memory, then to the stream
    /// asynchronously, and the stream is flushed; it stays open.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteRequestAsync(AssistanceRequest request, Stream utf8Json, JsonWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Guard.Against.Null(request), utf8Json, options, cancellationToken);

    /// <summary>The readers of an assistance-request document: its header, then its body.</summary>
    internal static readonly Func<JsonWalk, System.Text.Json.JsonElement, AssistanceRequest?> RequestBody = Json.DocumentKinds.Body(RequestKind, DomainReader.Request);
}
