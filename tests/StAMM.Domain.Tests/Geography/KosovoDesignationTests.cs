using CsCheck;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Geography;

public sealed class KosovoDesignationTests
{
    private const string EuFootnote =
        "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.";

    [Fact]
    public void Kosovo_is_displayed_with_an_asterisk() =>
        KosovoDesignation.Default.DisplayName(Country.Kosovo).Should().Be("Kosovo*");

    [Fact]
    public void Every_other_country_is_displayed_by_its_plain_name() =>
        Generate.Country.Where(c => c.Code != "XK").Sample(c =>
            KosovoDesignation.Default.DisplayName(c).Should().Be(c.Name));

    [Fact]
    public void The_default_is_the_European_Union_wording() =>
        KosovoDesignation.Default.Should().Be(KosovoDesignation.EuropeanUnion);

    [Fact]
    public void The_default_footnote_is_the_EU_text() => KosovoDesignation.Default.Footnote.Should().Be(EuFootnote);

    [Fact]
    public void The_footnote_line_starts_with_the_marker() =>
        KosovoDesignation.Default.FootnoteLine.Should().Be("* " + EuFootnote);

    [Fact]
    public void The_ICMPD_footnote_refers_to_UNSCR_1244() =>
        KosovoDesignation.Icmpd.Footnote.Should().Be("This reference should be understood in the context of UNSCR 1244/99.");

    [Fact]
    public void The_ICMPD_variant_also_marks_Kosovo_with_an_asterisk() =>
        KosovoDesignation.Icmpd.DisplayName(Country.Kosovo).Should().Be("Kosovo*");

    [Fact]
    public void The_ICMPD_variant_differs_from_the_EU_one() =>
        KosovoDesignation.Icmpd.Should().NotBe(KosovoDesignation.EuropeanUnion);

    [Fact]
    public void A_custom_footnote_is_kept_trimmed()
    {
        var designation = KosovoDesignation.Create("  As our publisher requires.  ");
        designation.Footnote.Should().Be("As our publisher requires.");
        designation.FootnoteLine.Should().Be("* As our publisher requires.");
    }

    [Fact]
    public void A_custom_marker_follows_Kosovo() =>
        KosovoDesignation.Create("See note 1.", "¹").DisplayName(Country.Kosovo).Should().Be("Kosovo¹");

    [Fact]
    public void Designations_with_the_same_marker_and_footnote_are_equal()
    {
        var a = KosovoDesignation.Create("Note.");
        var b = KosovoDesignation.Create("Note.");
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_footnote_throws(string footnote) =>
        FluentActions.Invoking(() => KosovoDesignation.Create(footnote)).Should().Throw<ArgumentException>();

    [Fact]
    public void A_null_footnote_throws() =>
        FluentActions.Invoking(() => KosovoDesignation.Create(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void DisplayName_of_null_throws() =>
        FluentActions.Invoking(() => KosovoDesignation.Default.DisplayName(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void With_on_a_designation_only_copies()
    {
        // Marker and Footnote are get-only, so `with { Footnote = ... }` does not compile: `with` can only copy.
        var copy = KosovoDesignation.Icmpd with { };
        copy.Should().Be(KosovoDesignation.Icmpd);
    }
}
