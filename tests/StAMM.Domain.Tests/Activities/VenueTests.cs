using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Activities;

public sealed class VenueTests
{
    [Fact]
    public void An_in_person_venue_has_a_city_and_a_country()
    {
        var venue = Venue.InPerson(" Sarajevo ", Country.BosniaAndHerzegovina).Should().BeValid().Which;
        venue.Mode.Should().Be(VenueMode.InPerson);
        venue.City.Should().Be("Sarajevo");
        venue.Country.Should().Be(Country.BosniaAndHerzegovina);
    }

    [Fact]
    public void A_hybrid_venue_has_a_city_and_a_country() =>
        Venue.Hybrid("Vienna", Country.Austria).Should().BeValid().Which.Mode.Should().Be(VenueMode.Hybrid);

    [Fact]
    public void The_online_venue_has_no_place()
    {
        Venue.Online.Mode.Should().Be(VenueMode.Online);
        Venue.Online.City.Should().BeNull();
        Venue.Online.Country.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_in_person_venue_needs_a_city(string? city) =>
        Venue.InPerson(city, Country.BosniaAndHerzegovina).Should().FailWithExactly(ProblemCodes.Required, "city");

    [Fact]
    public void A_city_of_more_than_200_characters_is_too_long() =>
        Venue.InPerson(new string('s', 201), Country.BosniaAndHerzegovina).Should().FailWithExactly(ProblemCodes.TooLong, "city");

    [Fact]
    public void A_hybrid_venue_needs_a_city() =>
        Venue.Hybrid(" ", Country.Austria).Should().FailWithExactly(ProblemCodes.Required, "city");

    [Fact]
    public void A_null_country_throws() =>
        FluentActions.Invoking(() => Venue.InPerson("Sarajevo", null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Venues_with_equal_mode_city_and_country_are_equal()
    {
        var a = Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow();
        var b = Venue.InPerson("Sarajevo", Country.FromCode("ba")).OrThrow();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void In_person_and_hybrid_venues_at_one_place_differ() =>
        Venue.InPerson("Vienna", Country.Austria).OrThrow().Should().NotBe(Venue.Hybrid("Vienna", Country.Austria).OrThrow());

    [Fact]
    public void Venues_in_different_cities_differ() =>
        Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow().Should().NotBe(Venue.InPerson("Mostar", Country.BosniaAndHerzegovina).OrThrow());

    [Fact]
    public void A_venue_is_shown_as_city_and_code() =>
        Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow().ToString().Should().Be("Sarajevo, BA");

    [Fact]
    public void With_on_a_venue_only_copies()
    {
        // Mode, City and Country are get-only, so `with { City = null }` does not compile: `with` cannot make an
        // in-person venue without a city.
        var venue = Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow();
        var copy = venue with { };
        copy.Should().Be(venue);
    }
}
