using System.Text;

namespace StAMM.Cli.Io;

/// <summary>
/// Standard output or standard error as the commands see them. On standard output a write that fails (a closed
/// descriptor, a full disk, a closed pipe) ends the run as <see cref="OutputFailedException"/>, which
/// <see cref="StammCli"/> turns into one line and exit code <see cref="StammCli.CannotWrite"/> instead of a stack
/// trace. On standard error such a write is dropped: the messages cannot be shown, and the exit code still tells
/// what happened.
/// </summary>
internal sealed class StandardOutput(TextWriter inner, bool dropFailedWrites = false) : TextWriter
{
    /// <summary>Standard error: writes that fail are dropped.</summary>
    public static StandardOutput Error(TextWriter inner) => new(inner, dropFailedWrites: true);

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
#pragma warning disable CS8765 // TextWriter.NewLine's setter takes null to mean the default; the inner writer handles it.
        get => inner.NewLine;
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var text = buffer.ToString();
        Guard(() => inner.Write(text));
    }

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            if (!dropFailedWrites)
            {
                throw new OutputFailedException("standard output", e);
            }
        }
    }
}

/// <summary>Writing the command's output failed: standard output or the <c>--out</c> file cannot take it.</summary>
internal sealed class OutputFailedException : Exception
{
    public OutputFailedException()
    {
    }

    public OutputFailedException(string message)
        : base(message)
    {
    }

    public OutputFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Why, in the words of the operating system: "No space left on device", "Broken pipe".</summary>
    public string Reason => InnerException switch
    {
        UnauthorizedAccessException { InnerException: IOException io } => io.Message,
        { } inner => inner.Message,
        null => "unknown reason",
    };
}
