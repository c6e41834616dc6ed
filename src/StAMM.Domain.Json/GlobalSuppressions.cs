using System.Diagnostics.CodeAnalysis;

// StammJson's readers and writers take the input or output first and the options last, optional, in every overload,
// as System.Text.Json's JsonSerializer does: one shape for every document. The overloads differ in their first
// parameter's type (text, UTF-8, a stream, a buffer writer), so no call is ambiguous; an option added later goes
// into JsonReadOptions or JsonWriteOptions, not into a new optional parameter.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Scope = "type", Target = "~T:StAMM.Domain.Json.StammJson", Justification = "One shape for every document, as JsonSerializer's.")]
