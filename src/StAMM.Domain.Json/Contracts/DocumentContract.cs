using System.Text.Json.Serialization;

namespace StAMM.Domain.Json.Contracts;

/// <summary>
/// The header of every document, made from its kind: <c>$schema</c> (left out where a document is embedded in another),
/// <c>kind</c> and <c>schemaVersion</c>, written before the document's own properties.
/// </summary>
internal abstract record DocumentContract
{
    /// <summary>Makes the header of a document of a kind; the schema gives the kind as a constant.</summary>
    private protected DocumentContract(string kind)
    {
        Schema = DocumentKinds.SchemaAddress(kind);
        Kind = kind;
    }

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    [Form(ValueForm.SchemaAddress)]
    public string? Schema { get; init; }

    [JsonPropertyOrder(-1)]
    [JsonRequired]
    public string Kind { get; init; }

    [JsonPropertyOrder(-1)]
    [JsonRequired]
    [Form(ValueForm.SchemaVersion)]
    public string SchemaVersion { get; init; } = StammJson.SchemaVersion;
}
