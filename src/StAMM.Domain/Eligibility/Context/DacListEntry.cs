using Ardalis.GuardClauses;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Eligibility;

/// <summary>One country on the OECD DAC List of ODA Recipients for one reporting year, with its income group.</summary>
/// <remarks>Immutable value.</remarks>
public sealed record DacListEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="reportingYear">The year of the flows reported, such as 2024.</param>
    /// <param name="country">The recipient.</param>
    /// <param name="incomeGroup">The income group, such as <c>UMIC</c>.</param>
    /// <param name="isAssumption">Whether the entry is an assumption not checked against the OECD list.</param>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="incomeGroup"/> is blank.</exception>
    public DacListEntry(int reportingYear, Country country, string incomeGroup, bool isAssumption = false)
    {
        ReportingYear = reportingYear;
        Country = Guard.Against.Null(country);
        IncomeGroup = Guard.Against.NullOrWhiteSpace(incomeGroup);
        IsAssumption = isAssumption;
    }

    /// <summary>The reporting year.</summary>
    public int ReportingYear { get; }

    /// <summary>The recipient.</summary>
    public Country Country { get; }

    /// <summary>The income group, such as <c>UMIC</c>.</summary>
    public string IncomeGroup { get; }

    /// <summary>Whether the entry is an assumption, not verified against the OECD list.</summary>
    public bool IsAssumption { get; }

    /// <summary>Returns <c>2024 AL UMIC</c>, with <c>(assumed)</c> for an assumption.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ReportingYear} {Country.Code} {IncomeGroup}{(IsAssumption ? " (assumed)" : string.Empty)}");
}
