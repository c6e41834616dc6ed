using System.Globalization;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;

namespace StAMM.Domain.Iati.Tests;

public sealed class ImportToleranceTests
{
    internal static string Activity(string body, string attributes = "xml:lang=\"en\"", string version = "2.03") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <iati-activities version="{version}" xmlns:ext="https://example.org/ext">
          <iati-activity {attributes}>
            <iati-identifier>XM-EXAMPLE-1-A1</iati-identifier>
            <reporting-org ref="XM-EXAMPLE-1" type="21"><narrative>Example</narrative></reporting-org>
            <title><narrative>Example activity</narrative></title>
        <activity-date type="2" iso-date="2020-01-01"/>
            {body}
          </iati-activity>
        </iati-activities>
        """;

    [Fact]
    public void Upper_case_xml_lang_is_read_as_lower_case()
    {
        var activity = IatiImport.ReadXml(Activity("<description><narrative xml:lang=\"FR\">Texte</narrative></description>", "xml:lang=\"EN\""))[0];

        activity.DefaultLanguage.Should().Be("en");
        activity.Titles.Single().Language.Should().Be("en");
        activity.Descriptions.Single().Narratives.Single().Language.Should().Be("fr");
        activity.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Shares_of_175_countries_at_0_5714285714285714_summing_to_99_999999999999995_make_a_valid_scope()
    {
        var countries = Country.All.Where(c => !c.IsWithdrawn).Take(175).ToList();
        var body = string.Concat(countries.Select(c => $"<recipient-country code=\"{c.Code}\" percentage=\"0.5714285714285714\"/>"));

        var activity = IatiImport.ReadXml(Activity("<activity-scope code=\"3\"/>" + body))[0];

        countries.Should().HaveCount(175);
        activity.Countries.Sum(c => c.Percentage!.Value).Should().Be(99.99999999999999500m);
        activity.GeographicScope!.Countries.Should().HaveCount(175);
        activity.GeographicScope.HasShares.Should().BeTrue();
        activity.Problems.Should().NotContain(p => p.Reason.Contains("shares", StringComparison.Ordinal));
    }

    [Fact]
    public void A_location_point_without_pos_is_kept_without_coordinates_and_noted()
    {
        var activity = IatiImport.ReadXml(Activity("<location><name><narrative>Sarajevo</narrative></name><point srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\"/></location>"))[0];

        activity.Locations.Single().Names.Single().Text.Should().Be("Sarajevo");
        activity.Locations.Single().Latitude.Should().BeNull();
        activity.Problems.Single().Path.Should().Be("/iati-activities/iati-activity[1]/location[1]/point");
    }

    [Fact]
    public void A_location_point_with_pos_gives_coordinates()
    {
        var activity = IatiImport.ReadXml(Activity("<location><point srsName=\"x\"><pos>43.8563 18.4131</pos></point></location>"))[0];

        activity.Locations.Single().Latitude.Should().Be(43.8563m);
        activity.Locations.Single().Longitude.Should().Be(18.4131m);
    }

    [Fact]
    public void Extra_namespaced_attributes_and_elements_are_ignored()
    {
        var activity = IatiImport.ReadXml(Activity(
            "<ext:note ext:level=\"1\">x</ext:note><recipient-country code=\"RS\" ext:source=\"crm\"/>",
            "xml:lang=\"en\" ext:internal-id=\"42\""))[0];

        activity.Countries.Single().Country.Should().Be(Country.Serbia);
        activity.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Unknown_codes_are_reported_per_element_and_reading_goes_on()
    {
        var activities = IatiImport.ReadXml(Activity("""
            <participating-org role="9" type="99"><narrative>Someone</narrative></participating-org>
            <activity-status code="7"/>
            <recipient-country code="QQ"/>
            <sector vocabulary="1" code="99999"/>
            """));

        activities.Should().HaveCount(1);
        activities[0].Problems.Select(p => p.Path).Should().Contain([
            "/iati-activities/iati-activity[1]/participating-org[1]/@role",
            "/iati-activities/iati-activity[1]/participating-org[1]/@type",
            "/iati-activities/iati-activity[1]/activity-status[1]/@code",
            "/iati-activities/iati-activity[1]/recipient-country[1]/@code",
            "/iati-activities/iati-activity[1]/sector[1]/@code",
        ]);
    }

    [Fact]
    public void Elements_the_model_has_no_place_for_are_listed_once_by_name()
    {
        var activity = IatiImport.ReadXml(Activity("<result type=\"1\"/><result type=\"2\"/><crs-add/><tag code=\"x\" vocabulary=\"1\"/>"))[0];

        activity.Problems.Select(p => (p.Path, p.Reason)).Should().Equal(
            ("/iati-activities/iati-activity[1]/crs-add[1]", "<crs-add> is not read by this importer (1 occurrence); the domain model has no place for it."),
            ("/iati-activities/iati-activity[1]/result[1]", "<result> is not read by this importer (2 occurrences); the domain model has no place for it."));
    }

    [Fact]
    public void A_tag_of_another_publisher_is_kept_as_written_and_names_no_thematic_area()
    {
        var activity = IatiImport.ReadXml(Activity("<tag code=\"1\" vocabulary=\"2\"><narrative>No poverty</narrative></tag><tag code=\"capacityDevelopment\" vocabulary=\"99\" vocabulary-uri=\"https://example.org/tags\"/>"))[0];

        activity.Tags.Select(t => (t.Code, t.Vocabulary, t.VocabularyUri)).Should().Equal(("1", "2", null), ("capacityDevelopment", "99", "https://example.org/tags"));
        activity.Tags[0].Narratives.Single().Text.Should().Be("No poverty");
        activity.ThematicAreas.Should().BeEmpty();
        activity.Problems.Should().BeEmpty();
    }

    [Fact]
    public void A_code_of_our_tag_vocabulary_that_names_no_thematic_area_is_a_problem_at_its_path()
    {
        var activity = IatiImport.ReadXml(Activity($"<tag code=\"gardening\" vocabulary=\"99\" vocabulary-uri=\"{IatiExtension.ThematicAreaVocabularyUri}\"/><tag vocabulary=\"99\"/>"))[0];

        activity.Tags.Should().ContainSingle();
        activity.ThematicAreas.Should().BeEmpty();
        activity.Problems.Select(p => p.Path).Should().Equal("/iati-activities/iati-activity[1]/tag[1]/@code", "/iati-activities/iati-activity[1]/tag[2]");
    }

    [Fact]
    public void Budgets_transactions_and_regions_are_read_with_the_default_currency()
    {
        var activity = IatiImport.ReadXml(Activity("""
            <recipient-region code="89" vocabulary="1" percentage="100"/>
            <budget type="1" status="2"><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">1000.50</value></budget>
            <transaction><transaction-type code="3"/><transaction-date iso-date="2020-05-01T00:00:00"/><value value-date="2020-05-01">200</value></transaction>
            """, "xml:lang=\"en\" default-currency=\"EUR\""))[0];

        activity.Regions.Single().Region.Should().Be(IatiRegion.EuropeRegional);
        activity.Budgets.Single().Value!.Money.Should().Be(Finance.Money.Of(1000.50m, Finance.Currency.Eur));
        activity.Transactions.Single().Date.Should().Be(new NodaTime.LocalDate(2020, 5, 1));
        activity.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Version_2_01_files_are_read_and_1_0x_files_are_read_with_a_note()
    {
        IatiImport.ReadXml(Activity(string.Empty, version: "2.01"))[0].Problems.Should().BeEmpty();
        IatiImport.ReadXml(Activity(string.Empty, version: "1.05"))[0].Problems.Should().ContainSingle(p => p.Reason.Contains("'1.05'", StringComparison.Ordinal));
    }

    [Fact]
    public void Shares_that_do_not_sum_to_100_are_reported_with_their_sum_and_the_scope_keeps_no_shares()
    {
        var activity = IatiImport.ReadXml(Activity("<recipient-country code=\"RS\" percentage=\"60\"/><recipient-country code=\"ME\" percentage=\"30\"/>"))[0];

        activity.GeographicScope!.HasShares.Should().BeFalse();
        activity.RecipientPercentageSum.Should().Be(90m);
        activity.Problems.Should().ContainSingle(p => p.Reason.Contains("sum to 90, not to 100 (within 0.01)", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_is_read_across_cdata_comments_and_elements_of_other_namespaces()
    {
        var activity = IatiImport.ReadXml(Activity(
            "<description><narrative>Part<ext:b>ly</ext:b><![CDATA[ <b>bold</b>]]><!-- a comment --> read</narrative></description>"
            + "<description type=\"2\">Written <ext:i>straight</ext:i> into<!-- c --> the element</description>"))[0];

        activity.Descriptions[0].Narratives.Single().Text.Should().Be("Partly <b>bold</b> read");
        activity.Descriptions[1].Narratives.Single().Text.Should().Be("Written  into the element", "without narratives, only the element's own text is its narrative");
    }

    [Fact]
    public void A_problem_deep_in_a_transaction_names_every_step_of_its_path()
    {
        var transaction = "<transaction><transaction-type code=\"3\"/><provider-org><narrative>A</narrative><narrative xml:lang=\"qq\">B</narrative></provider-org></transaction>";

        var activity = IatiImport.ReadXml(Activity(transaction + transaction))[0];

        activity.Problems.Select(p => p.Path).Should().Equal(
            "/iati-activities/iati-activity[1]/transaction[1]/provider-org/narrative[2]/@xml:lang",
            "/iati-activities/iati-activity[1]/transaction[2]/provider-org/narrative[2]/@xml:lang");
    }

    [Fact]
    public void Each_activity_of_a_file_is_read_afresh_from_the_one_before()
    {
        var xml = """
            <iati-activities version="2.03">
              <iati-activity xml:lang="fr" default-currency="EUR" hierarchy="1">
                <title><narrative>Premier</narrative></title>
                <recipient-country code="RS"/><sector code="99999"/><other-identifier ref="x"/>
              </iati-activity>
              <iati-activity>
                <iati-identifier>XM-EXAMPLE-1-B</iati-identifier>
                <title><narrative>Second</narrative></title>
                <activity-date type="2" iso-date="2020-01-01"/>
              </iati-activity>
            </iati-activities>
            """;

        var activities = IatiImport.ReadXml(xml);

        activities[0].Countries.Should().ContainSingle();
        activities[0].Problems.Should().HaveCount(4);
        var second = activities[1];
        (second.DefaultLanguage, second.DefaultCurrency, second.Hierarchy).Should().Be((null, null, null));
        second.Titles.Single().Should().Be(new IatiNarrative("Second", null));
        second.Countries.Should().BeEmpty();
        second.Sectors.Should().BeEmpty();
        second.GeographicScope.Should().BeNull();
        second.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Ten_thousand_activities_stream_one_at_a_time()
    {
        var xml = Generated.Activities(10_000);
        using var stream = Support.Utf8(xml);
        var count = 0;
        foreach (var activity in IatiImport.ReadActivities(stream))
        {
            count++;
            activity.Index.Should().Be(count);
        }

        count.Should().Be(10_000);
    }
}

/// <summary>Generated IATI files for scale tests.</summary>
internal static class Generated
{
    public static string Activities(int count)
    {
        var builder = new System.Text.StringBuilder("<iati-activities version=\"2.03\">");
        for (var i = 0; i < count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<iati-activity xml:lang=\"en\"><iati-identifier>XM-EXAMPLE-1-{i}</iati-identifier><reporting-org ref=\"XM-EXAMPLE-1\" type=\"40\"><narrative>Example</narrative></reporting-org><title><narrative>Activity {i}</narrative></title><description><narrative>Generated.</narrative></description><participating-org role=\"4\" type=\"40\"><narrative>Example</narrative></participating-org><activity-status code=\"2\"/><activity-date type=\"2\" iso-date=\"2020-01-01\"/><recipient-country code=\"RS\"/><sector code=\"15190\"/></iati-activity>");
        }

        return builder.Append("</iati-activities>").ToString();
    }
}
