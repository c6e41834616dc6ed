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

    /// <summary>The <c>kind</c> of a project document.</summary>
    public const string ProjectKind = Json.DocumentKinds.Project;

    /// <summary>The <c>kind</c> of an assistance-request document.</summary>
    public const string RequestKind = Json.DocumentKinds.Request;

    /// <summary>The <c>kind</c> of a rule-set document.</summary>
    public const string RuleSetKind = Json.DocumentKinds.RuleSet;

    /// <summary>The <c>kind</c> of a decision document (written only).</summary>
    public const string DecisionKind = Json.DocumentKinds.Decision;

    /// <summary>The document kinds this library knows, such as <see cref="ProjectKind"/>; all are written, and all but <see cref="DecisionKind"/> are read.</summary>
    public static ImmutableArray<string> DocumentKinds { get; } = [.. Json.DocumentKinds.All.Values];

    /// <summary>The document kinds this library reads; a <see cref="DecisionKind"/> document is written only.</summary>
    public static ImmutableArray<string> ReadableKinds { get; } = [.. Json.DocumentKinds.All.Values.Where(k => k is not DecisionKind and not CaseEventsKind and not ReportKind)];

    /// <summary>Writes a project document as indented UTF-8.</summary>
    /// <param name="project">The project.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteProject(TechnicalAssistanceProject project, IBufferWriter<byte> utf8Json) =>
        WriteProject(project, utf8Json, JsonWriteOptions.Default);

    /// <summary>Writes a project document as UTF-8.</summary>
    /// <param name="project">The project.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteProject(TechnicalAssistanceProject project, IBufferWriter<byte> utf8Json, JsonWriteOptions options) =>
        WriteUtf8(Guard.Against.Null(project), Guard.Against.Null(utf8Json), options);

    /// <summary>Writes a project document as indented UTF-8 to a stream, which stays open.</summary>
    /// <param name="project">The project.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteProject(TechnicalAssistanceProject project, Stream utf8Json) =>
        WriteProject(project, utf8Json, JsonWriteOptions.Default);

    /// <summary>Writes a project document as UTF-8 to a stream, which stays open.</summary>
    /// <param name="project">The project.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteProject(TechnicalAssistanceProject project, Stream utf8Json, JsonWriteOptions options) =>
        WriteUtf8(Guard.Against.Null(project), Guard.Against.Null(utf8Json), options);

    /// <summary>Writes a project document as indented text.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public static string WriteProject(TechnicalAssistanceProject project) => WriteProject(project, JsonWriteOptions.Default);

    /// <summary>Writes a project document as text.</summary>
    /// <param name="project">The project.</param>
    /// <param name="options">How to write.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string WriteProject(TechnicalAssistanceProject project, JsonWriteOptions options) =>
        WriteText(Guard.Against.Null(project), options);

    /// <summary>Reads a project document from UTF-8, within the default limits.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    public static ValidationResult<TechnicalAssistanceProject> ReadProject(ReadOnlySpan<byte> utf8Json) =>
        ReadProject(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads a project document from UTF-8.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ValidationResult<TechnicalAssistanceProject> ReadProject(ReadOnlySpan<byte> utf8Json, JsonReadOptions options) =>
        DocumentInput.Read(utf8Json, Guard.Against.Null(options), ProjectBody);

    /// <summary>Reads a project document from a UTF-8 stream, within the default limits.</summary>
    /// <param name="utf8Json">The stream, read to its end (or to the size limit); it stays open.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<TechnicalAssistanceProject> ReadProject(Stream utf8Json) =>
        ReadProject(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads a project document from a UTF-8 stream; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream, read to its end (or to the size limit); it stays open.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<TechnicalAssistanceProject> ReadProject(Stream utf8Json, JsonReadOptions options) =>
        DocumentInput.Read(Guard.Against.Null(utf8Json), Guard.Against.Null(options), ProjectBody);

    /// <summary>Reads a project document from text, within the default limits.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<TechnicalAssistanceProject> ReadProject(string json) => ReadProject(json, JsonReadOptions.Default);

    /// <summary>Reads a project document from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The project, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<TechnicalAssistanceProject> ReadProject(string json, JsonReadOptions options) =>
        DocumentInput.Read(Guard.Against.Null(json), Guard.Against.Null(options), ProjectBody);

    /// <summary>Reads a document of any kind this library knows, choosing the reader by its <c>kind</c>, within the default limits.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <returns>The document (such as a <see cref="ProjectDocument"/>), or every problem with its JSON path.</returns>
    public static ValidationResult<StammDocument> Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads a document of any kind this library knows, choosing the reader by its <c>kind</c>.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The document (such as a <see cref="ProjectDocument"/>), or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ValidationResult<StammDocument> Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions options) =>
        DocumentInput.Read(utf8Json, Guard.Against.Null(options), AnyKind);

    /// <summary>Reads a document of any kind from a UTF-8 stream, within the default limits.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <returns>The document, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<StammDocument> Read(Stream utf8Json) => Read(utf8Json, JsonReadOptions.Default);

    /// <summary>Reads a document of any kind from a UTF-8 stream; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The document, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<StammDocument> Read(Stream utf8Json, JsonReadOptions options) =>
        DocumentInput.Read(Guard.Against.Null(utf8Json), Guard.Against.Null(options), AnyKind);

    /// <summary>Reads a document of any kind from text, within the default limits.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The document, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<StammDocument> Read(string json) => Read(json, JsonReadOptions.Default);

    /// <summary>Reads a document of any kind from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The document, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<StammDocument> Read(string json, JsonReadOptions options) =>
        DocumentInput.Read(Guard.Against.Null(json), Guard.Against.Null(options), AnyKind);

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

    /// <summary>Writes an assistance-request document as indented text.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static string WriteRequest(AssistanceRequest request) => WriteRequest(request, JsonWriteOptions.Default);

    /// <summary>Writes an assistance-request document as text.</summary>
    /// <param name="request">The request.</param>
    /// <param name="options">How to write.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string WriteRequest(AssistanceRequest request, JsonWriteOptions options) =>
        WriteText(Guard.Against.Null(request), options);

    /// <summary>Writes an assistance-request document as UTF-8 to a stream, which stays open.</summary>
    /// <param name="request">The request.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="options">How to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteRequest(AssistanceRequest request, Stream utf8Json, JsonWriteOptions options) =>
        WriteUtf8(Guard.Against.Null(request), Guard.Against.Null(utf8Json), options);

    /// <summary>Reads an assistance-request document from UTF-8.</summary>
    /// <param name="utf8Json">The document; a leading byte-order mark is ignored.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The request, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ValidationResult<AssistanceRequest> ReadRequest(ReadOnlySpan<byte> utf8Json, JsonReadOptions options) =>
        DocumentInput.Read(utf8Json, Guard.Against.Null(options), RequestBody);

    /// <summary>Reads an assistance-request document from a UTF-8 stream; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream, read to its end (or to the size limit); it stays open.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The request, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<AssistanceRequest> ReadRequest(Stream utf8Json, JsonReadOptions options) =>
        DocumentInput.Read(Guard.Against.Null(utf8Json), Guard.Against.Null(options), RequestBody);

    /// <summary>Reads an assistance-request document from text, within the default limits.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The request, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<AssistanceRequest> ReadRequest(string json) => ReadRequest(json, JsonReadOptions.Default);

    /// <summary>Reads an assistance-request document from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The request, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<AssistanceRequest> ReadRequest(string json, JsonReadOptions options) =>
        DocumentInput.Read(Guard.Against.Null(json), Guard.Against.Null(options), RequestBody);

    /// <summary>Writes a rule-set document as indented text: every rule, built-in or your own, with its kind, header and parameters.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static string WriteRuleSet(RuleSet ruleSet) => WriteRuleSet(ruleSet, JsonWriteOptions.Default);

    /// <summary>Writes a rule-set document as text.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="options">How to write.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string WriteRuleSet(RuleSet ruleSet, JsonWriteOptions options) =>
        WriteText(Guard.Against.Null(ruleSet), options);

    /// <summary>Reads a rule-set document from text, within the default limits and with the built-in rule kinds only.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The rule set, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult<RuleSet> ReadRuleSet(string json) => ReadRuleSet(json, JsonReadOptions.Default);

    /// <summary>
    /// Reads a rule-set document from text. Each built-in rule is made through its validating factory; a rule of
    /// another kind needs a reader in <see cref="JsonReadOptions.RuleKinds"/>, or it is reported as unknown.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits and the rule kinds of your own.</param>
    /// <returns>The rule set, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult<RuleSet> ReadRuleSet(string json, JsonReadOptions options) =>
        DocumentInput.Read(Guard.Against.Null(json), Guard.Against.Null(options), RuleSetBody);

    /// <summary>Reads a rule-set document from a UTF-8 stream; reading stops once the size limit is passed.</summary>
    /// <param name="utf8Json">The stream; it stays open.</param>
    /// <param name="options">The limits and the rule kinds of your own.</param>
    /// <returns>The rule set, or every problem with its JSON path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ValidationResult<RuleSet> ReadRuleSet(Stream utf8Json, JsonReadOptions options) =>
        DocumentInput.Read(Guard.Against.Null(utf8Json), Guard.Against.Null(options), RuleSetBody);

    /// <summary>
    /// Writes a decision document as indented text: the decision, the rule set and version that made it, the selected
    /// contribution, the donor matching and every rule's outcome (code, status, severity, stage, expected, actual, message).
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The JSON text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static string WriteDecision(Decision decision) => WriteDecision(decision, JsonWriteOptions.Default);

    /// <summary>Writes a decision document as text.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="options">How to write.</param>
    /// <returns>The JSON text, ending with a line feed when indented.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string WriteDecision(Decision decision, JsonWriteOptions options) =>
        WriteText(Guard.Against.Null(decision), options);

    /// <summary>
    /// Writes a document (project, request, rule set, decision or report) with the writers that every other Write
    /// method and the System.Text.Json converters use: the one place where a value's type chooses its document.
    /// </summary>
    internal static void WriteUtf8(object value, IBufferWriter<byte> output, JsonWriteOptions options)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions(options));
        Serialize(writer, value);
    }

    /// <inheritdoc cref="WriteUtf8(object, IBufferWriter{byte}, JsonWriteOptions)"/>
    private static void WriteUtf8(object value, Stream output, JsonWriteOptions options)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions(options));
        Serialize(writer, value);
    }

    /// <summary>A document as text, ending with a line feed when indented.</summary>
    private static string WriteText(object value, JsonWriteOptions options) => WriteText(options, writer => Serialize(writer, value));

    /// <summary>What <paramref name="write"/> writes, as text ending with a line feed when indented.</summary>
    internal static string WriteText(JsonWriteOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            write(writer);
        }

        if (options.Indented)
        {
            buffer.Write("\n"u8);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
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

    private static JsonWriterOptions WriterOptions(JsonWriteOptions options) => new()
    {
        Indented = Guard.Against.Null(options).Indented,
        IndentSize = 2,
        NewLine = "\n",

        // Documents are files and messages, not HTML: keep names such as "Foreigners' Affairs" and "–" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The reader of a document of any kind, chosen by its <c>kind</c>.</summary>
    internal static readonly Func<JsonWalk, JsonElement, StammDocument?> AnyKind = (walk, root) => Json.DocumentKinds.Read(walk, root, JsonPath.Root, expectedKind: null);

    /// <summary>The readers of a document of one kind: its header, then its body.</summary>
    internal static readonly Func<JsonWalk, JsonElement, TechnicalAssistanceProject?> ProjectBody = Json.DocumentKinds.Body(ProjectKind, DomainReader.Project);

    /// <inheritdoc cref="ProjectBody"/>
    internal static readonly Func<JsonWalk, JsonElement, AssistanceRequest?> RequestBody = Json.DocumentKinds.Body(RequestKind, DomainReader.Request);

    /// <inheritdoc cref="ProjectBody"/>
    internal static readonly Func<JsonWalk, JsonElement, RuleSet?> RuleSetBody = Json.DocumentKinds.Body(RuleSetKind, RuleReader.RuleSet);

    /// <summary>A decision is written only: its body reader (the kind table's) reports so and gives nothing.</summary>
    internal static readonly Func<JsonWalk, JsonElement, Decision?> DecisionBody = Json.DocumentKinds.Body<Decision>(DecisionKind, o =>
    {
        Json.DocumentKinds.All.Read(o);
        return null;
    });
}
