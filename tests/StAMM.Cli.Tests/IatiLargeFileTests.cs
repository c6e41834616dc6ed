using System.Globalization;
using System.Text;

namespace StAMM.Cli.Tests;

/// <summary>
/// <c>check iati</c> and <c>import iati</c> on a large file: progress on a terminal only, and a clean stop on Ctrl+C
/// (the console's cancellation) with exit 130 and no --out file.
/// </summary>
public sealed class IatiLargeFileTests : IDisposable
{
    private const int Activities = 3_000;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("stamm-iati-large-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("check")]
    [InlineData("import")]
    public void A_run_cancelled_before_it_starts_exits_130_and_writes_no_out_file(string verb)
    {
        var output = Path.Combine(_folder.FullName, "out.txt");
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var run = Run(new MemoryStream(LargeFile()), stop.Token, verb, "iati", "-", "--out", output);

        run.ExitCode.Should().Be(130, run.Error);
        run.Error.Should().Contain("cancelled");
        File.Exists(output).Should().BeFalse();
        _folder.GetFiles().Should().BeEmpty("no temporary file is left behind either");
    }

    [Theory]
    [InlineData("check", "text")]
    [InlineData("check", "json")]
    [InlineData("import", "text")]
    [InlineData("import", "json")]
    public void A_run_cancelled_half_way_through_the_file_stops_with_130_and_writes_no_out_file(string verb, string format)
    {
        var output = Path.Combine(_folder.FullName, "out.txt");
        var file = LargeFile();
        using var stop = new CancellationTokenSource();
        var input = new CancellingStream(file, file.Length / 2, stop);

        var run = Run(input, stop.Token, verb, "iati", "-", "--format", format, "--out", output);

        run.ExitCode.Should().Be(130, run.Error);
        input.ReadUpTo.Should().BeLessThan(file.Length, "reading stopped before the end of the file");
        File.Exists(output).Should().BeFalse();
        _folder.GetFiles().Should().BeEmpty();
    }

    [Theory]
    [InlineData("check", 1)]
    [InlineData("import", 0)]
    public void The_same_run_not_cancelled_writes_the_out_file_whole(string verb, int exitCode)
    {
        var output = Path.Combine(_folder.FullName, "out.txt");

        var run = Run(new MemoryStream(LargeFile()), CancellationToken.None, verb, "iati", "-", "--out", output);

        run.ExitCode.Should().Be(exitCode, run.Error);
        File.ReadAllText(output).Should().Contain(string.Create(CultureInfo.InvariantCulture, $"{Activities} activities"));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("import")]
    public void On_a_terminal_the_progress_names_activities_megabytes_and_rate_and_is_cleared(string verb)
    {
        var path = Path.Combine(_folder.FullName, "large.xml");
        File.WriteAllBytes(path, LargeFile());

        var run = CliRun.OnTerminal(false, verb, "iati", path);

        run.Error.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"{Activities:N0} activities"))
            .And.Contain("MB, ").And.Contain("/s").And.Contain("100%");
    }

    [Theory]
    [InlineData("check")]
    [InlineData("import")]
    public void Without_a_terminal_nothing_but_the_result_is_written(string verb)
    {
        var path = Path.Combine(_folder.FullName, "large.xml");
        File.WriteAllBytes(path, LargeFile());

        CliRun.Of(verb, "iati", path).Error.Should().BeEmpty();
    }

    private static CliRun Run(Stream input, CancellationToken cancellation, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = StammConsole.Of(output, error, () => input) with { Cancellation = cancellation };
        var code = StammCli.Run(args, console);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>A file of <see cref="Activities"/> small activities, each with a warning of the checker (an unknown org-id prefix).</summary>
    private static byte[] LargeFile()
    {
        var xml = new StringBuilder("<iati-activities version=\"2.03\">\n");
        for (var i = 0; i < Activities; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""
                  <iati-activity default-currency="EUR" xml:lang="en">
                    <iati-identifier>XI-EXAMPLE-A{i}</iati-identifier>
                    <reporting-org ref="XI-EXAMPLE" type="10"><narrative>Example</narrative></reporting-org>
                    <title><narrative>Activity {i}</narrative></title>
                    <activity-status code="2"/>
                    <activity-date type="2" iso-date="2020-01-01"/>
                    <recipient-country code="ME"/>
                    <sector code="15190"/>
                  </iati-activity>

                """);
        }

        return Encoding.UTF8.GetBytes(xml.Append("</iati-activities>\n").ToString());
    }

    /// <summary>Standard input that cancels the run (as Ctrl+C does) once the reader has read past a given byte.</summary>
    private sealed class CancellingStream(byte[] bytes, long cancelAt, CancellationTokenSource stop) : MemoryStream(bytes, writable: false)
    {
        /// <summary>How far the reader read, still known once the stream is closed.</summary>
        public long ReadUpTo { get; private set; }

        // MemoryStream's span overload calls this one in a derived class.
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= cancelAt)
            {
                stop.Cancel();
            }

            var read = base.Read(buffer, offset, Math.Min(count, 4096));
            ReadUpTo = Position;
            return read;
        }
    }
}
