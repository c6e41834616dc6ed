using System.Globalization;
using Ardalis.GuardClauses;

namespace StAMM.Domain.Geography;

/// <summary>The percentage of a multi-country scope (or budget) that goes to one country.</summary>
/// <remarks>Made by <see cref="GeographicScope.Create"/>, which validates it. Immutable value; equality by country and percentage.</remarks>
public sealed record CountryShare
{
    // Shares exist only inside a GeographicScope, whose factory checks each percentage and their sum, so a
    // share on its own can never hold a percentage outside (0, 100].
    internal CountryShare(Country country, decimal percentage)
    {
        Country = Guard.Against.Null(country);
        Percentage = percentage;
    }

    /// <summary>The country.</summary>
    public Country Country { get; }

    /// <summary>The percentage, above 0 and at most 100.</summary>
    public decimal Percentage { get; }

    /// <summary>Returns code and percentage, such as <c>BA 20%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Country.Code} {Percentage}%");
}
