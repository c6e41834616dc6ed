using System.Buffers;
using Ardalis.GuardClauses;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json.Reading;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json;

/// <summary>Asynchronous reading and writing: for streams that must not block a thread, such as an HTTP request's body.</summary>
public static partial class StammJson
{
    /// <summary>
    /// Reads a project document from a UTF-8 stream without blocking: the stream is read asynchronously into a buffer
    /// of at most <see cref="JsonReadOptions.MaxDocumentBytes"/> (more is refused with the same problem as the
    /// synchronous reader gives), then parsed.
    /// </summary>
    /// <param name="utf8Json">The stream, read to its end (or to the size limit); it stays open.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ValidationResult<TechnicalAssistanceProject>> ReadProjectAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        await DocumentInput.ReadAsync(Guard.Against.Null(utf8Json), options ?? JsonReadOptions.Default, ProjectBody, cancellationToken).ConfigureAwait(false);

    /// <summary>Reads an assistance-request document from a UTF-8 stream without blocking; see <see cref="ReadProjectAsync"/>.</summary>
    /// <param name="utf8Json">The stream, read to its end (or to the size limit); it stays open.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The request, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ValidationResult<AssistanceRequest>> ReadRequestAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        await DocumentInput.ReadAsync(Guard.Against.Null(utf8Json), options ?? JsonReadOptions.Default, RequestBody, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Reads a rule-set document from a UTF-8 stream without blocking; see <see cref="ReadProjectAsync"/>. A rule of
    /// a kind of your own needs a reader in <see cref="JsonReadOptions.RuleKinds"/>.
    /// </summary>
    /// <param name="utf8Json">The stream, read to its end (or to the size limit); it stays open.</param>
    /// <param name="options">The limits and the rule kinds of your own; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The rule set, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ValidationResult<RuleSet>> ReadRuleSetAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        await DocumentInput.ReadAsync(Guard.Against.Null(utf8Json), options ?? JsonReadOptions.Default, RuleSetBody, cancellationToken).ConfigureAwait(false);

    /// <summary>Reads a document of any kind from a UTF-8 stream without blocking, choosing the reader by its <c>kind</c>; see <see cref="ReadProjectAsync"/>.</summary>
    /// <param name="utf8Json">The stream, read to its end (or to the size limit); it stays open.</param>
    /// <param name="options">The limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The document (such as a <see cref="ProjectDocument"/>), or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async Task<ValidationResult<StammDocument>> ReadAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        await DocumentInput.ReadAsync(Guard.Against.Null(utf8Json), options ?? JsonReadOptions.Default, AnyKind, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Writes a project document as UTF-8 to a stream without blocking: the document is written to memory, then to
    /// the stream asynchronously, and the stream is flushed. The bytes are those of
    /// <see cref="WriteProject(TechnicalAssistanceProject, Stream, JsonWriteOptions)"/>.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="utf8Json">Where to write; it stays open.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteProjectAsync(TechnicalAssistanceProject project, Stream utf8Json, JsonWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Guard.Against.Null(project), utf8Json, options, cancellationToken);

    /// <summary>Writes an assistance-request document as UTF-8 to a stream without blocking; see <see cref="WriteProjectAsync"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="utf8Json">Where to write; it stays open.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteRequestAsync(AssistanceRequest request, Stream utf8Json, JsonWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Guard.Against.Null(request), utf8Json, options, cancellationToken);

    /// <summary>Writes a rule-set document as UTF-8 to a stream without blocking; see <see cref="WriteProjectAsync"/>.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="utf8Json">Where to write; it stays open.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteRuleSetAsync(RuleSet ruleSet, Stream utf8Json, JsonWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Guard.Against.Null(ruleSet), utf8Json, options, cancellationToken);

    /// <summary>Writes a decision document as UTF-8 to a stream without blocking; see <see cref="WriteProjectAsync"/>.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="utf8Json">Where to write; it stays open.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteDecisionAsync(Decision decision, Stream utf8Json, JsonWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Guard.Against.Null(decision), utf8Json, options, cancellationToken);

    private static async Task WriteAsync(object value, Stream utf8Json, JsonWriteOptions? options, CancellationToken cancellationToken)
    {
        Guard.Against.Null(utf8Json);
        cancellationToken.ThrowIfCancellationRequested();
        var buffer = new ArrayBufferWriter<byte>();
        WriteUtf8(value, buffer, options ?? JsonWriteOptions.Default);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
