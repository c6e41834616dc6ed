using System.Text.Json;

namespace StAMM.Cli.Tests;

public sealed class PortfolioCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(Samples.Root, "docs", "samples", "portfolio", "stamm-portfolio.json");

    private static readonly string CostedRequest = Samples.Request("portfolio-costed-training-al.json");

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stamm-portfolio-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string FileWith(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Check_passes_on_the_sample_portfolio()
    {
        var run = CliRun.Of("portfolio", "check", Sample);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("valid; 36 cases").And.MatchRegex(@"(\d+) of \1 decisions reproduce");
    }

    [Fact]
    public void Check_lists_a_decision_that_does_not_reproduce_and_exits_1()
    {
        var tampered = File.ReadAllText(Sample).Replace("\"decision\": \"eligible\"", "\"decision\": \"ineligible\"", StringComparison.Ordinal);

        var run = CliRun.Of("portfolio", "check", FileWith("tampered.json", tampered));

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("not reproduced  $.events[1].decision.decision");
    }

    [Fact]
    public void Check_of_a_file_that_is_not_JSON_exits_2() =>
        CliRun.Of("portfolio", "check", FileWith("broken.json", "{ not json")).ExitCode.Should().Be(2);

    [Fact]
    public void Show_prints_each_contribution_with_amount_committed_spent_and_available()
    {
        var run = CliRun.Of("portfolio", "show", Sample);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Swiss State Secretariat for Migration").And.Contain("100000.00 CHF / ").And.Contain("Open requests   5");
        run.Output.Should().MatchRegex(@"closed\s+\d+\s+2024-");
    }

    [Fact]
    public void Show_as_of_a_past_day_shows_the_portfolio_as_it_stood()
    {
        var run = CliRun.Of("portfolio", "show", Sample, "--as-of", "2024-01-31", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("events").GetInt32().Should().Be(0);
        json.RootElement.GetProperty("contributions")[1].GetProperty("available").GetProperty("amount").GetDecimal().Should().Be(50_000m);
    }

    [Fact]
    public void Show_keeps_an_unknown_amount_unknown()
    {
        // The built-in project's own contributions, whose amounts the public record does not state.
        var text = File.ReadAllText(Sample);
        using var sample = JsonDocument.Parse(text);
        var own = sample.RootElement.GetProperty("project").GetProperty("contributions").GetRawText();
        var start = text.IndexOf("\n  \"contributions\": [", StringComparison.Ordinal);
        var end = text.IndexOf("\n  ],", start, StringComparison.Ordinal) + "\n  ],".Length;
        var unknown = text[..start] + "\n  \"contributions\": " + own + "," + text[end..];
        var noEvents = unknown[..unknown.IndexOf(",\n  \"events\": [", StringComparison.Ordinal)] + "\n}\n";

        var run = CliRun.Of("portfolio", "show", FileWith("unknown.json", noEvents));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("unknown / unknown / unknown / unknown").And.NotContain(" 0.00");
    }

    [Fact]
    public void A_costed_request_is_eligible_against_the_sample_portfolio()
    {
        var run = CliRun.Of("evaluate", CostedRequest, "--portfolio", Sample, "--as-of", "2026-02-16");

        run.ExitCode.Should().Be(0, run.Output + run.Error);
        run.Output.Should().Contain("Decision:       eligible").And.Contain("pass  BUD-DONOR-BALANCE");
    }

    [Fact]
    public void Without_the_portfolio_the_same_request_is_sent_to_review_for_an_unknown_balance()
    {
        var run = CliRun.Of("evaluate", CostedRequest, "--as-of", "2026-02-16");

        run.ExitCode.Should().Be(10);
        run.Output.Should().Contain("WARN  BUD-DONOR-BALANCE");
    }

    [Fact]
    public void A_batch_is_evaluated_against_the_portfolio_too()
    {
        var folder = _dir.CreateSubdirectory("batch");
        File.Copy(CostedRequest, Path.Combine(folder.FullName, "costed.json"));

        var run = CliRun.Of("evaluate", folder.FullName, "--portfolio", Sample, "--as-of", "2026-02-16");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("2026-041-AL\teligible");
    }

    [Fact]
    public void Rules_and_portfolio_are_not_given_together() =>
        CliRun.Of("evaluate", CostedRequest, "--portfolio", Sample, "--rules", Path.Combine(Samples.Root, "docs", "samples", "rule-sets", "stamm-eligibility-2026.1.json"))
            .Error.Should().Contain("either --rules or --portfolio");

    [Fact]
    public void A_request_submitted_before_every_rule_set_version_of_the_portfolio_is_not_evaluated()
    {
        var old = File.ReadAllText(CostedRequest).Replace("\"submitted\": \"2026-02-16", "\"submitted\": \"2017-02-16", StringComparison.Ordinal);

        var run = CliRun.Of("evaluate", FileWith("old.json", old), "--portfolio", Sample, "--as-of", "2026-02-16");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("no rule-set version of the portfolio is in force on 2017-02-16");
    }

    [Fact]
    public void An_invalid_portfolio_is_reported_with_its_problems_and_exits_2()
    {
        var invalid = File.ReadAllText(Sample).Replace("\"contribution\": 1,", "\"contribution\": 5,", StringComparison.Ordinal);

        var run = CliRun.Of("evaluate", CostedRequest, "--portfolio", FileWith("invalid.json", invalid));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("not a valid portfolio document").And.Contain("contribution-not-in-portfolio");
    }
}
