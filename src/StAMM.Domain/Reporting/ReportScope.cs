using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Reporting;

/// <summary>
/// What a <see cref="PortfolioReport"/> covers: a period (a year, a span of days, or the portfolio's whole life) and,
/// optionally, one donor, one country and one theme.
/// </summary>
/// <remarks>
/// <para>An activity counts in the period its first day falls in, a request in the period of its submission, both as
/// the portfolio knows them now (an activity of December recorded in January counts in December), so the reports of
/// successive periods add up to the whole life's. The contributions stand as recorded by the end of the period.</para>
/// <para>A donor's report covers only what its contributions funded: the cases approved with a commitment of one of its
/// contributions, and its contributions only. A country's report covers the cases whose requesting institution is of
/// that country; a theme's, the cases whose request names that theme. The positions of the contributions stay the
/// contributions' own under a country or theme filter (a contribution is not divided by country or theme).</para>
/// <para>Immutable value; equality by all members. Made by <see cref="WholeLife"/>, <see cref="Year"/> or
/// <see cref="Between"/>, narrowed by <see cref="ForDonor"/>, <see cref="InCountry"/> and <see cref="OnTheme"/>.</para>
/// </remarks>
public sealed record ReportScope
{
    private ReportScope(DateInterval? period, Donor? donor, Country? country, ThematicArea? theme, KosovoDesignation kosovoDesignation)
    {
        Period = period;
        Donor = donor;
        Country = country;
        Theme = theme;
        KosovoDesignation = kosovoDesignation;
    }

    /// <summary>The portfolio's whole life, every donor, country and theme.</summary>
    public static ReportScope WholeLife { get; } = new(null, null, null, null, KosovoDesignation.Default);

    /// <summary>The days covered, both ends included; <see langword="null"/> for the whole life.</summary>
    public DateInterval? Period { get; }

    /// <summary>The donor whose contributions' funding alone is reported; <see langword="null"/> for every donor.</summary>
    public Donor? Donor { get; }

    /// <summary>The country of the requesting institutions reported; <see langword="null"/> for every country.</summary>
    public Country? Country { get; }

    /// <summary>The theme reported; <see langword="null"/> for every theme.</summary>
    public ThematicArea? Theme { get; }

    /// <summary>How the report names Kosovo, and the footnote it carries when Kosovo appears; <see cref="KosovoDesignation.Default"/> unless set.</summary>
    public KosovoDesignation KosovoDesignation { get; }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The scope of that year's days.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    public static ReportScope Year(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), SupportedDates.MinYear, SupportedDates.MaxYear);
        return Between(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
    }

    /// <summary>A span of days.</summary>
    /// <param name="days">The days, both ends included; ISO calendar, years 1 to 9999.</param>
    /// <returns>The scope of those days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">A day is outside the dates the model holds.</exception>
    public static ReportScope Between(DateInterval days) =>
        new(SupportedDates.Guard(Guard.Against.Null(days), nameof(days)), null, null, null, KosovoDesignation.Default);

    /// <summary>The same scope, covering only what a donor's contributions funded.</summary>
    /// <param name="donor">The donor.</param>
    /// <returns>The narrowed scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="donor"/> is null.</exception>
    public ReportScope ForDonor(Donor donor) => new(Period, Guard.Against.Null(donor), Country, Theme, KosovoDesignation);

    /// <summary>The same scope, covering only the requests of institutions of a country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The narrowed scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public ReportScope InCountry(Country country) => new(Period, Donor, Guard.Against.Null(country), Theme, KosovoDesignation);

    /// <summary>The same scope, covering only the requests on a theme.</summary>
    /// <param name="theme">The theme.</param>
    /// <returns>The narrowed scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="theme"/> is not defined.</exception>
    public ReportScope OnTheme(ThematicArea theme) => new(Period, Donor, Country, Guard.Against.EnumOutOfRange(theme), KosovoDesignation);

    /// <summary>The same scope, naming Kosovo with another designation.</summary>
    /// <param name="designation">The designation, such as <see cref="KosovoDesignation.Icmpd"/>.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="designation"/> is null.</exception>
    public ReportScope WithKosovoDesignation(KosovoDesignation designation) => new(Period, Donor, Country, Theme, Guard.Against.Null(designation));

    /// <summary>Tells whether a day is in the period.</summary>
    /// <param name="day">A day.</param>
    /// <returns><see langword="true"/> when the scope is the whole life or the day is one of its days.</returns>
    public bool Covers(LocalDate day) => Period is null || Period.Contains(day);

    /// <summary>Returns the period and the filters, such as <c>2025-01-01/2025-12-31, donor SEM, country XK</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = Period is null ? "whole life" : $"{LocalDatePattern.Iso.Format(Period.Start)}/{LocalDatePattern.Iso.Format(Period.End)}";
        if (Donor is not null)
        {
            text += $", donor {Donor.Organisation.ShortName}";
        }

        if (Country is not null)
        {
            text += $", country {Country.Code}";
        }

        if (Theme is not null)
        {
            text += $", theme {Theme}";
        }

        return text;
    }
}
