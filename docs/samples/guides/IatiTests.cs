using System.Text;
using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.BuiltIn;

namespace StAMM.Domain.Guides;

public sealed class IatiTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 3, 2, 12, 0));

    [Fact]
    public void The_export_is_IATI_activity_XML_under_the_publishers_identifier()
    {
        var xml = Iati.Export(Clock);

        xml.Should().Contain("<iati-activities").And.Contain("<iati-identifier>XI-EXAMPLE-ICMPD-StAMM</iati-identifier>");
    }

    [Fact]
    public void The_export_passes_the_schema_and_the_standard_ruleset()
    {
        var output = Output.Of(() => Iati.Check(Iati.Export(Clock), Clock).IsClean.Should().BeTrue());

        output.Should().Be("4 activities, valid: True, findings: 0\n");
    }

    [Fact]
    public void A_file_with_a_broken_date_is_reported_not_thrown()
    {
        var xml = Iati.Export(Clock).Replace("2019-03-13", "2019-13-13", StringComparison.Ordinal);

        var output = Output.Of(() => Iati.Check(xml, Clock).IsValid.Should().BeFalse());

        output.Should().StartWith("4 activities, valid: False");
    }

    [Fact]
    public void Importing_the_export_gives_the_project_and_its_three_activities()
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(Iati.Export(Clock)));

        var lines = Output.Of(() => Iati.Import(file)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Four activities and no problem: the importer reads the tags (themes, dialogues) the export writes.
        lines.Should().HaveCount(4);
        lines[0].Should().Be($"XI-EXAMPLE-ICMPD-StAMM: {Stamm.Project.Title} (Implementation, 2018-12-01)");
        lines[1].Should().StartWith("XI-EXAMPLE-ICMPD-StAMM-2019-03-negotiation-skills-training: StAMM Negotiations Skills Training");
    }

    [Fact]
    public void A_file_that_is_not_IATI_is_reported_as_unreadable()
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("<organisations/>"));

        Output.Of(() => Iati.Import(file)).Should().StartWith("unreadable (NotIatiActivities): The root element is <organisations>");
    }

    [Fact]
    public void The_guide_shows_the_first_lines_the_import_prints()
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(Iati.Export(Clock)));

        var lines = Output.Of(() => Iati.Import(file)).Split('\n');

        Repository.ShouldShow("docs/guides/iati.md", string.Join("\n", lines[..3]));
    }
}
