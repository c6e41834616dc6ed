using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Json.Reading;
using StAMM.Domain.Json.Schemas;
using StAMM.Domain.Json.Writing;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Projects;
using StAMM.Domain.Reporting;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json;

/// <summary>
/// Reads and writes StAMM.Domain's JSON documents, and gives their JSON Schemas (draft 2020-12).
/// </summary>
/// <remarks>
/// <para>Writing never fails: a domain value is valid by construction. Reading never throws on bad input and never
/// returns an invalid value: it returns the value, or every problem at once, each with the JSON path of the value
/// (<c>$.activities[2].period.end</c>), a stable code (<see cref="JsonProblemCodes"/> for the form,
/// <see cref="ProblemCodes"/> for the content) and a message. Input is limited by <see cref="JsonReadOptions"/>.</para>
/// <para>All members are thread-safe. Serialization uses source-generated metadata only (trim- and AOT-safe).</para>
/// </remarks>
public static partial class StammJson
{
    /// <summary>The version of the document format that this library writes, in every document's <c>schemaVersion</c>.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>The document kinds this library knows, such as <see cref="ProjectKind"/>; all are written, and all but <see cref="DecisionKind"/> are read.</summary>
    public static ImmutableArray<string> DocumentKinds { get; } = [.. Json.DocumentKinds.All.Values];

    /// <summary>The document kinds this library reads; a <see cref="DecisionKind"/> document is written only.</summary>
    public static ImmutableArray<string> ReadableKinds { get; } = [.. Json.DocumentKinds.All.Values.Where(k => k is not DecisionKind and not CaseEventsKind and not ReportKind)];

    /// <summary>Reads a document of any kind it reads (the reader chosen by its <c>kind</c>) from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits and the rule kinds of your own (a rule of another kind is reported as unknown); <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The document (such as a <see cref="ProjectDocument"/>), or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<StammDocument> Read(string json, JsonReadOptions? options = null) => ReadText(json, options, AnyKind);

    /// <summary>Reads a document of any kind it reads (the reader chosen by its <c>kind</c>) from UTF-8.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <param name="options">The limits and the rule kinds of your own (a rule of another kind is reported as unknown); <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The document (such as a <see cref="ProjectDocument"/>), or every problem with its JSON path.</returns>
    public static ValidationResult<StammDocument> Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null) => ReadUtf8(utf8Json, options, AnyKind);

    /// <summary>Reads a document of any kind it reads (the reader chosen by its <c>kind</c>) from a UTF-8 stream read to its end; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits and the rule kinds of your own (a rule of another kind is reported as unknown); <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The document (such as a <see cref="ProjectDocument"/>), or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<StammDocument> Read(Stream utf8Json, JsonReadOptions? options = null) => ReadStream(utf8Json, options, AnyKind);

    /// <summary>
    /// Reads a document of any kind it reads (the reader chosen by its <c>kind</c>) from a UTF-8 stream without blocking: the stream is read asynchronously into a buffer of at
    /// most <see cref="JsonReadOptions.MaxDocumentBytes"/> (more is refused with the problem the synchronous reader
    /// gives), then parsed.
    /// </summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits and the rule kinds of your own (a rule of another kind is reported as unknown); <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The document (such as a <see cref="ProjectDocument"/>), or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static Task<ValidationResult<StammDocument>> ReadAsync(Stream utf8Json, JsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadStreamAsync(utf8Json, options, AnyKind, cancellationToken);

    /// <summary>The JSON Schema (draft 2020-12) of a document kind, as indented text.</summary>
    /// <param name="kind">A kind from <see cref="DocumentKinds"/>, such as <see cref="ProjectKind"/>.</param>
    /// <returns>The schema, the same text as <c>docs/schemas/{kind}.schema.json</c>.</returns>
    /// <exception cref="ArgumentException">The kind is not known.</exception>
    public static string Schema(string kind) => SchemaGenerator.Of(Guard.Against.Null(kind)) ?? throw UnknownKind(kind);

    /// <summary>The file name of a document kind's schema, such as <c>project.schema.json</c>: the file this package ships under <c>schemas/</c>.</summary>
    /// <param name="kind">A kind from <see cref="DocumentKinds"/>.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentException">The kind is not known.</exception>
    public static string SchemaFile(string kind) =>
        DocumentKinds.Contains(Guard.Against.Null(kind), StringComparer.Ordinal) ? Json.DocumentKinds.SchemaFile(kind) : throw UnknownKind(kind);

    private static ArgumentException UnknownKind(string kind) =>
        new($"'{kind}' is not a document kind; known kinds: {string.Join(", ", DocumentKinds)}.", nameof(kind));

    /// <summary>
    /// What a document names in <c>$schema</c>, and its schema in <c>$id</c>, for a schema file such as
    /// <c>project.schema.json</c>: the file name alone (relative to the document: save the schema beside it, from the
    /// package's <c>schemas/</c> folder or with <c>stamm schema</c>) while the package was built without an address;
    /// built with the <c>StammRepositoryUrl</c> property, that repository's <c>/raw/main/docs/schemas/</c> file.
    /// </summary>
    /// <param name="schemaFile">A schema's file name, such as <see cref="SchemaFile"/> returns.</param>
    /// <returns>The address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schemaFile"/> is null.</exception>
    public static string SchemaAddress(string schemaFile)
    {
        Guard.Against.Null(schemaFile);
        return Json.DocumentKinds.SchemaAddressOf(schemaFile, Json.DocumentKinds.RepositoryUrl);
    }

    /// <summary>
    /// The JSON Schema (draft 2020-12) of rule-set documents whose rules are of the given kinds: one branch per kind, its
    /// parameters typed and closed. <see cref="Schema"/> of <see cref="RuleSetKind"/> is this schema for
    /// <see cref="BuiltIn.StammRuleSet.Kinds"/>; pass your registry (<c>StammRuleSet.Kinds.With(MyRule.Declaration)</c>)
    /// to validate documents that hold your kinds.
    /// </summary>
    /// <param name="ruleKinds">The kinds the documents may hold.</param>
    /// <returns>The schema, as indented text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleKinds"/> is null.</exception>
    public static string RuleSetSchema(RuleKindRegistry ruleKinds) => SchemaGenerator.RuleSetWith(Guard.Against.Null(ruleKinds));

    /// <summary>
    /// Writes a document (project, request, rule set, decision or report) as one JSON value, with the writers that
    /// every other Write method and the System.Text.Json converters use: the one place where a value's type chooses
    /// its document.
    /// </summary>
    internal static void WriteUtf8(object value, IBufferWriter<byte> output, JsonWriteOptions? options)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions(options));
        Serialize(writer, value);
    }

    /// <summary>Writes a document as a file is written: the value, then a line feed when indented.</summary>
    private static void WriteDocument(object value, IBufferWriter<byte> output, JsonWriteOptions? options)
    {
        WriteUtf8(value, output, options);
        EndLine(output, options);
    }

    /// <inheritdoc cref="WriteDocument(object, IBufferWriter{byte}, JsonWriteOptions?)"/>
    private static void WriteDocument(object value, Stream output, JsonWriteOptions? options)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions(options)))
        {
            Serialize(writer, value);
        }

        EndLine(output, options);
    }

    /// <summary>A document as text, ending with a line feed when indented.</summary>
    private static string WriteText(object value, JsonWriteOptions? options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteDocument(value, buffer, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>What <paramref name="write"/> writes, as text ending with a line feed when indented.</summary>
    internal static string WriteText(JsonWriteOptions? options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            write(writer);
        }

        EndLine(buffer, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // Indented output is a file, whose last line ends with a line feed; compact output is one value, a line of its own
    // only where the caller makes it one (JSON Lines, a database column).
    private static readonly ReadOnlyMemory<byte> LineFeed = new[] { (byte)'\n' };

    /// <summary>Whether output is indented: <see cref="JsonWriteOptions.Default"/>'s choice when no options are given.</summary>
    private static bool IsIndented(JsonWriteOptions? options) => (options ?? JsonWriteOptions.Default).Indented;

    private static void EndLine(IBufferWriter<byte> output, JsonWriteOptions? options)
    {
        if (IsIndented(options))
        {
            output.Write(LineFeed.Span);
        }
    }

    private static void EndLine(Stream output, JsonWriteOptions? options)
    {
        if (IsIndented(options))
        {
            output.Write(LineFeed.Span);
        }
    }

    private static void Serialize(Utf8JsonWriter writer, object value)
    {
        DocumentContract contract = value switch
        {
            TechnicalAssistanceProject project => ContractMapper.Document(project),
            AssistanceRequest request => RequestMapper.Document(request),
            RuleSet ruleSet => EligibilityMapper.Document(ruleSet),
            Decision decision => EligibilityMapper.Document(decision),
            PortfolioReport report => ReportMapper.Document(report),
            _ => throw new ArgumentException($"A {value.GetType().Name} is not written as a StAMM.Domain document.", nameof(value)),
        };
        JsonSerializer.Serialize(writer, contract, StammJsonContext.Default.GetTypeInfo(contract.GetType())!);
    }

    private static JsonWriterOptions WriterOptions(JsonWriteOptions? options) => new()
    {
        Indented = IsIndented(options),
        IndentSize = 2,
        NewLine = "\n",

        // Documents are files and messages, not HTML: keep names such as "Foreigners' Affairs" and "–" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };


    // Every public reader comes through one of these four: the input's null check, the default limits, then DocumentInput.
    private static ValidationResult<T> ReadText<T>(string json, JsonReadOptions? options, Func<JsonWalk, JsonElement, T?> body)
        where T : class =>
        DocumentInput.Read(Guard.Against.Null(json), options ?? JsonReadOptions.Default, body);

    private static ValidationResult<T> ReadUtf8<T>(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options, Func<JsonWalk, JsonElement, T?> body)
        where T : class =>
        DocumentInput.Read(utf8Json, options ?? JsonReadOptions.Default, body);

    private static ValidationResult<T> ReadStream<T>(Stream utf8Json, JsonReadOptions? options, Func<JsonWalk, JsonElement, T?> body)
        where T : class =>
        DocumentInput.Read(Guard.Against.Null(utf8Json), options ?? JsonReadOptions.Default, body);

    private static Task<ValidationResult<T>> ReadStreamAsync<T>(Stream utf8Json, JsonReadOptions? options, Func<JsonWalk, JsonElement, T?> body, CancellationToken cancellationToken)
        where T : class =>
        DocumentInput.ReadAsync(Guard.Against.Null(utf8Json), options ?? JsonReadOptions.Default, body, cancellationToken);

    private static async Task WriteAsync(object value, Stream utf8Json, JsonWriteOptions? options, CancellationToken cancellationToken)
    {
        Guard.Against.Null(utf8Json);
        cancellationToken.ThrowIfCancellationRequested();
        var buffer = new ArrayBufferWriter<byte>();
        WriteDocument(value, buffer, options);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The reader of a document of any kind, chosen by its <c>kind</c>.</summary>
    internal static readonly Func<JsonWalk, JsonElement, StammDocument?> AnyKind = (walk, root) => Json.DocumentKinds.Read(walk, root, JsonPath.Root, expectedKind: null);
}
