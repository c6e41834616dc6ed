using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Reference;

namespace StAMM.Domain.Iati.Export;

/// <summary>How a project is written as IATI: who reports it, how Kosovo is designated, the language and the clock.</summary>
/// <remarks>Immutable; change it with <c>with</c> expressions. Every setter checks its value.</remarks>
public sealed record IatiExportOptions
{
    /// <summary>Creates options with the defaults: the EU Kosovo designation and English.</summary>
    /// <param name="reportingOrganisation">The publisher.</param>
    /// <param name="clock">The clock that dates the file (<c>generated-datetime</c>) and decides which dates are actual or planned.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IatiExportOptions(IatiReportingOrganisation reportingOrganisation, IClock clock)
    {
        ReportingOrganisation = reportingOrganisation;
        Clock = clock;
    }

    /// <summary>The publisher (<c>reporting-org</c>), whose identifier prefixes every activity identifier.</summary>
    public IatiReportingOrganisation ReportingOrganisation
    {
        get;
        init => field = Guard.Against.Null(value);
    }

    /// <summary>The clock that dates the file and sets the as-of date of statuses and actual dates.</summary>
    public IClock Clock
    {
        get;
        init => field = Guard.Against.Null(value);
    }

    /// <summary>How Kosovo (<c>XK</c>) is named in narratives, and the footnote the file carries; <see cref="KosovoDesignation.Default"/> unless set.</summary>
    public KosovoDesignation KosovoDesignation
    {
        get;
        init => field = Guard.Against.Null(value);
    } = KosovoDesignation.Default;

    /// <summary>The language of every narrative (<c>iati-activity/@xml:lang</c>), a code of the IATI Language codelist; <c>en</c> unless set.</summary>
    /// <exception cref="ArgumentException">The code is not in the IATI Language codelist.</exception>
    public string Language
    {
        get;
        init
        {
            var code = Guard.Against.NullOrWhiteSpace(value).Trim().ToLowerInvariant();
            field = IatiCodelists.Contains("Language", code)
                ? code
                : throw new ArgumentException($"'{value}' is not a code of the IATI Language codelist.", nameof(value));
        }
    } = "en";
}
