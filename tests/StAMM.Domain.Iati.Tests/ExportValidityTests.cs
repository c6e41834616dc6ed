using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

public sealed class ExportValidityTests
{
    [Fact]
    public void The_exported_StAMM_document_is_valid_against_the_three_official_XSDs() =>
        Support.XsdErrors(Support.StammXml()).Should().BeEmpty();

    [Fact]
    public void The_exported_StAMM_document_passes_the_checker_without_any_finding()
    {
        var report = Support.Validator.ValidateXml(Support.StammXml());

        report.Findings.Should().BeEmpty(string.Join(Environment.NewLine, report.Findings));
        report.ActivityCount.Should().Be(4);
    }

    [Fact]
    public void Every_rule_is_evaluated_the_org_id_prefix_rule_from_the_embedded_codelist()
    {
        var report = Support.Validator.ValidateXml(Support.StammXml());

        report.RulesNotEvaluated.Should().BeEmpty();
    }
}
