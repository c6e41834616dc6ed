using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>Import and check read dates by one rule: <c>xsd:date</c> or <c>xsd:dateTime</c>, years 0001 to 9999.</summary>
public sealed class DateReadingTests
{
    private static IatiValidator RulesOnly { get; } = new(new IatiValidatorOptions(Support.Clock) { CheckSchema = false });

    private static string WithStart(string isoDate) =>
        ImportToleranceTests.Activity(string.Empty).Replace("iso-date=\"2020-01-01\"", $"iso-date=\"{isoDate}\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("2020-01-01garbage-trailing")]
    [InlineData("0000-01-01")]
    [InlineData("2020-01-01T")]
    [InlineData("2020-01-01+25:00")]
    public void The_importer_refuses_a_text_that_is_not_a_date(string text)
    {
        var activity = IatiImport.ReadXml(WithStart(text))[0];

        activity.Dates.Should().BeEmpty();
        activity.Problems.Should().Contain(p => p.Reason.Contains("is not a date", StringComparison.Ordinal) && p.Path.EndsWith("/@iso-date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2020-01-01garbage-trailing")]
    [InlineData("0000-01-01")]
    public void The_checker_finds_the_same_text_not_a_date_even_without_the_schema(string text)
    {
        var report = RulesOnly.ValidateXml(WithStart(text));

        report.Findings.Should().Contain(f => f.Detail != null && f.Detail.Contains("is not a date", StringComparison.Ordinal) && f.Path.EndsWith("/@iso-date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2020-01-01", 1)]
    [InlineData("2020-01-01Z", 1)]
    [InlineData("2020-01-01+01:00", 1)]
    [InlineData("2020-01-01T10:30:00", 1)]
    [InlineData("2020-01-01T10:30:00.125-05:00", 1)]
    [InlineData("9999-12-31", 31)]
    public void Dates_and_date_times_are_read_by_their_day(string text, int day)
    {
        var activity = IatiImport.ReadXml(WithStart(text))[0];

        activity.Dates.Single().Date.Day.Should().Be(day);
        RulesOnly.ValidateXml(WithStart(text)).Findings.Should().NotContain(f => f.Detail != null && f.Detail.Contains("is not a date", StringComparison.Ordinal));
    }
}
