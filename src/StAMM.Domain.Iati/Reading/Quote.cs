using System.Globalization;

namespace StAMM.Domain.Iati.Reading;

/// <summary>How a value from a file is quoted in a problem or a finding: in single quotes, cut after <see cref="MaxCharacters"/> with a marker.</summary>
/// <remarks>A hostile file can hold a text of megabytes; a message repeats at most <see cref="MaxCharacters"/> of it.</remarks>
internal static class Quote
{
    /// <summary>The most characters of a value a message repeats.</summary>
    public const int MaxCharacters = 100;

    public static string Of(string value)
    {
        if (value.Length <= MaxCharacters)
        {
            return $"'{value}'";
        }

        var cut = char.IsHighSurrogate(value[MaxCharacters - 1]) ? MaxCharacters - 1 : MaxCharacters;
        return string.Create(CultureInfo.InvariantCulture, $"'{value[..cut]}…' (cut; {value.Length} characters)");
    }
}
