namespace StAMM.Domain.Json;

/// <summary>How documents are written.</summary>
/// <remarks>Immutable. Output is always UTF-8 without a byte-order mark, with <c>\n</c> line ends.</remarks>
public sealed record JsonWriteOptions
{
    /// <summary>Indented with two spaces (the default), as the samples in <c>docs/samples</c> are.</summary>
    public static JsonWriteOptions Default { get; } = new();

    /// <summary>One line, no white space.</summary>
    public static JsonWriteOptions Compact { get; } = new() { Indented = false };

    /// <summary>Whether to indent with two spaces; <see langword="true"/> unless set.</summary>
    public bool Indented { get; init; } = true;
}
