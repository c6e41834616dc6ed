using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Organisations;

public sealed class OrganisationTests
{
    private static Organisation Sem() =>
        Organisation.Create("State Secretariat for Migration", OrganisationType.Government, "SEM", OrganisationIdentifier.Parse("CH-4"), Country.Switzerland).OrThrow();

    [Fact]
    public void An_organisation_keeps_what_it_was_given()
    {
        var sem = Organisation.Create(" State Secretariat for Migration ", OrganisationType.Government, " SEM ", OrganisationIdentifier.Parse("CH-4"), Country.Switzerland)
            .Should().BeValid().Which;
        sem.Name.Should().Be("State Secretariat for Migration");
        sem.Acronym.Should().Be("SEM");
        sem.Identifier!.Value.Should().Be("CH-4");
        sem.Type.Should().Be(OrganisationType.Government);
        sem.Country.Should().Be(Country.Switzerland);
    }

    [Fact]
    public void The_short_name_is_the_acronym_when_there_is_one() => Sem().ShortName.Should().Be("SEM");

    [Fact]
    public void The_short_name_is_the_name_without_an_acronym() =>
        Organisation.Create("Ministry of the Interior", OrganisationType.Government).OrThrow().ShortName.Should().Be("Ministry of the Interior");

    [Fact]
    public void A_blank_acronym_means_none() =>
        Organisation.Create("Ministry", OrganisationType.Government, "  ").OrThrow().Acronym.Should().BeNull();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_organisation_needs_a_name(string? name) =>
        Organisation.Create(name, OrganisationType.Government).Should().FailWithExactly(ProblemCodes.Required, "name");

    [Fact]
    public void A_name_of_more_than_500_characters_is_too_long() =>
        Organisation.Create(new string('a', 501), OrganisationType.Government).Should().FailWithExactly(ProblemCodes.TooLong, "name");

    [Fact]
    public void A_name_of_500_characters_is_accepted() =>
        Organisation.Create(new string('a', 500), OrganisationType.Government).Should().BeValid();

    [Fact]
    public void A_name_with_a_control_character_is_rejected() =>
        Organisation.Create("Min\u0007istry", OrganisationType.Government).Should().FailWithExactly(ProblemCodes.InvalidFormat, "name");

    [Fact]
    public void A_name_is_rejected_for_exactly_the_control_characters_other_than_line_breaks_and_tabs()
    {
        // Every UTF-16 code unit, inside a name: the vectorised search must agree with char.IsControl everywhere.
        var wrong = Enumerable.Range(0, char.MaxValue + 1)
            .Select(i => (char)i)
            .Where(c => Organisation.Create($"Min{c}istry", OrganisationType.Government).Match(_ => false, f => f.Problems.Any(p => p.Code == ProblemCodes.InvalidFormat))
                != (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            .Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void An_acronym_of_more_than_50_characters_is_too_long() =>
        Organisation.Create("Ministry", OrganisationType.Government, new string('A', 51)).Should().FailWithExactly(ProblemCodes.TooLong, "acronym");

    [Fact]
    public void Every_problem_of_an_organisation_is_reported_at_once() =>
        Organisation.Create(" ", OrganisationType.Government, new string('A', 51)).Should().FailWithExactly(
            (ProblemCodes.Required, "name"),
            (ProblemCodes.TooLong, "acronym"));

    [Fact]
    public void An_undefined_type_throws() =>
        FluentActions.Invoking(() => Organisation.Create("Ministry", (OrganisationType)99)).Should().Throw<ArgumentException>();

    [Fact]
    public void Organisations_with_equal_members_are_equal()
    {
        Sem().Should().Be(Sem());
        Sem().GetHashCode().Should().Be(Sem().GetHashCode());
    }

    [Fact]
    public void Organisations_with_different_countries_differ() =>
        Sem().Should().NotBe(Organisation.Create("State Secretariat for Migration", OrganisationType.Government, "SEM", OrganisationIdentifier.Parse("CH-4"), Country.Austria).OrThrow());

    [Fact]
    public void Organisations_with_different_identifiers_differ() =>
        Sem().Should().NotBe(Organisation.Create("State Secretariat for Migration", OrganisationType.Government, "SEM", null, Country.Switzerland).OrThrow());

    [Fact]
    public void An_organisation_is_shown_with_its_acronym() =>
        Sem().ToString().Should().Be("State Secretariat for Migration (SEM)");

    [Fact]
    public void With_on_an_organisation_only_copies()
    {
        // Every property is get-only, so `with { Name = "" }` does not compile: `with` cannot bypass validation.
        var sem = Sem();
        var copy = sem with { };
        copy.Should().Be(sem);
    }
}
