using System.Text;
using Spectre.Console;

namespace StAMM.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = StammCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with the text as standard input.</summary>
    public static CliRun WithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = StammCli.Run(args, StammConsole.Of(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(input))));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with standard error (and, when asked, standard output) an interactive ANSI terminal.</summary>
    public static CliRun OnTerminal(bool outputToo, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = StammConsole.Of(output, error) with
        {
            ErrorTerminal = Terminal(error),
            OutputTerminal = outputToo ? Terminal(output) : null,
        };
        var code = StammCli.Run(args, console);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with a standard output that fails every write as a full disk does.</summary>
    public static CliRun WithFullOutput(params string[] args)
    {
        using var error = new StringWriter();
        var code = StammCli.Run(args, new FullWriter(), error);
        return new CliRun(code, string.Empty, error.ToString());
    }

    private static IAnsiConsole Terminal(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(writer),
    });

    private sealed class FullWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
