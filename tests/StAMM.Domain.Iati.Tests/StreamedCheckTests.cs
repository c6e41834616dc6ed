using System.Text;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>A check that streams its findings gives the report's findings, in its order, and counts them as it does.</summary>
public sealed class StreamedCheckTests
{
    private static readonly IatiValidator Validator = new(new IatiValidatorOptions(Support.Clock));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Streamed_findings_are_the_reports_findings_in_its_order(int seed)
    {
        var xml = OwnXPathTests.RuleBreakingFile(seed, 6);
        var streamed = new List<IatiFinding>();

        Validator.Validate(Stream(xml), streamed.Add, null, CancellationToken.None);

        var report = Validator.ValidateXml(xml);
        report.Findings.Should().NotBeEmpty("a rule-breaking file gives findings to compare");
        streamed.Select(f => f.ToString()).Should().Equal(report.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void The_summary_counts_what_the_report_holds()
    {
        var xml = OwnXPathTests.RuleBreakingFile(4, 6);

        var summary = Validator.Validate(Stream(xml), _ => { }, null, CancellationToken.None);

        var report = Validator.ValidateXml(xml);
        summary.ActivityCount.Should().Be(report.ActivityCount);
        summary.CriticalCount.Should().Be(report.Findings.Count(f => f.Severity == IatiSeverity.Critical));
        summary.ErrorCount.Should().Be(report.Findings.Count(f => f.Severity == IatiSeverity.Error));
        summary.WarningCount.Should().Be(report.Findings.Count(f => f.Severity == IatiSeverity.Warning));
        summary.IsValid.Should().Be(report.IsValid);
        summary.IsClean.Should().Be(report.IsClean);
        summary.RulesNotEvaluated.Should().Equal(report.RulesNotEvaluated);
    }

    [Fact]
    public void A_finding_is_given_before_the_next_activity_is_read()
    {
        // The first activity breaks rules; the file is cut after the second: its findings must already be out when the
        // reader meets the broken end, which is what lets a large file be checked without holding its findings.
        var xml = OwnXPathTests.RuleBreakingFile(5, 3);
        var cut = xml[..xml.LastIndexOf("</iati-activity>", StringComparison.Ordinal)];
        var streamed = new List<IatiFinding>();

        var check = () => Validator.Validate(Stream(cut), streamed.Add, null, CancellationToken.None);

        check.Should().Throw<IatiFileException>();
        streamed.Should().NotBeEmpty();
    }

    private static MemoryStream Stream(string xml) => new(Encoding.UTF8.GetBytes(xml));
}
