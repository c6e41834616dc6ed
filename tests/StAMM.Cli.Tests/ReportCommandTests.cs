using System.Text.Json;

namespace StAMM.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private static readonly string Portfolio = Path.Combine(Samples.Root, "docs", "samples", "portfolio", "stamm-portfolio.json");

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stamm-report-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Out => Path.Combine(_dir.FullName, "out");

    [Fact]
    public void Report_writes_the_page_the_Markdown_the_JSON_a_CSV_per_table_and_the_charts()
    {
        var run = CliRun.Of("report", Portfolio, "--out", Out);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith($"Wrote ").And.Contain("report.html");
        foreach (var file in new[] { "report.html", "report.md", "report.json", "summary.csv", "activities-by-year-and-type.csv", "participants-by-country-and-sex.csv", "contributions.csv", "requests-by-decision.csv", "charts/activities-per-year-by-type.svg" })
        {
            File.Exists(Path.Combine(Out, file)).Should().BeTrue(file);
        }

        File.ReadAllText(Path.Combine(Out, "report.html")).Should().Contain("Kosovo*");
    }

    [Fact]
    public void A_period_and_a_donor_narrow_the_report_and_the_JSON_says_so()
    {
        var run = CliRun.Of("report", Portfolio, "--from", "2026-01-01", "--to", "2026-12-31", "--donor", "SEM", "--out", Out);

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "report.json")));
        var scope = json.RootElement.GetProperty("scope");
        scope.GetProperty("from").GetString().Should().Be("2026-01-01");
        scope.GetProperty("to").GetString().Should().Be("2026-12-31");
        scope.GetProperty("donor").GetProperty("organisation").GetProperty("acronym").GetString().Should().Be("SEM");
        json.RootElement.GetProperty("contributions").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void A_donor_is_found_by_its_name_in_any_case()
    {
        var run = CliRun.Of("report", Portfolio, "--donor", "swiss state SECRETARIAT for migration", "--out", Out);

        run.ExitCode.Should().Be(0, run.Error);
    }

    [Fact]
    public void An_unknown_donor_is_refused_naming_the_option_and_the_portfolio_s_donors()
    {
        var run = CliRun.Of("report", Portfolio, "--donor", "Nobody", "--out", Out);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--donor: no donor of the portfolio is named 'Nobody'").And.Contain("SEM");
        Directory.Exists(Out).Should().BeFalse("nothing is written for a wrong command line");
    }

    [Fact]
    public void A_day_that_is_not_a_date_is_refused_naming_the_option()
    {
        var run = CliRun.Of("report", Portfolio, "--from", "2026-13-01", "--out", Out);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--from: '2026-13-01' is not a date");
    }

    [Fact]
    public void Reversed_days_are_refused()
    {
        var run = CliRun.Of("report", Portfolio, "--from", "2026-12-31", "--to", "2026-01-01", "--out", Out);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--to: 2026-01-01 is before the first day reported (2026-12-31)");
    }

    [Fact]
    public void A_country_and_a_theme_narrow_the_report()
    {
        var run = CliRun.Of("report", Portfolio, "--country", "xk", "--theme", "asylum", "--out", Out);

        run.ExitCode.Should().Be(0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "report.json")));
        json.RootElement.GetProperty("scope").GetProperty("country").GetString().Should().Be("XK");
        json.RootElement.GetProperty("scope").GetProperty("theme").GetString().Should().Be("asylum");
    }

    [Fact]
    public void An_unknown_country_or_theme_is_refused_naming_the_option()
    {
        CliRun.Of("report", Portfolio, "--country", "ZZZ", "--out", Out).Error.Should().Contain("--country: 'ZZZ' is not a country code");
        CliRun.Of("report", Portfolio, "--theme", "7", "--out", Out).Error.Should().Contain("--theme: '7' is not a theme");
    }

    [Fact]
    public void The_folder_is_required()
    {
        var run = CliRun.Of("report", Portfolio);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--out");
    }

    [Fact]
    public void A_portfolio_that_cannot_be_read_is_refused()
    {
        var run = CliRun.Of("report", Path.Combine(_dir.FullName, "missing.json"), "--out", Out);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("missing.json");
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_exit_code_3()
    {
        var blocker = Path.Combine(_dir.FullName, "file");
        File.WriteAllText(blocker, "not a folder");

        var run = CliRun.Of("report", Portfolio, "--out", Path.Combine(blocker, "out"));

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("--out:");
    }
}
