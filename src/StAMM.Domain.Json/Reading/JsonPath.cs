using System.Globalization;

namespace StAMM.Domain.Json.Reading;

/// <summary>JSONPath-style locations of values: <c>$.activities[2].period.end</c>; odd names are quoted, <c>$['a b']</c>.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name) => parent + Segment(name);

    public static string Index(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    public static string Segment(string name)
    {
        if (name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
        {
            return "." + name;
        }

        var shown = name.Length > 100 ? name[..100] + "…" : name;
        return "['" + shown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }
}
