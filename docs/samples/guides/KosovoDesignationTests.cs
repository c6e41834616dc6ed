using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
using StAMM.Domain.Json;

namespace StAMM.Domain.Guides;

public sealed class KosovoDesignationTests
{
    [Fact]
    public void Kosovo_is_shown_with_the_marker_and_the_EU_footnote()
    {
        Output.Of(KosovoDesignationGuide.Show).Should().Be(
            "Kosovo\nKosovo*\nSerbia\n* This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.\n");
    }

    [Theory]
    [InlineData("icmpd", "This reference should be understood in the context of UNSCR 1244/99.")]
    [InlineData("eu", "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.")]
    public void A_setting_chooses_the_wording(string setting, string footnote)
    {
        KosovoDesignationGuide.Configure(setting).Chosen.Footnote.Should().Be(footnote);
    }

    [Fact]
    public void An_own_wording_has_its_own_marker()
    {
        var own = KosovoDesignationGuide.Configure("eu").Own;

        own.DisplayName(Country.Kosovo).Should().Be("Kosovo**");
        own.FootnoteLine.Should().Be("** This designation is without prejudice to positions on status.");
    }

    [Fact]
    public void The_IATI_export_uses_the_configured_wording()
    {
        var xml = Iati.Export(new FakeClock(Instant.FromUtc(2026, 3, 2, 12, 0)));

        xml.Should().Contain(KosovoDesignation.EuropeanUnion.Footnote);
    }

    [Fact]
    public void The_layered_set_accepts_only_the_EU_wording_on_outputs()
    {
        var rules = KosovoDesignationGuide.EuOnly();

        rules.Rules.Should().HaveCount(StammRuleSet.Default.Rules.Length);
        rules.Find(KosovoDesignationRule.RuleCode).Should().BeOfType<KosovoDesignationRule>()
            .Which.AcceptedVariants.Should().Equal("EU");
        StammJson.ReadRuleSet(StammJson.WriteRuleSet(rules)).OrThrow().Should().Be(rules);
    }

    [Fact]
    public void The_guide_shows_what_the_snippet_prints()
    {
        Repository.ShouldShow("docs/guides/kosovo-designation.md", Output.Of(KosovoDesignationGuide.Show));
    }
}
