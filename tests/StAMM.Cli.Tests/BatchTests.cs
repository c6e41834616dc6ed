using System.Text.Json;

namespace StAMM.Cli.Tests;

/// <summary>Batches (a folder, a JSON Lines file): bounded memory, one line per request whatever it does, and a progress that never garbles a terminal.</summary>
public sealed class BatchTests : IDisposable
{
    private const string AsOf = "2026-03-02";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stamm-batch-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_dir.FullName, name);

    private static string RequestLine(string sample) =>
        JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(Samples.Request(sample))).RootElement);

    /// <summary>A file of <paramref name="bytes"/> bytes that are not JSON, made without writing them (sparse).</summary>
    private string HugeFile(string name, long bytes)
    {
        var path = PathOf(name);
        using var file = new FileStream(path, FileMode.CreateNew);
        file.SetLength(bytes);
        return path;
    }

    private static (CliRun Run, long Allocated) Measured(params string[] args)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var run = CliRun.Of(args);
        return (run, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_json_lines_line_over_the_document_limit_is_that_lines_problem_and_the_batch_goes_on()
    {
        const long hundredMegabytes = 100L * 1024 * 1024;
        var path = HugeFile("requests.jsonl", hundredMegabytes);
        File.AppendAllText(path, "\n" + RequestLine("review-workshop-ba.json") + "\n");

        var (run, allocated) = Measured("evaluate", path, "--as-of", AsOf);

        run.ExitCode.Should().Be(2);
        run.Output.Should().Contain("line 1\tunreadable\t").And.Contain("json-too-large")
            .And.Contain("2026-011-BA-MoS\tneeds review")
            .And.Contain("2 requests: 0 eligible, 1 needs review, 0 ineligible, 1 unreadable");
        allocated.Should().BeLessThan(hundredMegabytes, "a line is kept only up to the document limit, the file is never read whole");
    }

    [Fact]
    public void A_folder_file_over_the_document_limit_is_that_files_problem_and_the_batch_goes_on()
    {
        const long hundredMegabytes = 100L * 1024 * 1024;
        HugeFile("a-huge.json", hundredMegabytes);
        File.Copy(Samples.Request("review-workshop-ba.json"), PathOf("b.json"));

        var (run, allocated) = Measured("evaluate", _dir.FullName, "--as-of", AsOf);

        run.ExitCode.Should().Be(2);
        run.Output.Should().Contain("a-huge.json\tunreadable\t").And.Contain("json-too-large")
            .And.Contain("2 requests: 0 eligible, 1 needs review, 0 ineligible, 1 unreadable");
        allocated.Should().BeLessThan(hundredMegabytes, "each file is read through the size-limited stream reader, never whole");
    }

    [Fact]
    public void A_reader_that_throws_never_aborts_a_batch()
    {
        var broken = RequestLine("review-workshop-ba.json").Replace("\"title\":\"", "\"title\":\"\\ud800", StringComparison.Ordinal);
        var path = PathOf("requests.jsonl");
        File.WriteAllText(path, broken + "\n" + RequestLine("eligible-online-workshop-rs.json") + "\n");

        var run = CliRun.Of("evaluate", path, "--as-of", AsOf);

        run.ExitCode.Should().Be(2);
        run.Output.Should().Contain("line 1\tunreadable\t").And.Contain("2026-012-RS-KIRS\teligible")
            .And.Contain("2 requests: 1 eligible, 0 needs review, 0 ineligible, 1 unreadable");
        run.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void A_single_request_whose_reader_throws_exits_2_without_a_trace()
    {
        var path = PathOf("broken.json");
        File.WriteAllText(path, RequestLine("review-workshop-ba.json").Replace("\"title\":\"", "\"title\":\"\\ud800", StringComparison.Ordinal));

        var run = CliRun.Of("evaluate", path, "--as-of", AsOf);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith(path + ": ").And.NotContain("   at ");
    }

    [Fact]
    public void A_request_submitted_after_the_day_of_evaluation_is_not_evaluated_and_the_batch_goes_on()
    {
        var path = PathOf("requests.jsonl");
        File.WriteAllText(path, RequestLine("review-workshop-ba.json") + "\n" + RequestLine("eligible-online-workshop-rs.json") + "\n");

        var run = CliRun.Of("evaluate", path, "--as-of", "2026-03-01");

        run.ExitCode.Should().Be(2);
        run.Output.Should().Contain("2026-011-BA-MoS\tnot evaluated\tthe day of evaluation 2026-03-01 is before the request was submitted on 2026-03-02.")
            .And.Contain("0 unreadable, 2 not evaluated");
    }

    [Fact]
    public void Without_a_terminal_the_progress_is_the_final_line_only()
    {
        File.Copy(Samples.Request("review-workshop-ba.json"), PathOf("a.json"));

        var run = CliRun.Of("evaluate", _dir.FullName, "--as-of", AsOf);

        run.Error.Should().Be("evaluated 1 of 1\n");
    }

    [Fact]
    public void On_a_terminal_the_bar_is_drawn_at_most_ten_times_a_second_and_cleared()
    {
        CopySample(300);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = CliRun.OnTerminal(outputToo: false, "evaluate", _dir.FullName, "--as-of", AsOf);

        var draws = Count(run.Error, "done)");
        draws.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo((int)(clock.Elapsed.TotalSeconds * 10) + 3);
        run.Output.Split('\n').Count(l => l.Contains("\tneeds review\t", StringComparison.Ordinal)).Should().Be(300);
        run.Output.Should().NotContain("\u001b").And.NotContain("done)");
        run.Error.Should().EndWith("evaluated 300 of 300\n");
    }

    [Fact]
    public void When_output_is_the_same_terminal_results_are_written_above_the_bar()
    {
        CopySample(300);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = CliRun.OnTerminal(outputToo: true, "evaluate", _dir.FullName, "--as-of", AsOf);

        var draws = Count(run.Output, "done)");
        draws.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo((int)(clock.Elapsed.TotalSeconds * 10) + 3);
        Count(run.Output, "2026-011-BA-MoS").Should().Be(300);
        run.Error.Should().Be("evaluated 300 of 300\n", "the bar is on the terminal of the results, not written between them");
    }

    private void CopySample(int count)
    {
        for (var i = 0; i < count; i++)
        {
            File.Copy(Samples.Request("review-workshop-ba.json"), PathOf($"r{i:D4}.json"));
        }
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
