using System.Xml.Linq;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>Hand-broken copies of a valid document must fail with the rule ids of the official ruleset or the schema.</summary>
public sealed class BrokenDocumentTests
{
    private static IatiValidationReport CheckBroken(Action<XElement> breakIt)
    {
        var document = XDocument.Parse(Support.StammXml());
        breakIt(document.Root!.Elements("iati-activity").First());
        return Support.Validator.ValidateXml(document.ToString());
    }

    private static XElement Country(XElement activity, string code) =>
        activity.Elements("recipient-country").Single(c => (string?)c.Attribute("code") == code);

    [Fact]
    public void Country_percentages_that_do_not_sum_to_100_fail_rule_3_1_2()
    {
        // Rules 3.1.x apply to countries without a recipient-region; with one, 3.4.2 sums both (next test but one).
        var report = CheckBroken(a =>
        {
            a.Element("recipient-region")!.Remove();
            Country(a, "AL").SetAttributeValue("percentage", "50");
        });

        var finding = report.Of("3.1.2").Should().ContainSingle().Subject;
        finding.Severity.Should().Be(IatiSeverity.Error);
        finding.ActivityIdentifier.Should().Be("XI-EXAMPLE-ICMPD-StAMM");
        finding.Path.Should().StartWith("/iati-activities/iati-activity[1]");
        finding.Detail.Should().Contain("133.33");
    }

    [Fact]
    public void A_missing_country_percentage_fails_rule_3_1_1() =>
        CheckBroken(a =>
        {
            a.Element("recipient-region")!.Remove();
            Country(a, "AL").Attribute("percentage")!.Remove();
        }).Of("3.1.1").Should().ContainSingle();

    [Fact]
    public void Country_percentages_beside_a_region_that_do_not_sum_to_100_fail_rule_3_4_2() =>
        CheckBroken(a => Country(a, "AL").SetAttributeValue("percentage", "50")).Of("3.4.2").Should().ContainSingle();

    [Fact]
    public void A_percentage_above_100_fails_rule_12_1_1()
    {
        var finding = CheckBroken(a => Country(a, "RS").SetAttributeValue("percentage", "116.66")).Of("12.1.1").Should().ContainSingle().Subject;

        finding.Path.Should().Be("/iati-activities/iati-activity[1]/recipient-country[5]/@percentage");
    }

    [Fact]
    public void An_end_before_the_start_fails_rule_11_1_3()
    {
        var report = CheckBroken(a => a.Elements("activity-date").Last().AddAfterSelf(new XElement("activity-date", new XAttribute("type", "4"), new XAttribute("iso-date", "2018-01-01"))));

        report.Of("11.1.3").Should().ContainSingle();
    }

    [Fact]
    public void An_actual_start_in_the_future_fails_rule_11_1_4() =>
        CheckBroken(a => a.Element("activity-date")!.SetAttributeValue("iso-date", "2030-01-01")).Of("11.1.4").Should().ContainSingle();

    [Fact]
    public void An_identifier_without_the_reporting_org_prefix_fails_rule_1_1_21()
    {
        var finding = CheckBroken(a => a.Element("iati-identifier")!.Value = "XX-OTHER-StAMM").Of("1.1.21").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(IatiSeverity.Warning);
        finding.ActivityIdentifier.Should().Be("XX-OTHER-StAMM");
        finding.Path.Should().Be("/iati-activities/iati-activity[1]/iati-identifier[1]");
    }

    [Fact]
    public void An_identifier_equal_to_the_reporting_org_ref_fails_rule_1_1_3() =>
        CheckBroken(a => a.Element("iati-identifier")!.Value = "XI-EXAMPLE-ICMPD").Of("1.1.3").Should().ContainSingle();

    [Fact]
    public void An_identifier_with_a_slash_fails_rule_1_3_13() =>
        CheckBroken(a => a.Element("iati-identifier")!.Value = "XI-EXAMPLE-ICMPD-StAMM/1").Of("1.3.13").Should().ContainSingle();

    [Fact]
    public void An_identifier_with_surrounding_spaces_fails_rule_1_3_1() =>
        CheckBroken(a => a.Element("iati-identifier")!.Value = " XI-EXAMPLE-ICMPD-StAMM ").Of("1.3.1").Should().ContainSingle();

    [Fact]
    public void No_start_date_fails_rule_6_11_1() =>
        CheckBroken(a => a.Elements("activity-date").Remove()).Of("6.11.1").Should().ContainSingle();

    [Fact]
    public void No_sector_fails_rule_6_2_2() =>
        CheckBroken(a => a.Element("sector")!.Remove()).Of("6.2.2").Should().ContainSingle();

    [Fact]
    public void No_default_language_and_a_narrative_without_one_fails_rule_4_1_1() =>
        CheckBroken(a => a.Attribute(XNamespace.Xml + "lang")!.Remove()).Of("4.1.1").Should().ContainSingle();

    [Fact]
    public void An_empty_title_narrative_fails_rule_4_3_1() =>
        CheckBroken(a => a.Element("title")!.Element("narrative")!.Value = string.Empty).Of("4.3.1").Should().ContainSingle();

    [Fact]
    public void Two_dac_sectors_without_percentages_fail_rule_2_1_1() =>
        CheckBroken(a => a.Element("sector")!.AddAfterSelf(new XElement("sector", new XAttribute("vocabulary", "1"), new XAttribute("code", "15136")))).Of("2.1.1").Should().ContainSingle();

    [Fact]
    public void A_value_without_currency_and_no_default_currency_fails_rule_7_8_1()
    {
        var report = CheckBroken(a => a.Element("default-aid-type")!.AddAfterSelf(new XElement("budget",
            new XElement("period-start", new XAttribute("iso-date", "2020-01-01")),
            new XElement("period-end", new XAttribute("iso-date", "2022-12-31")),
            new XElement("value", new XAttribute("value-date", "2020-01-01"), "100"))));

        report.Of("7.8.1").Should().ContainSingle();
        report.Of("7.5.3").Should().ContainSingle("the budget period is longer than a year");
    }

    [Fact]
    public void A_participating_org_without_ref_or_name_fails_rule_6_10_1() =>
        CheckBroken(a => a.Element("participating-org")!.Element("narrative")!.Remove()).Of("6.10.1").Should().ContainSingle();

    [Fact]
    public void A_missing_required_element_is_a_schema_error_with_id_0_3_1()
    {
        var report = CheckBroken(a => a.Element("activity-status")!.Remove());

        var finding = report.Of(IatiValidator.SchemaRuleId).Should().ContainSingle().Subject;
        finding.Severity.Should().Be(IatiSeverity.Critical);
        finding.Source.Should().Be(IatiFindingSource.Schema);
        finding.ActivityIdentifier.Should().Be("XI-EXAMPLE-ICMPD-StAMM");
        finding.Line.Should().BePositive();
    }

    [Fact]
    public void A_repeated_identifier_fails_rule_1_1_2()
    {
        var report = CheckBroken(a => a.ElementsAfterSelf("iati-activity").First().Element("iati-identifier")!.Value = "XI-EXAMPLE-ICMPD-StAMM");

        report.Of(IatiValidator.DuplicateIdentifierRuleId).Should().ContainSingle().Which.Path.Should().Be("/iati-activities/iati-activity[2]/iati-identifier[1]");
    }

    [Fact]
    public void The_standard_ruleset_holds_every_rule_type_of_standard_json() =>
        IatiRuleset.Standard.RuleIds.Should().Contain(["1.1.3", "1.1.21", "3.1.2", "3.4.2", "6.11.1", "11.1.2", "12.1.1", "4.3.1", "8.11.1"]);

    [Fact]
    public void The_org_id_prefix_rule_runs_when_the_prefixes_are_given()
    {
        var validator = new IatiValidator(new IatiValidatorOptions(Support.Clock) { OrganisationIdentifierPrefixes = System.Collections.Frozen.FrozenSet.ToFrozenSet(["XM-DAC"]) });

        var report = validator.ValidateXml(Support.StammXml());

        report.RulesNotEvaluated.Should().BeEmpty();
        report.Of("1.14.8").Should().HaveCount(4, "XI-EXAMPLE is not in the given prefix list");
    }
}
