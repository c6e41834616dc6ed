using System.Buffers;

namespace StAMM.Domain.Validation;

/// <summary>Validation of the free texts that user input carries (titles, names, descriptions).</summary>
internal static class Text
{
    // The control characters a text may not hold (char.IsControl: U+0000 to U+001F and U+007F to U+009F), but for the
    // line breaks and tabs a description may have; searched in one vectorised pass rather than character by character.
    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')).ToArray());

    /// <summary>The limit of a name or title.</summary>
    public const int NameLength = 500;

    /// <summary>The limit of a summary, objective or description.</summary>
    public const int LongLength = 10_000;

    /// <summary>Checks a required text: present, not blank, within <paramref name="maxLength"/>; trims it.</summary>
    public static string Required(ProblemCollector problems, string? value, string path, int maxLength = NameLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(ProblemCodes.Required, path, "A value is required.");
            return string.Empty;
        }

        return Limited(problems, value.Trim(), path, maxLength);
    }

    /// <summary>Checks an optional text: blank becomes null; otherwise within <paramref name="maxLength"/>; trims it.</summary>
    public static string? Optional(ProblemCollector problems, string? value, string path, int maxLength = NameLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Limited(problems, value.Trim(), path, maxLength);
    }

    private static string Limited(ProblemCollector problems, string value, string path, int maxLength)
    {
        if (value.Length > maxLength)
        {
            problems.Add(ProblemCodes.TooLong, path, $"At most {maxLength} characters are allowed; {value.Length} were given.");
        }

        if (value.AsSpan().ContainsAny(ForbiddenControls))
        {
            problems.Add(ProblemCodes.InvalidFormat, path, "The text contains a control character.");
        }

        return value;
    }
}
