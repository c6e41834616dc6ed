using CsCheck;
using StAMM.Domain.Organisations;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Organisations;

public sealed class OrganisationIdentifierTests
{
    [Theory]
    [InlineData("CH-4")]
    [InlineData("XM-DAC-41114")]
    [InlineData("GB-COH-123456")]
    [InlineData("XI-IATI-ICMPD")]
    [InlineData("NL-KVK-(1).2_3:4/5")]
    public void An_IATI_identifier_is_accepted(string value) =>
        OrganisationIdentifier.Create(value).Should().BeValid().Which.Value.Should().Be(value);

    [Fact]
    public void Surrounding_white_space_is_removed() =>
        OrganisationIdentifier.Create("  XM-DAC-41114 ").Should().BeValid().Which.Value.Should().Be("XM-DAC-41114");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_identifier_is_required(string? value) =>
        OrganisationIdentifier.Create(value).Should().FailWithExactly(ProblemCodes.Required, "");

    [Theory]
    [InlineData("C-")]
    [InlineData("XMDAC41114")]
    [InlineData("-XM41114")]
    [InlineData("XM-DAC-")]
    [InlineData("XM DAC-41114")]
    [InlineData("XM-DAC-4111é")]
    [InlineData("XM-DAC-41114?")]
    public void A_malformed_identifier_is_rejected(string value) =>
        OrganisationIdentifier.Create(value).Should().FailWithExactly(ProblemCodes.InvalidFormat, "");

    [Fact]
    public void An_identifier_of_201_characters_is_rejected() =>
        OrganisationIdentifier.Create("XM-" + new string('1', 198)).Should().FailWithExactly(ProblemCodes.InvalidFormat, "");

    [Fact]
    public void An_identifier_of_200_characters_is_accepted() =>
        OrganisationIdentifier.Create("XM-" + new string('1', 197)).Should().BeValid();

    [Fact]
    public void Every_problem_of_an_identifier_is_reported_at_once() =>
        OrganisationIdentifier.Create("XM DAC").Should().FailWithExactly(
            (ProblemCodes.InvalidFormat, ""),
            (ProblemCodes.InvalidFormat, ""));

    [Fact]
    public void Any_prefix_and_number_of_letters_and_digits_joined_by_a_hyphen_is_accepted() =>
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 20], Gen.String[Gen.Char.AlphaNumeric, 1, 20]).Sample((prefix, number) =>
            OrganisationIdentifier.Create(prefix + "-" + number).Should().BeValid().Which.Value.Should().Be(prefix + "-" + number));

    [Fact]
    public void Parse_returns_a_valid_identifier() =>
        OrganisationIdentifier.Parse("CH-4").Should().Be(OrganisationIdentifier.Create("CH-4").OrThrow());

    [Fact]
    public void Parse_throws_for_an_invalid_identifier() =>
        FluentActions.Invoking(() => OrganisationIdentifier.Parse("not an identifier")).Should().Throw<ArgumentException>();

    [Fact]
    public void Parse_throws_for_null() =>
        FluentActions.Invoking(() => OrganisationIdentifier.Parse(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Identifiers_with_the_same_text_are_equal()
    {
        var a = OrganisationIdentifier.Parse("XM-DAC-41114");
        var b = OrganisationIdentifier.Parse(" XM-DAC-41114 ");
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Identifiers_compare_case_sensitively() =>
        OrganisationIdentifier.Parse("XM-DAC-ABC").Should().NotBe(OrganisationIdentifier.Parse("XM-DAC-abc"));

    [Fact]
    public void With_on_an_identifier_only_copies()
    {
        // Value is get-only, so `with { Value = "" }` does not compile.
        var id = OrganisationIdentifier.Parse("CH-4");
        var copy = id with { };
        copy.Should().Be(id);
    }
}
