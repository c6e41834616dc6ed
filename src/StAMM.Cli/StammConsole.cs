using System.Text;
using Spectre.Console;

namespace StAMM.Cli;

/// <summary>
/// What one run of <c>stamm</c> reads from and writes to: standard input (for a file named <c>-</c>), standard output,
/// standard error, and, where a stream is an interactive terminal, a Spectre.Console console over it for progress.
/// </summary>
/// <param name="OpenInput">Opens standard input; called at most once, when a command reads the file <c>-</c>.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="OutputTerminal">A console over standard output when it is a terminal; otherwise null.</param>
/// <param name="ErrorTerminal">A console over standard error when it is a terminal; otherwise null.</param>
internal sealed record StammConsole(Func<Stream> OpenInput, TextWriter Output, TextWriter Error, IAnsiConsole? OutputTerminal, IAnsiConsole? ErrorTerminal)
{
    /// <summary>Cancelled when the user asks the run to stop (Ctrl+C); long commands stop cleanly and exit 130.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// The process's own streams; a stream that is redirected (to a file, a pipe, /dev/null) is not a terminal. The first
    /// Ctrl+C cancels <see cref="Cancellation"/> instead of killing the process, so that a long check or import stops
    /// between two activities and leaves no half-written file; a second one ends the process at once.
    /// </summary>
    public static StammConsole System()
    {
        var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            if (!stop.IsCancellationRequested)
            {
                e.Cancel = true;
                stop.Cancel();
            }
        };
        return new StammConsole(
            Console.OpenStandardInput,
            Console.IsOutputRedirected ? Buffered(Console.OpenStandardOutput()) : Console.Out,
            Console.Error,
            Console.IsOutputRedirected ? null : Terminal(Console.Out),
            Console.IsErrorRedirected ? null : Terminal(Console.Error))
        {
            Cancellation = stop.Token,
        };
    }

    /// <summary>
    /// Standard output redirected to a file or a pipe, written through a 64 KiB buffer: <see cref="Console.Out"/> flushes
    /// after every write, which made writing the lines of a large import or check take longer than reading the file
    /// (measured: <c>stamm import iati</c> of 265 MiB took 18 to 22 s to standard output, 13 to 14 s with <c>--out</c>).
    /// <see cref="StammCli.Run(string[], StammConsole)"/> flushes it before the process ends, on every path.
    /// </summary>
    private static StreamWriter Buffered(Stream stream) => new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024) { AutoFlush = false };

    /// <summary>Writers that are no terminal (tests, embedding), with the given standard input.</summary>
    public static StammConsole Of(TextWriter output, TextWriter error, Func<Stream>? input = null) =>
        new(input ?? (() => Stream.Null), output, error, null, null);

    /// <summary>A Spectre.Console console that treats the writer as an interactive ANSI terminal.</summary>
    public static IAnsiConsole Terminal(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(writer),
    });
}
