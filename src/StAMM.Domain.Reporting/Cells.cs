using System.Globalization;
using System.Text;
using StAMM.Domain.Finance;

namespace StAMM.Domain.Reporting.Rendering;

/// <summary>How figures are written in cells: invariant culture, money with two decimals, unknown as a word.</summary>
internal static class Cells
{
    public const string Unknown = "unknown";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Amount(Money? money) => money is null ? Unknown : money.Amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(decimal part, decimal whole) =>
        whole == 0m ? Unknown : (part * 100m / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>An enum member in words: <c>ExpertMission</c> becomes <c>Expert mission</c>.</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
