using System.Buffers;
using Ardalis.GuardClauses;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json.Reading;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json;

/// <content>
/// The rule-set document (every rule, built-in or your own, with its kind, header and parameters), read and written,
/// and the decision document (the decision, the rule set and version that made it, the selected contribution, the
/// donor matching and every rule's outcome), written only.
/// </content>
public static partial class StammJson
{
    /// <summary>The <c>kind</c> of a rule-set document.</summary>
    public const string RuleSetKind = Json.DocumentKinds.RuleSet;

    /// <summary>The <c>kind</c> of a decision document (written only).</summary>
    public const string DecisionKind = Json.DocumentKinds.Decision;

    /// <summary>Reads a rule-set document from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits and the rule kinds of your own (a rule of another kind is reported as unknown); <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The rule set, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<RuleSet> ReadRuleSet(string json, JsonReadOptions? options = null) => ReadText(json, options, RuleSetBody);

    /// <summary>Reads a rule-set document from UTF-8.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <param name="options">The limits and the rule kinds of your own (a rule of another kind is reported as unknown); <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The rule set, or every problem with its JSON path.</returns>
    public static ValidationResult<RuleSet> ReadRuleSet(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null) => ReadUtf8(utf8Json, options, RuleSetBody);

    /// <summary>Reads a rule-set document from a UTF-8 stream read to its end; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits and the rule kinds of your own (a rule of another kind is reported as unknown); <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The rule set, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<RuleSet> ReadRuleSet(Stream utf8Json, JsonReadOptions? options = null) => ReadStream(utf8Json, options, RuleSetBody);

    /// <summary>
    /// Reads a rule-set document from a UTF-8 stream without blocking: the stream is read asynchronously into a buffer of at
    /// most <see cref="JsonReadOptions.MaxDocumentBytes"/> (more is refused with the problem the synchronous reader
    /// gives), then parsed.
    /// </summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits and the rule kinds of your own (a rule of another kind is reported as unknown); <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The rule set, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static Task<ValidationResult<RuleSet>> ReadRuleSetAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadStreamAsync(utf8Json, options, RuleSetBody, cancellationToken);

    /// <summary>Writes a rule-set document as text.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static string WriteRuleSet(RuleSet ruleSet, JsonWriteOptions? options = null) => WriteText(Guard.Against.Null(ruleSet), options);

    /// <summary>Writes a rule-set document as UTF-8, such as to a pipe, the bytes of its text form.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteRuleSet(RuleSet ruleSet, IBufferWriter<byte> utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(ruleSet), Guard.Against.Null(utf8Json), options);

    /// <summary>Writes a rule-set document as UTF-8 to a stream, which stays open, the bytes of its text form.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteRuleSet(RuleSet ruleSet, Stream utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(ruleSet), Guard.Against.Null(utf8Json), options);

    /// <summary>
    /// Writes a rule-set document as UTF-8 to a stream without blocking: the document is written to memory, then to the stream
    /// asynchronously, and the stream is flushed; it stays open.
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteRuleSetAsync(RuleSet ruleSet, Stream utf8Json, JsonWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Guard.Against.Null(ruleSet), utf8Json, options, cancellationToken);

    /// <summary>Writes a decision document as text.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static string WriteDecision(Decision decision, JsonWriteOptions? options = null) => WriteText(Guard.Against.Null(decision), options);

    /// <summary>Writes a decision document as UTF-8, such as to a pipe, the bytes of its text form.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteDecision(Decision decision, IBufferWriter<byte> utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(decision), Guard.Against.Null(utf8Json), options);

    /// <summary>Writes a decision document as UTF-8 to a stream, which stays open, the bytes of its text form.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void WriteDecision(Decision decision, Stream utf8Json, JsonWriteOptions? options = null) =>
        WriteDocument(Guard.Against.Null(decision), Guard.Against.Null(utf8Json), options);

    /// <summary>
    /// Writes a decision document as UTF-8 to a stream without blocking: the document is written to memory, then to the stream
    /// asynchronously, and the stream is flushed; it stays open.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> (indented) when null.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static Task WriteDecisionAsync(Decision decision, Stream utf8Json, JsonWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Guard.Against.Null(decision), utf8Json, options, cancellationToken);

    /// <summary>The readers of a rule-set document: its header, then its body.</summary>
    internal static readonly Func<JsonWalk, System.Text.Json.JsonElement, RuleSet?> RuleSetBody = Json.DocumentKinds.Body(RuleSetKind, RuleReader.RuleSet);

    /// <summary>A decision is written only: its body reader (the kind table's) reports so and gives nothing.</summary>
    internal static readonly Func<JsonWalk, System.Text.Json.JsonElement, Decision?> DecisionBody = Json.DocumentKinds.Body<Decision>(DecisionKind, o =>
    {
        Json.DocumentKinds.All.Read(o);
        return null;
    });
}
