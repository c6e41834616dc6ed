using System.Text.Json;

namespace StAMM.Cli.Tests;

public sealed class EvaluateCommandTests : IDisposable
{
    private const string AsOf = "2026-03-02";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stamm-evaluate-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string FileWith(string name, string content)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void An_eligible_request_exits_0()
    {
        var run = CliRun.Of("evaluate", Samples.Request("eligible-online-workshop-rs.json"), "--as-of", AsOf);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Decision:       eligible").And.Contain("Rule set:       StAMM eligibility 2026.2, evaluated on 2026-03-02");
    }

    [Fact]
    public void A_request_that_needs_review_exits_10_and_shows_expected_and_actual_of_each_finding()
    {
        var run = CliRun.Of("evaluate", Samples.Request("review-study-visit-mk.json"), "--as-of", AsOf);

        run.ExitCode.Should().Be(10);
        run.Output.Should().Contain("WARN  ACT-LEAD-TIME").And.Contain("expected 60 days; actual 49 days");
    }

    [Fact]
    public void A_warning_of_a_blocking_rule_reads_as_sending_the_request_to_review() =>
        CliRun.Of("evaluate", Samples.Request("review-study-visit-mk.json"), "--as-of", AsOf).Output
            .Should().Contain("  WARN  ACT-LEAD-TIME                   The lead time of 49 days is below the usual 60 days; a person must confirm it can be organised.\n        sends to review; expected 60 days; actual 49 days\n")
            .And.NotContain("blocks;");

    [Fact]
    public void A_failure_of_a_blocking_rule_reads_as_making_the_request_ineligible() =>
        CliRun.Of("evaluate", Samples.Request("ineligible-equipment-me.json"), "--as-of", AsOf).Output
            .Should().Contain("        makes it ineligible; expected 21 days; actual 14 days\n");

    [Fact]
    public void Each_finding_prints_its_remedy_under_it() =>
        CliRun.Of("evaluate", Samples.Request("review-study-visit-mk.json"), "--as-of", AsOf).Output
            .Should().Contain("        sends to review; expected 3 participants; actual 4 participants\n        remedy: Send at most 3 participants; otherwise a person reviews the justification.\n");

    [Fact]
    public void Enum_values_print_as_words_in_the_text_output() =>
        CliRun.Of("evaluate", Samples.Request("ineligible-equipment-me.json"), "--as-of", AsOf).Output
            .Should().Contain("The format (equipment supply) is not a short-term technical-assistance format");

    [Fact]
    public void An_ineligible_request_exits_11()
    {
        var run = CliRun.Of("evaluate", Samples.Request("ineligible-equipment-me.json"), "--as-of", AsOf);

        run.ExitCode.Should().Be(11);
        run.Output.Should().Contain("FAIL  ACT-TYPE-ALLOWED");
    }

    [Fact]
    public void The_trace_is_grouped_by_stage_in_evaluation_order()
    {
        var output = CliRun.Of("evaluate", Samples.Request("eligible-online-workshop-rs.json"), "--as-of", AsOf).Output;

        var stages = new[] { "\nAdmissibility\n", "\nScope\n", "\nTiming\n", "\nFormat\n", "\nMoney\n", "\nDuplication\n", "\nReporting\n" }
            .Select(s => output.ReplaceLineEndings("\n").IndexOf(s, StringComparison.Ordinal)).ToList();

        stages.Should().NotContain(-1).And.BeInAscendingOrder();
    }

    [Fact]
    public void The_as_of_date_changes_the_time_left_to_prepare_not_the_lead_time()
    {
        var run = CliRun.Of("evaluate", Samples.Request("review-workshop-ba.json"), "--as-of", "2026-05-30");

        run.ExitCode.Should().Be(10);
        run.Output.Should().Contain("Only 10 days are left to prepare from the day of evaluation").And.NotContain("The lead time of 10 days");
    }

    [Fact]
    public void Without_as_of_the_day_of_evaluation_is_today()
    {
        var today = NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date;

        var run = CliRun.Of("evaluate", Samples.Request("review-workshop-ba.json"));

        run.Output.Should().Contain($"evaluated on {NodaTime.Text.LocalDatePattern.Iso.Format(today)}");
    }

    [Fact]
    public void A_malformed_as_of_date_exits_2() => CliRun.Of("evaluate", Samples.Request("review-workshop-ba.json"), "--as-of", "02.03.2026").ExitCode.Should().Be(2);

    [Fact]
    public void The_json_format_prints_the_decision_document()
    {
        var run = CliRun.Of("evaluate", Samples.Request("review-study-visit-mk.json"), "--as-of", AsOf, "--format", "json");

        run.ExitCode.Should().Be(10);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        root.GetProperty("kind").GetString().Should().Be("decision");
        root.GetProperty("decision").GetString().Should().Be("needsReview");
        root.GetProperty("request").GetString().Should().Be("2026-014-MK-MoI");
        root.GetProperty("outcomes").EnumerateArray().Where(o => o.GetProperty("status").GetString() == "warn").Select(o => o.GetProperty("code").GetString())
            .Should().BeEquivalentTo(["ACT-LEAD-TIME", "ACT-STUDYVISIT-PARTICIPANTS", "BUD-DONOR-BALANCE"]);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var run = CliRun.Of("evaluate", Path.Combine(_dir.FullName, "nothing.json"), "--as-of", AsOf);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("cannot be read");
    }

    [Fact]
    public void A_file_that_is_not_json_exits_2() =>
        CliRun.Of("evaluate", FileWith("letter.json", "Dear StAMM team,"), "--as-of", AsOf).ExitCode.Should().Be(2);

    [Fact]
    public void An_invalid_request_exits_2_and_prints_its_problems_with_their_paths()
    {
        var json = File.ReadAllText(Samples.Request("review-workshop-ba.json")).Replace("\"activityType\": \"workshop\"", "\"activityType\": \"hackathon\"", StringComparison.Ordinal);

        var run = CliRun.Of("evaluate", FileWith("bad.json", json), "--as-of", AsOf);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("$.activityType: 'hackathon' is not a known activity type");
    }

    [Fact]
    public void A_rule_set_file_replaces_the_built_in_rules()
    {
        var rules = CliRun.Of("rules", "list", "--format", "json").Output.Replace("\"number\": 60", "\"number\": 40", StringComparison.Ordinal);

        var run = CliRun.Of("evaluate", Samples.Request("review-study-visit-mk.json"), "--as-of", AsOf, "--rules", FileWith("rules.json", rules));

        run.ExitCode.Should().Be(10);
        run.Output.Should().Contain("pass  ACT-LEAD-TIME");
    }

    [Fact]
    public void A_rule_set_not_in_force_on_the_submission_day_exits_2_with_a_clear_message()
    {
        var rules = CliRun.Of("rules", "list", "--format", "json").Output.Replace("\"inForceFrom\": \"2018-12-01\"", "\"inForceFrom\": \"2027-01-01\"", StringComparison.Ordinal);

        var run = CliRun.Of("evaluate", Samples.Request("review-workshop-ba.json"), "--as-of", AsOf, "--rules", FileWith("future.json", rules));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("2026-011-BA-MoS: cannot be evaluated: StAMM eligibility 2026.2 (2027-01-01/..) is not in force on 2026-03-02");
    }

    [Fact]
    public void An_invalid_rule_set_file_exits_2_with_its_problems()
    {
        var rules = CliRun.Of("rules", "list", "--format", "json").Output.Replace("\"kind\": \"leadTime\"", "\"kind\": \"leadTimeV2\"", StringComparison.Ordinal);

        var run = CliRun.Of("evaluate", Samples.Request("review-workshop-ba.json"), "--as-of", AsOf, "--rules", FileWith("bad-rules.json", rules));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("'leadTimeV2' is not a known rule kind");
    }

    [Fact]
    public void The_samples_are_evaluated_with_each_decision()
    {
        var run = CliRun.Of("evaluate", "--sample");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("== sample eligible-online-workshop-rs.json").And.Contain("Decision:       eligible")
            .And.Contain("Decision:       needs review").And.Contain("Decision:       ineligible");
    }

    [Fact]
    public void The_samples_as_json_are_one_decision_document_per_line()
    {
        var lines = CliRun.Of("evaluate", "--sample", "--format", "json").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("decision").GetString())
            .Should().Equal("eligible", "ineligible", "needsReview", "needsReview", "needsReview");
    }

    [Fact]
    public void A_folder_is_evaluated_as_a_batch_with_a_line_per_request_and_a_summary()
    {
        foreach (var file in Directory.GetFiles(Samples.RequestsFolder, "*.json"))
        {
            File.Copy(file, Path.Combine(_dir.FullName, Path.GetFileName(file)));
        }

        var run = CliRun.Of("evaluate", _dir.FullName, "--as-of", AsOf);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("2026-012-RS-KIRS\teligible\t-")
            .And.Contain("2026-014-MK-MoI\tneeds review\twarn ACT-LEAD-TIME,ACT-STUDYVISIT-PARTICIPANTS,BUD-DONOR-BALANCE")
            .And.Contain("5 requests: 1 eligible, 3 needs review, 1 ineligible, 0 unreadable");
        run.Error.Should().Contain("evaluated 5 of 5");
    }

    [Fact]
    public void A_batch_with_an_unreadable_request_exits_2_and_counts_it()
    {
        File.Copy(Samples.Request("review-workshop-ba.json"), Path.Combine(_dir.FullName, "a.json"));
        FileWith("b.json", "{ not json");

        var run = CliRun.Of("evaluate", _dir.FullName, "--as-of", AsOf);

        run.ExitCode.Should().Be(2);
        run.Output.Should().Contain("b.json\tunreadable\t").And.Contain("2 requests: 0 eligible, 1 needs review, 0 ineligible, 1 unreadable");
    }

    [Fact]
    public void A_json_lines_file_is_evaluated_line_by_line()
    {
        var lines = new[] { "eligible-online-workshop-rs.json", "ineligible-equipment-me.json" }
            .Select(f => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Samples.Request(f))).RootElement));
        var path = FileWith("requests.jsonl", string.Join("\n", lines) + "\n\n");

        var run = CliRun.Of("evaluate", path, "--as-of", AsOf);

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("2026-012-RS-KIRS\teligible").And.Contain("2026-019-ME-Police\tineligible\tfail ")
            .And.Contain("2 requests: 1 eligible, 0 needs review, 1 ineligible, 0 unreadable");
    }

    [Fact]
    public void A_json_lines_file_with_a_broken_line_names_the_line()
    {
        var path = FileWith("requests.jsonl", JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Samples.Request("review-workshop-ba.json"))).RootElement) + "\n{\"kind\": \"request\"}\n");

        var run = CliRun.Of("evaluate", path, "--as-of", AsOf);

        run.ExitCode.Should().Be(2);
        run.Output.Should().Contain("line 2\tunreadable\t");
    }

    [Fact]
    public void Evaluate_without_a_request_or_sample_exits_2() => CliRun.Of("evaluate").ExitCode.Should().Be(2);

    [Fact]
    public void An_as_of_day_before_the_submission_is_refused_naming_both_days()
    {
        var run = CliRun.Of("evaluate", Samples.Request("review-workshop-ba.json"), "--as-of", "2026-01-01");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be("2026-011-BA-MoS: cannot be evaluated: the day of evaluation 2026-01-01 is before the request was submitted on 2026-03-02.\n");
    }

    [Fact]
    public void An_as_of_day_outside_the_rule_sets_force_is_refused_with_a_clear_message()
    {
        var rules = CliRun.Of("rules", "list", "--format", "json").Output
            .Replace("\"inForceFrom\": \"2018-12-01\"", "\"inForceFrom\": \"2018-12-01\", \"inForceUntil\": \"2026-04-30\"", StringComparison.Ordinal);

        var run = CliRun.Of("evaluate", Samples.Request("review-workshop-ba.json"), "--as-of", "2026-05-01", "--rules", FileWith("until-april.json", rules));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("2026-011-BA-MoS: cannot be evaluated: StAMM eligibility 2026.2 (2018-12-01/2026-04-30) is not in force on 2026-05-01, the day of evaluation.\n");
    }

    [Fact]
    public void A_sample_with_an_as_of_day_before_its_submission_is_refused()
    {
        var run = CliRun.Of("evaluate", "--sample", "--as-of", "2020-01-01");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("cannot be evaluated: the day of evaluation 2020-01-01 is before the request was submitted on");
    }
}
