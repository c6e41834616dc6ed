using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Activities;

/// <summary>Where an activity takes place: in person at a city and country, online, or hybrid.</summary>
/// <remarks>
/// <para>An online venue has no city or country; in-person and hybrid venues have both.</para>
/// <para>Immutable value; equality by mode, city and country.</para>
/// </remarks>
public sealed record Venue
{
    private Venue(VenueMode mode, string? city, Country? country)
    {
        Mode = mode;
        City = city;
        Country = country;
    }

    /// <summary>The online venue.</summary>
    public static Venue Online { get; } = new(VenueMode.Online, null, null);

    /// <summary>In person, online or hybrid.</summary>
    public VenueMode Mode { get; }

    /// <summary>The city; <see langword="null"/> only for an online venue.</summary>
    public string? City { get; }

    /// <summary>The country; <see langword="null"/> only for an online venue.</summary>
    public Country? Country { get; }

    /// <summary>Validates and creates an in-person venue.</summary>
    /// <param name="city">The city, such as <c>Sarajevo</c>.</param>
    /// <param name="country">The country.</param>
    /// <returns>The venue, or the problem (path <c>city</c>).</returns>
    public static ValidationResult<Venue> InPerson(string? city, Country country) => AtPlace(VenueMode.InPerson, city, country);

    /// <summary>Validates and creates a hybrid venue: in person at a place, with online participation.</summary>
    /// <param name="city">The city.</param>
    /// <param name="country">The country.</param>
    /// <returns>The venue, or the problem (path <c>city</c>).</returns>
    public static ValidationResult<Venue> Hybrid(string? city, Country country) => AtPlace(VenueMode.Hybrid, city, country);

    /// <summary>Returns <c>Online</c>, or the city and country code, such as <c>Sarajevo, BA</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Mode switch
    {
        VenueMode.Online => "Online",
        VenueMode.Hybrid => $"{City}, {Country} (hybrid)",
        _ => $"{City}, {Country}",
    };

    private static ValidationResult<Venue> AtPlace(VenueMode mode, string? city, Country country)
    {
        Guard.Against.Null(country);
        var problems = new ProblemCollector();
        var validCity = Text.Required(problems, city, "city", 200);
        return problems.Finish(() => new Venue(mode, validCity, country));
    }
}
