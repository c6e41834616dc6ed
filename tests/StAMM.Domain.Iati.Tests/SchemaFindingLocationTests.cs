using System.Xml.Linq;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>A schema finding names the element it is about: its path with indexes, its line and its column.</summary>
public sealed class SchemaFindingLocationTests
{
    private const string Wgs84 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    /// <summary>The exported document on one line, its first activity with three locations, the third's point without pos.</summary>
    private static string OneLineWithBrokenThirdPoint()
    {
        var document = XDocument.Parse(Support.StammXml());
        var activity = document.Root!.Element("iati-activity")!;
        XElement Location(XElement point) => new("location", new XElement("name", new XElement("narrative", "Tirana")), point);
        var anchor = activity.Elements().First(e => e.Name.LocalName is "sector" or "tag" or "country-budget-items" or "humanitarian-scope" or "policy-marker" or "collaboration-type" or "default-flow-type" or "default-finance-type" or "default-aid-type" or "default-tied-status" or "budget");
        anchor.AddBeforeSelf(
            Location(new XElement("point", new XAttribute("srsName", Wgs84), new XElement("pos", "41.3 19.8"))),
            Location(new XElement("point", new XAttribute("srsName", Wgs84), new XElement("pos", "42.4 19.3"))),
            Location(new XElement("point", new XAttribute("srsName", Wgs84))));
        return document.ToString(SaveOptions.DisableFormatting);
    }

    [Fact]
    public void The_finding_has_the_path_of_the_element_with_indexes()
    {
        var report = Support.Validator.ValidateXml(OneLineWithBrokenThirdPoint());

        report.Of(IatiValidator.SchemaRuleId).Should().ContainSingle(string.Join(Environment.NewLine, report.Findings))
            .Which.Path.Should().Be("/iati-activities/iati-activity[1]/location[3]/point[1]");
    }

    [Fact]
    public void The_finding_has_the_line_and_column_where_the_element_starts()
    {
        var xml = OneLineWithBrokenThirdPoint();
        var third = xml.IndexOf($"<point srsName=\"{Wgs84}\" />", StringComparison.Ordinal);
        third = third < 0 ? xml.IndexOf($"<point srsName=\"{Wgs84}\"/>", StringComparison.Ordinal) : third;

        var finding = Support.Validator.ValidateXml(xml).Of(IatiValidator.SchemaRuleId).Single();

        finding.Line.Should().Be(1);
        finding.Column.Should().Be(third + 2, "the column is that of the element's name, from 1");
        finding.ToString().Should().Contain("location[3]/point[1] (line 1, column ");
    }

    [Fact]
    public void An_attribute_error_names_the_attribute()
    {
        var document = XDocument.Parse(Support.StammXml());
        document.Root!.Element("iati-activity")!.SetAttributeValue("hierarchy", "first");

        var finding = Support.Validator.ValidateXml(document.ToString(SaveOptions.DisableFormatting)).Of(IatiValidator.SchemaRuleId).Single();

        finding.Path.Should().Be("/iati-activities/iati-activity[1]/@hierarchy");
        finding.Column.Should().BeGreaterThan(1);
    }

    [Fact]
    public void An_error_of_the_root_names_the_root()
    {
        var document = XDocument.Parse(Support.StammXml());
        document.Root!.SetAttributeValue("generated-datetime", "yesterday");
        var xml = document.ToString(SaveOptions.DisableFormatting);

        Support.Validator.ValidateXml(xml).Of(IatiValidator.SchemaRuleId).Should().ContainSingle()
            .Which.Path.Should().Be("/iati-activities/@generated-datetime");
    }
}
