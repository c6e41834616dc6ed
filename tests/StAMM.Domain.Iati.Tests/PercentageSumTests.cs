using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>"Sums to 100" is one test with one tolerance in import and check, and no sum overflows.</summary>
public sealed class PercentageSumTests
{
    private static IatiValidator RulesOnly { get; } = new(new IatiValidatorOptions(Support.Clock) { CheckSchema = false });

    private static string Countries(string first, string second) => ImportToleranceTests.Activity(
        $"<recipient-country code=\"RS\" percentage=\"{first}\"/><recipient-country code=\"ME\" percentage=\"{second}\"/>");

    private const string Huge = "79228162514264337593543950335";

    [Fact]
    public void The_checker_reports_country_percentages_near_decimal_max_as_a_finding_not_an_overflow()
    {
        var check = () => RulesOnly.ValidateXml(Countries(Huge, Huge));

        check.Should().NotThrow().Which.Of("3.1.2").Should().ContainSingle().Which.Detail.Should().Contain("beyond the range");
    }

    [Fact]
    public void The_checker_reports_sector_percentages_near_decimal_max_as_a_finding_not_an_overflow()
    {
        var xml = ImportToleranceTests.Activity($"<sector code=\"15110\" percentage=\"{Huge}\"/><sector code=\"15111\" percentage=\"{Huge}\"/>");

        RulesOnly.ValidateXml(xml).Of("2.1.2").Should().ContainSingle().Which.Detail.Should().Contain("beyond the range");
    }

    [Fact]
    public void The_importer_reports_the_same_file_with_a_problem()
    {
        var activity = IatiImport.ReadXml(Countries(Huge, Huge))[0];

        activity.RecipientPercentageSum.Should().BeNull();
        activity.Problems.Should().Contain(p => p.Reason.Contains("beyond the range", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("50", "49.99")]
    [InlineData("50", "50.005")]
    [InlineData("50", "50.01")]
    public void Import_and_check_both_accept_a_sum_within_the_one_tolerance(string first, string second)
    {
        var xml = Countries(first, second);

        IatiImport.ReadXml(xml)[0].GeographicScope!.HasShares.Should().BeTrue();
        RulesOnly.ValidateXml(xml).Of("3.1.2").Should().BeEmpty();
    }

    [Theory]
    [InlineData("50", "49.98")]
    [InlineData("50", "50.02")]
    public void Import_and_check_both_refuse_a_sum_outside_the_one_tolerance(string first, string second)
    {
        var xml = Countries(first, second);

        IatiImport.ReadXml(xml)[0].Problems.Should().Contain(p => p.Reason.Contains("not to 100", StringComparison.Ordinal));
        RulesOnly.ValidateXml(xml).Of("3.1.2").Should().ContainSingle();
    }

    [Fact]
    public void The_tolerance_is_the_domain_s_one_constant() => GeographicScope.ShareSumTolerance.Should().Be(0.01m);

    [Fact]
    public void Region_percentages_are_kept_beside_country_percentages_with_their_sum()
    {
        var xml = ImportToleranceTests.Activity("<recipient-country code=\"RS\" percentage=\"60\"/><recipient-region code=\"89\" vocabulary=\"1\" percentage=\"40\"/>");

        var activity = IatiImport.ReadXml(xml)[0];

        activity.Countries.Single().Percentage.Should().Be(60m);
        activity.Regions.Single().Percentage.Should().Be(40m);
        activity.RecipientPercentageSum.Should().Be(100m);
        activity.Problems.Should().NotContain(p => p.Reason.Contains("not to 100", StringComparison.Ordinal));
        RulesOnly.ValidateXml(xml).Of("3.4.2").Should().BeEmpty();
    }

    [Fact]
    public void Region_and_country_percentages_that_do_not_make_100_are_a_problem_of_the_import_as_of_the_check()
    {
        var xml = ImportToleranceTests.Activity("<recipient-country code=\"RS\" percentage=\"60\"/><recipient-region code=\"89\" vocabulary=\"1\" percentage=\"30\"/>");

        IatiImport.ReadXml(xml)[0].Problems.Should().Contain(p => p.Reason.Contains("sum to 90, not to 100", StringComparison.Ordinal));
        RulesOnly.ValidateXml(xml).Of("3.4.2").Should().ContainSingle();
    }

    [Fact]
    public void Amounts_and_coordinates_near_decimal_max_are_read_without_an_overflow()
    {
        var xml = ImportToleranceTests.Activity(
            $"<location><point srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\"><pos>{Huge} {Huge}</pos></point></location>" +
            $"<budget><period-start iso-date=\"2020-01-01\"/><period-end iso-date=\"2020-12-31\"/><value currency=\"EUR\" value-date=\"2020-01-01\">{Huge}</value></budget>");

        var read = () => IatiImport.ReadXml(xml);

        read.Should().NotThrow().Which[0].Budgets.Single().Value!.Amount.Should().Be(decimal.MaxValue);
        FluentActions.Invoking(() => RulesOnly.ValidateXml(xml)).Should().NotThrow();
    }
}
