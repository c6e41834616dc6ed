using System.CommandLine;
using StAMM.Cli.Commands;
using StAMM.Cli.Io;

namespace StAMM.Cli;

/// <summary>The <c>stamm</c> command line: one root command, one sub-command group per file in Commands/.</summary>
internal static class StammCli
{
    /// <summary>Exit code: success (and, for <c>validate</c>, a valid document; for <c>check iati</c>, a clean file).</summary>
    public const int Success = 0;

    /// <summary>Exit code: the input was read but is invalid (or, for <c>check iati</c>, has findings).</summary>
    public const int Invalid = 1;

    /// <summary>Exit code: the input could not be read at all, could not be evaluated, or the command line was wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>Exit code: the output could not be written (the <c>--out</c> file, or standard output).</summary>
    public const int CannotWrite = 3;

    /// <summary>Exit code of <c>evaluate</c>: the request needs review.</summary>
    public const int NeedsReview = 10;

    /// <summary>Exit code of <c>evaluate</c>: the request is ineligible.</summary>
    public const int Ineligible = 11;

    /// <summary>Exit code: the run was cancelled (Ctrl+C) and stopped cleanly, writing no --out file (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>Exit code: an internal error, a defect in stamm (sysexits' EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>The exit codes as the help lists them.</summary>
    public const string ExitCodes =
        "Exit codes: 0 success (valid, eligible, clean); 1 invalid document, or IATI findings; 2 input not readable or not evaluable, or a wrong command line; " +
        "3 output not writable (--out file or standard output); 10 needs review, 11 ineligible (evaluate); 70 internal error (a defect: please report it); 130 cancelled (Ctrl+C).";

    /// <summary>Runs the command line on the process's own streams and returns the process exit code.</summary>
    public static int Run(string[] args) => Run(args, StammConsole.System());

    /// <summary>Runs the command line with no standard input and no terminal, and returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, StammConsole.Of(output, error));

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args, StammConsole console)
    {
        var output = new StandardOutput(console.Output);
        var error = StandardOutput.Error(console.Error);
        console = console with { Output = output, Error = error };
        var root = new RootCommand($"stamm: the StAMM.Domain command line (technical assistance on asylum, migration and mobility). {ExitCodes}");
        root.Subcommands.Add(ProjectCommands.Create());
        DocumentCommands.Create(console).ToList().ForEach(root.Subcommands.Add);
        root.Subcommands.Add(EvaluationCommands.Create(console));
        root.Subcommands.Add(RuleCommands.Create(console));
        root.Subcommands.Add(PortfolioCommands.Create(console));
        root.Subcommands.Add(ReportCommands.Create(console));
        IatiCommands.AddTo(root, console);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return Report(error, () =>
            {
                if (CommandSuggestion.For(parsed) is { } unknown)
                {
                    error.WriteLine(unknown);
                }
                else
                {
                    foreach (var parseError in parsed.Errors)
                    {
                        error.WriteLine(parseError.Message);
                    }
                }

                error.WriteLine($"Run '{CommandSuggestion.PathOf(parsed.CommandResult)} --help' for usage.");
            }, Unreadable);
        }

        try
        {
            var code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            output.Flush();
            return code;
        }
        catch (OperationCanceledException) when (console.Cancellation.IsCancellationRequested)
        {
            FlushWritten(output);
            return Report(error, () => error.WriteLine("stamm: cancelled; nothing more was read or written."), Cancelled);
        }
        catch (OutputFailedException e)
        {
            return Report(error, () => error.WriteLine($"stamm: {e.Message} cannot be written: {e.Reason.TrimEnd('.')}."), CannotWrite);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            FlushWritten(output);
            return Report(error, () => error.WriteLine($"stamm: internal error ({e.GetType().Name}: {e.Message}); this is a defect in stamm, please report it with the command line."), InternalError);
        }
    }

    /// <summary>Gives out what a stopped command had written before it stopped (standard output may be buffered); a
    /// standard output that cannot be written any more is left as it is.</summary>
    private static void FlushWritten(TextWriter output)
    {
        try
        {
            output.Flush();
        }
        catch (OutputFailedException)
        {
            // The command's own failure is what is reported; the lost output is its consequence.
        }
    }

    /// <summary>Writes the message to standard error (which drops it when it is closed) and returns the exit code.</summary>
    private static int Report(TextWriter error, Action write, int code)
    {
        write();
        error.Flush();
        return code;
    }
}
