using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StAMM.Domain.Json.Reading;

namespace StAMM.Domain.Json.SystemTextJson;

/// <summary>
/// A System.Text.Json converter for one document type that delegates to <see cref="StammJson"/>'s own reader and
/// writer, so that the serializer gives exactly the documents <see cref="StammJson"/> writes and reads.
/// </summary>
/// <remarks>
/// <para>Writing: the document is written as <see cref="StammJson"/> writes it (its escaping, two-space indentation
/// and <c>\n</c> line ends), indented when the serializer writes indented and the document is the root value;
/// nested in another value it is written on one line.</para>
/// <para>Reading: the value's raw UTF-8 is read by <see cref="StammJson"/>, with its limits and validation; invalid
/// input throws a <see cref="StammJsonException"/> that carries every problem.</para>
/// </remarks>
/// <typeparam name="T">The document's domain type.</typeparam>
internal sealed class StammDocumentConverter<T> : JsonConverter<T>, IStammDocumentConverter
    where T : class
{
    private readonly string _kind;
    private readonly JsonReadOptions _limits;
    private readonly Func<JsonWalk, JsonElement, T?> _read;

    public StammDocumentConverter(string kind, JsonReadOptions limits, Func<JsonWalk, JsonElement, T?> read)
    {
        _kind = kind;
        _limits = limits;
        _read = read;
    }

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The serializer hands a converter like this one a complete value. Its size is known from a scan before any
        // tree is built, so a value over the limit costs no more than reading past it.
        var probe = reader;
        if (probe.TrySkip() && probe.BytesConsumed - reader.TokenStartIndex is var size && size > _limits.MaxDocumentBytes)
        {
            throw new StammJsonException(_kind, DocumentScan.TooLarge(size, _limits));
        }

        // Its raw bytes are then read as a whole document, with every check of StammJson's reader.
        using var document = JsonDocument.ParseValue(ref reader);
        var result = DocumentInput.Read(JsonMarshal.GetRawUtf8Value(document.RootElement), _limits, _read);
        return result.TryPickT0(out var read, out var failure) ? read : throw new StammJsonException(_kind, failure);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var indented = writer.Options.Indented && writer.CurrentDepth == 0;
        var buffer = new ArrayBufferWriter<byte>();
        StammJson.WriteUtf8(value, buffer, indented ? JsonWriteOptions.Default : JsonWriteOptions.Compact);
        writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
    }

    public JsonTypeInfo? TypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(T) ? JsonMetadataServices.CreateValueInfo<T>(options, this) : null;
}

/// <summary>Marks the converters that <see cref="StammJsonSerializer.AddStammDomain(JsonSerializerOptions, JsonReadOptions)"/> adds, so that a second call replaces them.</summary>
internal interface IStammDocumentConverter
{
    /// <summary>The type information of the converter's document type, handled whole by the converter; null for another type.</summary>
    JsonTypeInfo? TypeInfo(Type type, JsonSerializerOptions options);
}
