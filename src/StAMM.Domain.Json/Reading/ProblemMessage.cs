using System.Globalization;
using System.Runtime.CompilerServices;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// The message of a problem written as an interpolated string to <see cref="JsonWalk.Add(string, ValuePath, ref ProblemMessage)"/>:
/// formatted (in the invariant culture) only when the problem will be kept, so that once a document has
/// <see cref="JsonReadOptions.MaxProblems"/> problems the rest cost a count, not a string each.
/// </summary>
[InterpolatedStringHandler]
internal ref struct ProblemMessage
{
    private readonly bool _kept;
    private DefaultInterpolatedStringHandler _text;

    public ProblemMessage(int literalLength, int formattedCount, JsonWalk walk, out bool shouldAppend)
    {
        _kept = shouldAppend = !walk.IsFull;
        _text = _kept ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    public ProblemMessage(int literalLength, int formattedCount, Parameters parameters, out bool shouldAppend)
        : this(literalLength, formattedCount, parameters.Walk, out shouldAppend)
    {
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => _text.AppendFormatted(value);

    /// <summary>The message, or empty when the problem is only counted.</summary>
    public string ToStringAndClear() => _kept ? _text.ToStringAndClear() : string.Empty;
}
