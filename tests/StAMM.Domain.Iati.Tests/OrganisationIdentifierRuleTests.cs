using System.Collections.Frozen;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>The organisation-identifier rule (1.14.8) runs from the embedded OrganisationRegistrationAgency codelist.</summary>
public sealed class OrganisationIdentifierRuleTests
{
    private static IatiValidationReport CheckWithReportingOrg(IatiValidatorOptions options, string reference)
    {
        var xml = ImportToleranceTests.Activity(string.Empty)
            .Replace("XM-EXAMPLE-1-A1", reference + "-A1", StringComparison.Ordinal)
            .Replace("ref=\"XM-EXAMPLE-1\"", $"ref=\"{reference}\"", StringComparison.Ordinal);
        return new IatiValidator(options with { CheckSchema = false }).ValidateXml(xml);
    }

    [Fact]
    public void The_default_prefixes_are_the_codes_of_the_embedded_codelist()
    {
        var prefixes = new IatiValidatorOptions(Support.Clock).OrganisationIdentifierPrefixes;

        prefixes.Should().BeEquivalentTo(IatiValidatorOptions.RegistrationAgencyPrefixes);
        prefixes.Should().Contain(["XM-DAC", "GB-COH", "XI-IATI"]).And.HaveCount(539);
    }

    [Fact]
    public void An_identifier_with_a_registered_agency_prefix_passes_without_any_option()
    {
        var report = CheckWithReportingOrg(new IatiValidatorOptions(Support.Clock), "XM-DAC-41101");

        report.RulesNotEvaluated.Should().BeEmpty();
        report.Of("1.14.8").Should().BeEmpty();
    }

    [Fact]
    public void An_identifier_with_an_unknown_prefix_is_a_finding()
    {
        var report = CheckWithReportingOrg(new IatiValidatorOptions(Support.Clock), "XI-EXAMPLE-1");

        report.Of("1.14.8").Should().ContainSingle().Which.Detail.Should().Be("'XI-EXAMPLE-1' does not start with a known registration-agency prefix.");
    }

    [Fact]
    public void A_prefix_added_by_option_is_accepted()
    {
        var options = new IatiValidatorOptions(Support.Clock).AcceptingOrganisationIdentifierPrefixes([" XI-EXAMPLE "]);

        CheckWithReportingOrg(options, "XI-EXAMPLE-1").Of("1.14.8").Should().BeEmpty();
        options.OrganisationIdentifierPrefixes.Should().Contain("XM-DAC", "the codelist's prefixes stay");
    }

    [Fact]
    public void A_blank_prefix_is_a_programming_error_naming_the_parameter() =>
        FluentActions.Invoking(() => new IatiValidatorOptions(Support.Clock).AcceptingOrganisationIdentifierPrefixes([" "]))
            .Should().Throw<ArgumentException>().WithParameterName("prefixes");

    [Fact]
    public void With_the_prefixes_set_empty_the_rule_is_listed_unevaluated_without_naming_a_dotnet_type()
    {
        var report = CheckWithReportingOrg(new IatiValidatorOptions(Support.Clock) { OrganisationIdentifierPrefixes = FrozenSet<string>.Empty }, "XM-DAC-41101");

        report.RulesNotEvaluated.Should().ContainSingle().Which.Should().Be("1.14.8 (the list of organisation-identifier prefixes it needs was set empty)");
    }
}
