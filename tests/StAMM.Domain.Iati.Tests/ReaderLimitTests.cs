using System.Diagnostics;
using System.Text;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>Every limit of <see cref="IatiReaderLimits"/> holds in import and check, each overrun its own problem, in time linear in the file.</summary>
public sealed class ReaderLimitTests
{
    private static string Attributes(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $" a{i}=\"\""));

    private static string OnActivity(string attributes) => ImportToleranceTests.Activity(string.Empty, "xml:lang=\"en\"" + attributes);

    private static string OnRoot(string attributes) =>
        ImportToleranceTests.Activity(string.Empty).Replace("version=\"2.03\"", "version=\"2.03\"" + attributes, StringComparison.Ordinal);

    private static IatiFileProblem ImportRefuses(string xml, IatiReaderLimits? limits = null) =>
        FluentActions.Invoking(() => IatiImport.ReadXml(xml, limits)).Should().Throw<IatiFileException>().Which.Problem;

    private static IatiFileProblem CheckRefuses(string xml, IatiReaderLimits? limits = null) =>
        FluentActions.Invoking(() => new IatiValidator(new IatiValidatorOptions(Support.Clock) { Limits = limits ?? IatiReaderLimits.Default }).ValidateXml(xml))
            .Should().Throw<IatiFileException>().Which.Problem;

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var limits = IatiReaderLimits.Default;

        limits.MaxCharactersInDocument.Should().Be(1L << 30);
        limits.MaxDepth.Should().Be(32);
        limits.MaxAttributesPerElement.Should().Be(100);
        limits.MaxCharactersInText.Should().Be(262_144);
        limits.MaxCharactersInActivity.Should().Be(16_777_216);
        limits.MaxNodesInActivity.Should().Be(1_000_000);
    }

    [Fact]
    public void An_element_with_200_000_attributes_is_refused_by_import_and_check_within_seconds()
    {
        var xml = OnActivity(Attributes(200_000));
        var clock = Stopwatch.StartNew();

        ImportRefuses(xml).Should().Be(IatiFileProblem.TooManyAttributes);
        CheckRefuses(xml).Should().Be(IatiFileProblem.TooManyAttributes);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the old reader took 35 s for each, 70 s for both; the parser alone takes about a second on a shared machine");
    }

    [Fact]
    public void A_root_with_too_many_attributes_is_refused_before_they_are_copied_into_each_activity()
    {
        var xml = OnRoot(Attributes(101));

        ImportRefuses(xml).Should().Be(IatiFileProblem.TooManyAttributes);
        CheckRefuses(xml).Should().Be(IatiFileProblem.TooManyAttributes);
    }

    [Fact]
    public void Attributes_up_to_the_limit_are_read()
    {
        var xml = OnActivity(Attributes(98));

        IatiImport.ReadXml(xml).Should().ContainSingle();
        Support.Validator.ValidateXml(xml).ActivityCount.Should().Be(1);
    }

    [Fact]
    public void The_problem_names_the_element_the_count_and_the_limit()
    {
        var exception = FluentActions.Invoking(() => IatiImport.ReadXml(OnActivity(Attributes(150)))).Should().Throw<IatiFileException>().Which;

        exception.Message.Should().Contain("<iati-activity>").And.Contain("151 attributes").And.Contain("limit of 100");
        exception.Line.Should().Be(3);
    }

    [Fact]
    public void An_identifier_longer_than_the_text_limit_is_refused_by_import_and_check()
    {
        var xml = ImportToleranceTests.Activity(string.Empty).Replace("XM-EXAMPLE-1-A1", new string('x', 262_145), StringComparison.Ordinal);

        ImportRefuses(xml).Should().Be(IatiFileProblem.TextTooLong);
        CheckRefuses(xml).Should().Be(IatiFileProblem.TextTooLong);
    }

    [Fact]
    public void An_attribute_value_longer_than_the_text_limit_is_refused()
    {
        var xml = OnActivity($" default-currency=\"{new string('E', 1001)}\"");

        ImportRefuses(xml, new IatiReaderLimits { MaxCharactersInText = 1000 }).Should().Be(IatiFileProblem.TextTooLong);
        CheckRefuses(xml, new IatiReaderLimits { MaxCharactersInText = 1000 }).Should().Be(IatiFileProblem.TextTooLong);
    }

    [Fact]
    public void A_text_at_the_limit_is_read_whole()
    {
        var title = new string('t', 1000);
        var xml = ImportToleranceTests.Activity(string.Empty).Replace("Example activity", title, StringComparison.Ordinal);

        IatiImport.ReadXml(xml, new IatiReaderLimits { MaxCharactersInText = 1000 })[0].Title.Should().Be(title);
    }

    [Theory]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(8192)]
    [InlineData(10_000)]
    public void A_text_longer_than_the_reading_chunk_is_read_whole(int length)
    {
        // Texts are read in chunks of 4,096 characters; an entity every 1,000 characters makes the parser hand the
        // text over in more pieces than the chunks alone would.
        var title = string.Concat(Enumerable.Range(0, length).Select(i => i % 1000 == 999 ? '&' : (char)('a' + (i % 26))));
        var xml = ImportToleranceTests.Activity(string.Empty).Replace("Example activity", title.Replace("&", "&amp;", StringComparison.Ordinal), StringComparison.Ordinal);

        IatiImport.ReadXml(xml)[0].Title.Should().Be(title);
    }

    [Fact]
    public void An_activity_with_more_characters_than_its_limit_is_refused()
    {
        var body = string.Concat(Enumerable.Repeat($"<description><narrative>{new string('d', 900)}</narrative></description>", 20));
        var xml = ImportToleranceTests.Activity(body);
        var limits = new IatiReaderLimits { MaxCharactersInActivity = 10_000 };

        ImportRefuses(xml, limits).Should().Be(IatiFileProblem.ActivityTooLarge);
        CheckRefuses(xml, limits).Should().Be(IatiFileProblem.ActivityTooLarge);
    }

    [Fact]
    public void An_activity_with_more_nodes_than_its_limit_is_refused()
    {
        var xml = ImportToleranceTests.Activity(string.Concat(Enumerable.Repeat("<x/>", 2000)));
        var limits = new IatiReaderLimits { MaxNodesInActivity = 1000 };

        ImportRefuses(xml, limits).Should().Be(IatiFileProblem.ActivityTooLarge);
        CheckRefuses(xml, limits).Should().Be(IatiFileProblem.ActivityTooLarge);
    }

    [Fact]
    public void A_problem_quotes_at_most_100_characters_of_a_value_and_says_it_was_cut()
    {
        var xml = ImportToleranceTests.Activity(string.Empty).Replace("iso-date=\"2020-01-01\"", $"iso-date=\"{new string('9', 5000)}\"", StringComparison.Ordinal);

        var problem = IatiImport.ReadXml(xml)[0].Problems.Single(p => p.Path.EndsWith("/@iso-date", StringComparison.Ordinal));

        problem.Reason.Should().Contain("…' (cut; 5000 characters)");
        problem.Reason.Length.Should().BeLessThan(300);
    }

    [Fact]
    public void A_finding_quotes_at_most_100_characters_of_a_value_and_says_it_was_cut()
    {
        var identifier = "XM-EXAMPLE-1-" + new string('x', 5000);
        var xml = ImportToleranceTests.Activity(string.Empty).Replace("XM-EXAMPLE-1-A1", identifier, StringComparison.Ordinal);
        var twice = xml.Replace("</iati-activities>", string.Empty, StringComparison.Ordinal) + xml[xml.IndexOf("<iati-activity ", StringComparison.Ordinal)..];

        var finding = Support.Validator.ValidateXml(twice).Of(IatiValidator.DuplicateIdentifierRuleId).Single();

        finding.Detail.Should().Contain("(cut; 5013 characters)");
        finding.ToString().Length.Should().BeLessThan(6000, "the identifier is repeated once, as the activity's, not again in the detail");
    }

    [Fact]
    public void Attribute_floods_within_the_limit_take_time_linear_in_the_file()
    {
        static string Flood(int elements) => ImportToleranceTests.Activity(string.Concat(Enumerable.Repeat($"<x{Attributes(100)}/>", elements)));
        var small = Flood(500);
        var large = Flood(2000);
        IatiImport.ReadXml(small);

        var clock = Stopwatch.StartNew();
        IatiImport.ReadXml(small);
        var smallTime = clock.Elapsed;
        clock.Restart();
        IatiImport.ReadXml(large);
        var largeTime = clock.Elapsed;

        largeTime.Should().BeLessThan((smallTime * 4 * 3) + TimeSpan.FromMilliseconds(500), "four times the attributes take about four times as long, not sixteen");
    }
}
