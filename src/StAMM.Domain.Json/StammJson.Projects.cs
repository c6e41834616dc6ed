using System.Buffers;
using Ardalis.GuardClauses;
using StAMM.Domain.Json.Reading;
using StAMM.Domain.Projects;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json;

/// <content>The project document: a <see cref="TechnicalAssistanceProject"/>, read and written.</content>
public static partial class StammJson
{
    /// <summary>The <c>kind</c> of a project document.</summary>
    public const string ProjectKind = Json.DocumentKinds.Project;

    /// <summary>Reads a project document from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<TechnicalAssistanceProject> ReadProject(string json, JsonReadOptions? options = null) => ReadText(json, options, ProjectBody);

    /// <summary>Reads a project document from UTF-8.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    public static ValidationResult<TechnicalAssistanceProject> ReadProject(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null) => ReadUtf8(utf8Json, options, ProjectBody);

    /// <summary>Reads a project document from a UTF-8 stream read to its end; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<TechnicalAssistanceProject> ReadProject(Stream utf8Json, JsonReadOptions? options = null) => ReadStream(utf8Json, options, ProjectBody);

    /// <summary>
    /// Reads a project document from a UTF-8 stream without blocking: the stream is read asynchronously into a buffer of at
    /// most <see cref="JsonReadOptions.MaxDocumentBytes"/> (more is refused with the problem the synchronous reader
    /// gives), then parsed.
    /// </summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static Task<ValidationResult<TechnicalAssistanceProject>> ReadProjectAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadStreamAsync(utf8Json, options, ProjectBody, cancellationToken);

    /// <summary>Writes a project document as text.</summary>
    /// <param name="project">The project.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public static string WriteProject(TechnicalAssistanceProject project, JsonWriteOptions? options = null) => WriteText(Guard.Against.Null(project), options);

    /// <summary>Writes a project document as UTF-8, such as to a pipe, the bytes of its text form.</summary>
    /// <param name="project">The project.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteProject(TechnicalAssistanceProject project, IBufferWriter<byte> utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(project), Guard.Against.Null(utf8Json), options);

    /// <summary>Writes a project document as UTF-8 to a stream, which stays open, the bytes of its text form.</summary>
    /// <param name="project">The project.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteProject(TechnicalAssistanceProject project, Stream utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(project), Guard.Against.Null(utf8Json), options);

    /// <summary>
    /// Writes a project document as UTF-8 to a stream without blocking: the document is written to memory, then to the stream
    /// asynchronously, and the stream is flushed; it stays open.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteProjectAsync(TechnicalAssistanceProject project, Stream utf8Json, JsonWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Guard.Against.Null(project), utf8Json, options, cancellationToken);

    /// <summary>The readers of a project document: its header, then its body.</summary>
    internal static readonly Func<JsonWalk, System.Text.Json.JsonElement, TechnicalAssistanceProject?> ProjectBody = Json.DocumentKinds.Body(ProjectKind, DomainReader.Project);
}
