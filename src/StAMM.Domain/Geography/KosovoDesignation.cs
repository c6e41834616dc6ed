using Ardalis.GuardClauses;

namespace StAMM.Domain.Geography;

/// <summary>
/// How Kosovo is named wherever the library shows a country to people: "Kosovo" followed by a marker
/// (an asterisk) that refers to a footnote.
/// </summary>
/// <remarks>
/// <para>The designation follows the 2012 Arrangements regarding Regional Representation and Cooperation:
/// in regional fora Kosovo appears as "Kosovo*" with a footnote. Publishers and donors word the footnote
/// differently, so it is a setting, not a constant. <see cref="Default"/> is the EU wording.</para>
/// <para>Immutable and thread-safe; equality is by marker and footnote.</para>
/// </remarks>
public sealed record KosovoDesignation
{
    private KosovoDesignation(string marker, string footnote)
    {
        Marker = marker;
        Footnote = footnote;
    }

    /// <summary>
    /// The European Union's wording: "This designation is without prejudice to positions on status, and is in
    /// line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence."
    /// </summary>
    public static KosovoDesignation EuropeanUnion { get; } = new(
        "*",
        "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.");

    /// <summary>ICMPD's wording: "This reference should be understood in the context of UNSCR 1244/99."</summary>
    public static KosovoDesignation Icmpd { get; } = new(
        "*",
        "This reference should be understood in the context of UNSCR 1244/99.");

    /// <summary>The United Nations' wording: "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999."</summary>
    public static KosovoDesignation UnitedNations { get; } = new(
        "*",
        "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999.");

    /// <summary>The Council of Europe's wording.</summary>
    public static KosovoDesignation CouncilOfEurope { get; } = new(
        "*",
        "All reference to Kosovo, whether to the territory, institutions or population, shall be understood in full compliance with United Nations Security Council resolution 1244 and without prejudice to the status of Kosovo.");

    /// <summary>The designation used when none is configured: <see cref="EuropeanUnion"/>.</summary>
    public static KosovoDesignation Default => EuropeanUnion;

    /// <summary>The marker put after "Kosovo", normally an asterisk.</summary>
    public string Marker { get; }

    /// <summary>The footnote text the marker refers to, without the marker.</summary>
    public string Footnote { get; }

    /// <summary>Creates a designation with a publisher's own footnote.</summary>
    /// <param name="footnote">The footnote text.</param>
    /// <param name="marker">The marker after "Kosovo"; an asterisk unless given.</param>
    /// <returns>The designation.</returns>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    /// <remarks>A designation is configuration written by a developer, so a bad one throws rather than being reported.</remarks>
    public static KosovoDesignation Create(string footnote, string marker = "*") =>
        new(Guard.Against.NullOrWhiteSpace(marker).Trim(), Guard.Against.NullOrWhiteSpace(footnote).Trim());

    /// <summary>The name to show for <paramref name="country"/>: "Kosovo*" for Kosovo, the plain name otherwise.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The display name.</returns>
    public string DisplayName(Country country)
    {
        Guard.Against.Null(country);
        return country.IsKosovo ? country.Name + Marker : country.Name;
    }

    /// <summary>The footnote line to print below text that names Kosovo, such as "* This designation is ...".</summary>
    public string FootnoteLine => Marker + " " + Footnote;
}
