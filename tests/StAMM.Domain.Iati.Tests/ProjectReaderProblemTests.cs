using System.Xml.Linq;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;

namespace StAMM.Domain.Iati.Tests;

/// <summary>What <see cref="IatiProjectReader"/> does with files it cannot turn into a project: every problem, with its path, and no project.</summary>
public sealed class ProjectReaderProblemTests
{
    /// <summary>
    /// A hand-written file in the shape of another publisher's hierarchy (made up for this test; it claims nothing about
    /// any publisher): IATI elements only, with a budget, a result, a location, a second sector and an extending organisation.
    /// </summary>
    private const string OtherPublisher =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <iati-activities version="2.03" generated-datetime="2024-01-01T00:00:00Z">
          <iati-activity xml:lang="en" hierarchy="1" default-currency="EUR">
            <iati-identifier>XM-EXAMPLE-9-P1</iati-identifier>
            <reporting-org ref="XM-EXAMPLE-9" type="10"><narrative>Example ministry</narrative></reporting-org>
            <title><narrative>Border management programme</narrative></title>
            <description type="1"><narrative>A programme.</narrative></description>
            <participating-org ref="XM-EXAMPLE-9" role="1" type="10"><narrative>Example ministry</narrative></participating-org>
            <participating-org role="3" type="10"><narrative>Example agency</narrative></participating-org>
            <participating-org role="4" type="21"><narrative>Example NGO</narrative></participating-org>
            <activity-status code="2"/>
            <activity-date type="2" iso-date="2021-01-01"/>
            <activity-scope code="4"/>
            <recipient-country code="RS"/>
            <location><name><narrative>Belgrade</narrative></name></location>
            <sector vocabulary="1" code="15190" percentage="60"/>
            <sector vocabulary="1" code="15130" percentage="40"/>
            <budget type="1" status="1"><period-start iso-date="2021-01-01"/><period-end iso-date="2021-12-31"/><value currency="EUR" value-date="2021-01-01">100000</value></budget>
            <related-activity ref="XM-EXAMPLE-9-P1-C1" type="2"/>
          </iati-activity>
          <iati-activity xml:lang="en" hierarchy="2">
            <iati-identifier>XM-EXAMPLE-9-P1-C1</iati-identifier>
            <reporting-org ref="XM-EXAMPLE-9" type="10"><narrative>Example ministry</narrative></reporting-org>
            <title><narrative>Training of border guards</narrative></title>
            <participating-org role="4" type="21"><narrative>Example NGO</narrative></participating-org>
            <activity-status code="2"/>
            <activity-date type="2" iso-date="2021-03-01"/>
            <activity-date type="3" iso-date="2021-03-05"/>
            <result type="1"><title><narrative>Guards trained</narrative></title></result>
            <related-activity ref="XM-EXAMPLE-9-P1" type="1"/>
          </iati-activity>
        </iati-activities>
        """;

    private static readonly XNamespace Stamm = IatiExtension.NamespaceUri;

    [Fact]
    public void Another_publishers_hierarchy_still_imports_with_IATIs_elements_only()
    {
        var activities = IatiImport.ReadXml(OtherPublisher);

        activities.Should().HaveCount(2);
        activities[0].Title.Should().Be("Border management programme");
        activities[1].Period!.End!.FirstDay.Should().Be(new NodaTime.LocalDate(2021, 3, 5));
    }

    [Fact]
    public void Another_publishers_hierarchy_gives_no_project_but_each_element_it_cannot_place_with_its_path()
    {
        var result = IatiProjectReader.ReadXml(OtherPublisher);

        result.IsValid.Should().BeFalse();
        result.Problems.Where(p => p.Code == IatiProjectProblemCodes.Unplaced).Select(p => p.Path).Should().BeEquivalentTo(
            "/iati-activities/iati-activity[1]/participating-org[2]",
            "/iati-activities/iati-activity[1]/participating-org[1]",
            "/iati-activities/iati-activity[1]/location[1]",
            "/iati-activities/iati-activity[1]/sector[2]",
            "/iati-activities/iati-activity[1]/budget[1]",
            "/iati-activities/iati-activity[2]/result[1]");
    }

    [Fact]
    public void Another_publishers_hierarchy_names_what_the_model_requires_and_the_file_does_not_say()
    {
        var problems = IatiProjectReader.ReadXml(OtherPublisher).Problems.Where(p => p.Code == IatiProjectProblemCodes.Missing).ToList();

        problems.Should().Contain(p => p.Path == "/iati-activities/iati-activity[1]" && p.Message.Contains("acronym", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Path == "/iati-activities/iati-activity[2]" && p.Message.Contains("type", StringComparison.Ordinal));
    }

    [Fact]
    public void An_activity_without_its_extension_is_missing_its_type_and_nothing_is_guessed()
    {
        var document = XDocument.Parse(Support.StammXml());
        document.Root!.Elements("iati-activity").ElementAt(2).Element(Stamm + "activity")!.Remove();

        var result = IatiProjectReader.ReadXml(document.ToString());

        result.Problems.Should().ContainSingle().Which.Should().Match<Domain.Validation.ValidationProblem>(p =>
            p.Code == IatiProjectProblemCodes.Missing && p.Path == "/iati-activities/iati-activity[3]");
    }

    [Fact]
    public void An_unknown_extension_element_is_reported_where_it_is()
    {
        var document = XDocument.Parse(Support.StammXml());
        document.Root!.Elements("iati-activity").ElementAt(1).Element(Stamm + "activity")!.Add(new XElement(Stamm + "colour", "blue"));

        IatiProjectReader.ReadXml(document.ToString()).Problems.Should().ContainSingle().Which.Path
            .Should().Be("/iati-activities/iati-activity[2]/stamm:activity[1]/stamm:colour[1]");
    }

    [Fact]
    public void A_month_precision_start_that_is_not_the_first_day_is_a_mismatch_not_a_silent_correction()
    {
        var xml = Support.StammXml().Replace("iso-date=\"2018-12-01\"", "iso-date=\"2018-12-05\"", StringComparison.Ordinal);

        IatiProjectReader.ReadXml(xml).Problems.Should().ContainSingle().Which.Should().Match<Domain.Validation.ValidationProblem>(p =>
            p.Code == IatiProjectProblemCodes.Mismatch && p.Path == "/iati-activities/iati-activity[1]/activity-date[1]/@iso-date");
    }

    [Fact]
    public void An_invalid_value_in_the_extension_is_reported_through_the_models_own_check_under_the_elements_path()
    {
        var xml = Support.StammXml().Replace("stamm:type=\"training\"", "stamm:type=\"picnic\"", StringComparison.Ordinal);

        IatiProjectReader.ReadXml(xml).Problems.Select(p => (p.Code, p.Path)).Should().Equal(
            (IatiProjectProblemCodes.InvalidValue, "/iati-activities/iati-activity[2]/stamm:activity[1]/@stamm:type"),
            (IatiProjectProblemCodes.InvalidValue, "/iati-activities/iati-activity[3]/stamm:activity[1]/@stamm:type"));
    }

    [Fact]
    public void A_problem_the_project_finds_with_one_of_its_activities_is_put_at_that_activitys_element()
    {
        var xml = Support.StammXml().Replace("iso-date=\"2019-03-13\"", "iso-date=\"2018-03-13\"", StringComparison.Ordinal);

        IatiProjectReader.ReadXml(xml).Problems.Should().ContainSingle().Which.Should().Match<Domain.Validation.ValidationProblem>(p =>
            p.Code == Domain.Validation.ProblemCodes.OutsideProjectPeriod && p.Path == "/iati-activities/iati-activity[2].period");
    }

    [Fact]
    public void A_file_with_two_parents_names_the_hierarchy_problem()
    {
        var document = XDocument.Parse(Support.StammXml());
        var copy = new XElement(document.Root!.Elements("iati-activity").First());
        copy.Element("iati-identifier")!.Value = "XI-EXAMPLE-ICMPD-Other";
        document.Root.Add(copy);

        IatiProjectReader.ReadXml(document.ToString()).Problems.Should().ContainSingle().Which.Code.Should().Be(IatiProjectProblemCodes.Hierarchy);
    }

    [Fact]
    public void A_child_the_parent_does_not_list_is_reported_as_unplaced()
    {
        var document = XDocument.Parse(Support.StammXml());
        document.Root!.Elements("iati-activity").First().Elements("related-activity").Last().Remove();

        IatiProjectReader.ReadXml(document.ToString()).Problems.Should().ContainSingle().Which.Path.Should().Be("/iati-activities/iati-activity[4]");
    }

    [Theory]
    [InlineData("0000-12-01")]
    [InlineData("-0001-12-01")]
    [InlineData("2018-13-01")]
    public void A_date_outside_the_years_1_to_9999_or_not_a_date_is_an_invalid_value_not_an_exception(string date)
    {
        var xml = Support.StammXml().Replace("iso-date=\"2018-12-01\"", $"iso-date=\"{date}\"", StringComparison.Ordinal);

        IatiProjectReader.ReadXml(xml).Problems.Should().Contain(p =>
            p.Code == IatiProjectProblemCodes.InvalidValue && p.Path == "/iati-activities/iati-activity[1]/activity-date[1]/@iso-date");
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><iati-activities/>")]
    [InlineData("<iati-activities><iati-activity>")]
    [InlineData("<other/>")]
    public void An_unreadable_file_is_one_problem_not_an_exception(string xml) =>
        IatiProjectReader.ReadXml(xml).Problems.Should().ContainSingle().Which.Code.Should().Be(IatiProjectProblemCodes.Unreadable);
}
