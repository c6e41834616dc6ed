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
    public void Only_the_rules_that_need_the_org_id_guide_prefix_list_are_left_unevaluated()
    {
        var report = Support.Validator.ValidateXml(Support.StammXml());

        report.RulesNotEvaluated.Should().OnlyContain(r => r.StartsWith("1.14.8 ", StringComparison.Ordinal));
    }
}
