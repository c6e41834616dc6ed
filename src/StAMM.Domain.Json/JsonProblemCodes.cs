namespace StAMM.Domain.Json;

/// <summary>
/// The stable codes of the problems that reading a JSON document reports, beside the domain's own
/// <see cref="Validation.ProblemCodes"/> (which a document that describes an invalid value reports). A code never
/// changes meaning once released.
/// </summary>
public static class JsonProblemCodes
{
    /// <summary>The input is empty or not JSON: a syntax error, a truncated document, a comment, a trailing comma.</summary>
    public const string NotJson = "json-syntax";

    /// <summary>The input is not valid UTF-8 (or, for text input, not valid Unicode).</summary>
    public const string InvalidEncoding = "json-invalid-encoding";

    /// <summary>The document is larger than <see cref="JsonReadOptions.MaxDocumentBytes"/>.</summary>
    public const string DocumentTooLarge = "json-too-large";

    /// <summary>Objects and arrays nest deeper than <see cref="JsonReadOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "json-too-deep";

    /// <summary>A string or property name is longer than <see cref="JsonReadOptions.MaxStringBytes"/>.</summary>
    public const string StringTooLong = "json-string-too-long";

    /// <summary>
    /// A string or property name whose escapes spell a lone UTF-16 surrogate (<c>"\ud800"</c>, <c>"\udc00"</c>, or a
    /// low surrogate before a high one): valid JSON syntax, but not Unicode text, so it cannot be read.
    /// </summary>
    public const string LoneSurrogate = "json-lone-surrogate";

    /// <summary>
    /// The last problem of a document with more than <see cref="JsonReadOptions.MaxProblems"/>: it counts the problems
    /// that were found but not reported.
    /// </summary>
    public const string TooManyProblems = "json-too-many-problems";

    /// <summary>An object names the same property twice.</summary>
    public const string DuplicateProperty = "json-duplicate-property";

    /// <summary>An object has a property that its type does not define.</summary>
    public const string UnknownProperty = "json-unknown-property";

    /// <summary>A required property is missing (or null).</summary>
    public const string MissingProperty = "json-missing-property";

    /// <summary>A value has the wrong JSON type: a number where text is expected, a fraction where a whole number is.</summary>
    public const string WrongType = "json-wrong-type";

    /// <summary>A discriminator (the document's <c>kind</c>, a venue's <c>mode</c>, a period's <c>precision</c>) has a value that is not defined.</summary>
    public const string UnknownKind = "json-unknown-kind";

    /// <summary>A name that must come from a fixed list (an activity type, a status) is not on it.</summary>
    public const string UnknownValue = "json-unknown-value";

    /// <summary>The document's <c>schemaVersion</c> is not one this library reads.</summary>
    public const string UnsupportedVersion = "json-unsupported-version";

    /// <summary>
    /// A decision recorded in a portfolio or case-events document is not the one the rules give when evaluated again
    /// (the case's request, the recorded rule-set version, as of the recorded day, on the portfolio as it stood just
    /// before the event); the path is the first value of the decision document that differs.
    /// </summary>
    public const string DecisionNotReproduced = "decision-not-reproduced";

    /// <summary>
    /// Tells whether a problem means the input could not be read as a document at all (not JSON, not UTF-8 or not
    /// Unicode, over the size or depth limit), as opposed to a document that was read and is invalid.
    /// </summary>
    /// <param name="code">A problem code.</param>
    /// <returns><see langword="true"/> for <see cref="NotJson"/>, <see cref="InvalidEncoding"/>, <see cref="LoneSurrogate"/>, <see cref="DocumentTooLarge"/> and <see cref="TooDeep"/>.</returns>
    public static bool MeansUnreadable(string? code) =>
        code is NotJson or InvalidEncoding or LoneSurrogate or DocumentTooLarge or TooDeep;
}
