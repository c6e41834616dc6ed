using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// The one place that words what the eligibility layer prints: enum values as camelCase codes (<c>equipmentSupply</c>,
/// for documents) and as words (<c>equipment supply</c>, for text), and counts with a unit in the right number
/// (<c>1 day</c>, <c>2 days</c>).
/// </summary>
internal static class Wording
{
    /// <summary>Plural units (as <see cref="RuleValue.Unit"/> holds them) and their singular.</summary>
    private static readonly FrozenDictionary<string, string> Singulars = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["days"] = "day",
        ["working days"] = "working day",
        ["months"] = "month",
        ["participants"] = "participant",
        ["experts"] = "expert",
        ["contributions"] = "contribution",
        ["activities"] = "activity",
        ["open requests"] = "open request",
        ["overlapping items"] = "overlapping item",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The camelCase code of an enum value (<c>StudyVisit</c> becomes <c>studyVisit</c>); an undefined value is its number.</summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return Enum.IsDefined(value) && name.Length > 0 && char.IsAsciiLetterUpper(name[0])
            ? string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1))
            : name;
    }

    /// <summary>The words of a camelCase code (<c>equipmentSupply</c> becomes <c>equipment supply</c>).</summary>
    public static string Words(string code)
    {
        var builder = new StringBuilder(code.Length + 4);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (char.IsAsciiLetterUpper(c) && i > 0 && !char.IsAsciiLetterUpper(code[i - 1]))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(i == 0 ? char.ToLowerInvariant(c) : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The words of an enum value (<c>CentralAgency</c> becomes <c>central agency</c>).</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(Code(value));

    /// <summary>A plural unit in the number a quantity needs: singular for exactly one (or minus one).</summary>
    public static string Unit(decimal quantity, string pluralUnit) =>
        (quantity == 1m || quantity == -1m) && Singulars.TryGetValue(pluralUnit, out var singular) ? singular : pluralUnit;

    /// <summary>A count with its unit: <c>1 day</c>, <c>3 days</c>.</summary>
    public static string Count(long quantity, string pluralUnit) =>
        string.Create(CultureInfo.InvariantCulture, $"{quantity} {Unit(quantity, pluralUnit)}");

    /// <summary>A count with its unit: <c>1 day</c>, <c>3 days</c>.</summary>
    public static string Count(decimal quantity, string pluralUnit) =>
        string.Create(CultureInfo.InvariantCulture, $"{quantity} {Unit(quantity, pluralUnit)}");

    /// <summary>How many of some things pass: <c>2 of 3 contributions pass</c>, <c>1 of 2 contributions passes</c>, <c>none of the 2 contributions passes</c>, <c>the one contribution does not pass</c>.</summary>
    public static string Passing(long passing, long considered, string pluralUnit) => (passing, considered) switch
    {
        (_, <= 0) => $"There are no {pluralUnit} to check",
        (0, 1) => $"The one {Unit(1, pluralUnit)} does not pass",
        (0, _) => string.Create(CultureInfo.InvariantCulture, $"None of the {considered} {Unit(considered, pluralUnit)} passes"),
        (1, _) => string.Create(CultureInfo.InvariantCulture, $"1 of {considered} {Unit(considered, pluralUnit)} passes"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{passing} of {considered} {Unit(considered, pluralUnit)} pass"),
    };
}
