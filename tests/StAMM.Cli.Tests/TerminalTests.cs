using System.Diagnostics;
using System.Text;

namespace StAMM.Cli.Tests;

/// <summary>
/// The real stamm process on a real pseudo-terminal (util-linux <c>script</c>), its output replayed on a small
/// terminal model: what a person would see on the screen.
/// </summary>
public sealed class TerminalTests : IDisposable
{
    private const string Result = "2026-011-BA-MoS\tneeds review\twarn BUD-DONOR-BALANCE";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stamm-pty-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void A_batch_on_a_terminal_shows_clean_result_lines_and_a_bar_drawn_at_most_ten_times_a_second()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/script") && File.Exists(Stamm.Executable), "needs util-linux script and the stamm executable");
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "requests")).FullName;
        for (var i = 0; i < 200; i++)
        {
            File.Copy(Samples.Request("review-workshop-ba.json"), Path.Combine(folder, $"r{i:D3}.json"));
        }

        var clock = Stopwatch.StartNew();
        var transcript = OnTerminal($"'{Stamm.Executable}' evaluate '{folder}' --as-of 2026-03-02");
        var elapsed = clock.Elapsed;

        var screen = Screen(transcript);
        screen.Where(l => l.Contains("BA-MoS", StringComparison.Ordinal)).Should().HaveCount(200).And.OnlyContain(l => l == Expanded(Result));
        screen.Should().Contain("200 requests: 0 eligible, 200 needs review, 0 ineligible, 0 unreadable, 0 not evaluated")
            .And.Contain("evaluated 200 of 200")
            .And.NotContain(l => l.Contains("done)", StringComparison.Ordinal), "the bar is cleared at the end");
        Occurrences(transcript, "done)").Should().BeLessThanOrEqualTo((int)(elapsed.TotalSeconds * 10) + 3);
    }

    private static string OnTerminal(string command)
    {
        var start = new ProcessStartInfo("/usr/bin/script", ["-qec", command, "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["TERM"] = "xterm";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>Replays the output on a terminal model (carriage return, line feed, tab, cursor up, erase line) and returns the screen's lines.</summary>
    private static List<string> Screen(string transcript)
    {
        var lines = new List<StringBuilder> { new() };
        var row = 0;
        var col = 0;
        for (var i = 0; i < transcript.Length; i++)
        {
            var c = transcript[i];
            if (c == '\u001b' && i + 1 < transcript.Length && transcript[i + 1] == '[')
            {
                var end = i + 2;
                while (end < transcript.Length && !char.IsAsciiLetter(transcript[end]))
                {
                    end++;
                }

                var parameter = transcript[(i + 2)..end].TrimStart('?');
                var count = int.TryParse(parameter, out var n) ? n : 0;
                switch (transcript[end])
                {
                    case 'K' when count == 2:
                        lines[row].Clear();
                        break;
                    case 'K':
                        lines[row].Length = Math.Min(lines[row].Length, col);
                        break;
                    case 'A':
                        row = Math.Max(0, row - Math.Max(1, count));
                        break;
                }

                i = end;
                continue;
            }

            switch (c)
            {
                case '\u001b':
                    i++;
                    break;
                case '\r':
                    col = 0;
                    break;
                case '\n':
                    row++;
                    if (row == lines.Count)
                    {
                        lines.Add(new StringBuilder());
                    }

                    break;
                case '\t':
                    col = ((col / 8) + 1) * 8;
                    break;
                default:
                    var line = lines[row];
                    if (line.Length <= col)
                    {
                        line.Append(' ', col - line.Length + 1);
                    }

                    line[col++] = c;
                    break;
            }
        }

        return [.. lines.Select(l => l.ToString().TrimEnd())];
    }

    private static string Expanded(string line)
    {
        var text = new StringBuilder();
        foreach (var c in line)
        {
            if (c == '\t')
            {
                text.Append(' ', 8 - (text.Length % 8));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
