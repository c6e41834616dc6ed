using System.Globalization;

namespace StAMM.Domain.Json.Reading;

/// <summary>JSONPath-style locations of values: <c>$.activities[2].period.end</c>; odd names are quoted, <c>$['a b']</c>.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name) => IsPlain(name) ? string.Concat(parent, ".", name) : parent + Segment(name);

    public static ValuePath Property(ValuePath parent, string name) => parent.Property(name);

    public static ValuePath Index(ValuePath parent, int index) => parent.Index(index);

    public static string Index(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    public static string Segment(string name)
    {
        if (IsPlain(name))
        {
            return "." + name;
        }

        var shown = name.Length > 100 ? name[..100] + "…" : name;
        return "['" + shown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    /// <summary>Whether a name is written after a dot: letters, digits, <c>_</c> and <c>$</c>, not starting with a digit.</summary>
    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '$'))
            {
                return false;
            }
        }

        return true;
    }
}
