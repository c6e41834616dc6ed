using System.Diagnostics;
using System.Runtime.Versioning;
using StAMM.Cli.Io;

namespace StAMM.Cli.Tests;

/// <summary>The CLI meets a real file system: every I/O failure is one line and a documented exit code, never a stack trace.</summary>
public sealed class FileSystemTests : IDisposable
{
    private const string Org = "XI-EXAMPLE-ICMPD";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("stamm-fs-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_dir.FullName, name);

    private static void ShouldBeOneLineWithoutTrace(string error)
    {
        error.Should().NotContain("   at ").And.NotContain("Exception");
        error.TrimEnd('\n').Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Out_to_a_missing_folder_is_one_line_and_exit_3()
    {
        var run = CliRun.Of("export", "iati", "--reporting-org", Org, "--out", PathOf("missing/stamm.xml"));

        run.ExitCode.Should().Be(StammCli.CannotWrite);
        run.Error.Should().Contain("cannot be written: the folder").And.Contain("does not exist");
        ShouldBeOneLineWithoutTrace(run.Error);
    }

    [Fact]
    public void Out_to_a_folder_is_one_line_and_exit_3()
    {
        var run = CliRun.Of("export", "iati", "--reporting-org", Org, "--out", _dir.FullName);

        run.ExitCode.Should().Be(StammCli.CannotWrite);
        run.Error.Should().Be($"{_dir.FullName}: cannot be written: it is a folder.\n");
    }

    [Fact]
    public void Out_to_a_full_device_is_one_line_and_exit_3()
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "needs /dev/full");

        var run = CliRun.Of("export", "iati", "--reporting-org", Org, "--out", "/dev/full");

        run.ExitCode.Should().Be(StammCli.CannotWrite);
        run.Error.Should().Be("/dev/full: cannot be written: No space left on device.\n");
    }

    [Fact]
    public void Out_to_an_immutable_file_leaves_it_untouched_and_exits_3()
    {
        var file = PathOf("immutable.xml");
        File.WriteAllText(file, "old");
        Assert.SkipUnless(Run("chattr", "+i", file) == 0, "needs chattr on a file system that supports it");
        try
        {
            var run = CliRun.Of("export", "iati", "--reporting-org", Org, "--out", file);

            run.ExitCode.Should().Be(StammCli.CannotWrite);
            run.Error.Should().Be($"{file}: cannot be written: permission denied.\n");
        }
        finally
        {
            Run("chattr", "-i", file);
        }

        File.ReadAllText(file).Should().Be("old");
        _dir.GetFiles().Select(f => f.Name).Should().Equal("immutable.xml");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Out_to_a_read_only_file_leaves_it_untouched_and_exits_3()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows() || Environment.UserName == "root", "needs Unix modes, which root bypasses");
        var file = PathOf("read-only.xml");
        File.WriteAllText(file, "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead);

        var run = CliRun.Of("export", "iati", "--reporting-org", Org, "--out", file);

        run.ExitCode.Should().Be(StammCli.CannotWrite);
        File.ReadAllText(file).Should().Be("old");
    }

    [Fact]
    public void Out_replaces_an_existing_file_whole_and_leaves_no_temporary_file()
    {
        var file = PathOf("stamm.xml");
        File.WriteAllText(file, new string('x', 1_000_000));

        var run = CliRun.Of("export", "iati", "--reporting-org", Org, "--out", file);

        run.ExitCode.Should().Be(0);
        File.ReadAllText(file).Should().StartWith("<?xml").And.EndWith("</iati-activities>");
        _dir.GetFiles().Select(f => f.Name).Should().Equal("stamm.xml");
    }

    [Fact]
    public void A_write_that_fails_part_way_leaves_the_old_file_untouched_and_no_temporary_file()
    {
        var file = PathOf("stamm.xml");
        File.WriteAllText(file, "old content");

        var written = OutputFile.TryWrite(
            file,
            stream =>
            {
                stream.Write("<iati-activities>"u8);
                throw new IOException("No space left on device");
            },
            out var reason);

        written.Should().BeFalse();
        reason.Should().Be("No space left on device.");
        File.ReadAllText(file).Should().Be("old content");
        _dir.GetFiles().Select(f => f.Name).Should().Equal("stamm.xml");
    }

    [Fact]
    public void A_full_standard_output_is_one_line_and_exit_3()
    {
        var run = CliRun.WithFullOutput("project", "show");

        run.ExitCode.Should().Be(StammCli.CannotWrite);
        run.Error.Should().Be("stamm: standard output cannot be written: No space left on device.\n");
    }

    [Theory]
    [InlineData("> /dev/full", "No space left on device")]
    [InlineData(">&-", "Bad file descriptor")]
    public void A_full_or_closed_standard_output_of_the_process_is_one_line_and_exit_3(string redirection, string reason)
    {
        Assert.SkipUnless(File.Exists("/dev/full") && File.Exists(Stamm.Executable), "needs a Unix shell and the stamm executable");

        var (code, error) = Stamm.InShell($"project show {redirection}");

        code.Should().Be(StammCli.CannotWrite);
        error.Should().Be($"stamm: standard output cannot be written: {reason}.\n");
    }

    [Fact]
    public void A_closed_standard_error_leaves_the_exit_code_to_tell()
    {
        Assert.SkipUnless(File.Exists("/dev/full") && File.Exists(Stamm.Executable), "needs a Unix shell and the stamm executable");

        var (code, _) = Stamm.InShell($"validate '{PathOf("missing.json")}' 2>&-");

        code.Should().Be(2);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("check")]
    public void An_IATI_file_that_no_user_may_open_is_one_line_and_exit_2(string verb)
    {
        // A write-only sysfs attribute: opening it for reading is refused to every user, root included.
        const string writeOnly = "/sys/bus/pci/rescan";
        Assert.SkipUnless(File.Exists(writeOnly), "needs sysfs with PCI");

        var run = CliRun.Of(verb, "iati", writeOnly);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"{writeOnly}: cannot be read: permission denied.\n");
    }

    [Theory]
    [InlineData("import")]
    [InlineData("check")]
    [UnsupportedOSPlatform("windows")]
    public void An_IATI_file_the_user_may_not_read_is_one_line_and_exit_2(string verb)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows() || Environment.UserName == "root", "needs Unix modes, which root bypasses");
        var file = PathOf("secret.xml");
        File.WriteAllText(file, "<iati-activities/>");
        File.SetUnixFileMode(file, UnixFileMode.None);

        var run = CliRun.Of(verb, "iati", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"{file}: cannot be read: permission denied.\n");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("evaluate")]
    [InlineData("import iati")]
    [InlineData("check iati")]
    [InlineData("rules list --rules")]
    public void Every_command_says_the_same_of_a_missing_file(string command)
    {
        var missing = PathOf("nothing-here.json");

        var run = CliRun.Of([.. command.Split(' '), missing]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"{missing}: cannot be read: no such file.\n");
    }

    [Fact]
    public void A_dash_reads_standard_input_for_validate()
    {
        var run = CliRun.WithInput(File.ReadAllText(Samples.Request("review-workshop-ba.json")), "validate", "-");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("standard input: valid request document (2026-011-BA-MoS");
    }

    [Fact]
    public void A_dash_reads_standard_input_for_evaluate()
    {
        var run = CliRun.WithInput(File.ReadAllText(Samples.Request("review-workshop-ba.json")), "evaluate", "-", "--as-of", "2026-03-02");

        run.ExitCode.Should().Be(10);
        run.Output.Should().Contain("2026-011-BA-MoS: ");
    }

    [Fact]
    public void A_dash_reads_standard_input_for_a_rule_set()
    {
        var run = CliRun.WithInput(CliRun.Of("rules", "list", "--format", "json").Output, "rules", "list", "--rules", "-");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("ACT-LEAD-TIME");
    }

    [Fact]
    public void Standard_input_is_read_once_at_most()
    {
        var run = CliRun.WithInput("{}", "evaluate", "-", "--rules", "-");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("can be read only once");
    }

    [Theory]
    [InlineData("import", "4 activities read; 0 problems.")] // the tags are read, the extension is allowed
    [InlineData("check", "4 activities checked: 0 errors, 0 warnings.")]
    public void An_export_piped_into_import_or_check_round_trips(string verb, string summary)
    {
        var exported = CliRun.Of("export", "iati", "--reporting-org", Org).Output;

        var run = verb == "check" ? CliRun.WithInput(exported, verb, "iati", "-", "--org-id-prefix", "XI-EXAMPLE") : CliRun.WithInput(exported, verb, "iati", "-");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain(summary);
    }

    private static int Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
