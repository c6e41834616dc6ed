using System.Globalization;
using Ardalis.GuardClauses;

namespace StAMM.Domain.Geography;

/// <summary>The percentage of a multi-country scope (or budget) that goes to one country.</summary>
/// <remarks>Immutable value; equality by country and percentage.</remarks>
public sealed record CountryShare
{
    /// <summary>Creates a share. The percentage is checked when the share is put into a <see cref="GeographicScope"/>,
    /// where every problem of the input is reported together.</summary>
    /// <param name="country">The country.</param>
    /// <param name="percentage">The percentage, such as <c>16.67</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public CountryShare(Country country, decimal percentage)
    {
        Country = Guard.Against.Null(country);
        Percentage = percentage;
    }

    /// <summary>The country.</summary>
    public Country Country { get; }

    /// <summary>The percentage, between 0 (exclusive) and 100 (inclusive) once in a scope.</summary>
    public decimal Percentage { get; }

    /// <summary>Returns code and percentage, such as <c>BA 20%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Country.Code} {Percentage}%");
}
