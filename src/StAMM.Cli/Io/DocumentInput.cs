using System.Diagnostics.CodeAnalysis;

namespace StAMM.Cli.Io;

/// <summary>
/// A document named on the command line: a file, or standard input when the name is <c>-</c>. The one way every
/// command opens what it reads, so that a missing file, a folder, a file the user may not read and a reader that
/// fails all give the same message: <c>&lt;name&gt;: cannot be read: &lt;reason&gt;</c>.
/// </summary>
internal sealed class DocumentInput
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInputName = "-";

    private readonly string? _path;
    private readonly Func<Stream>? _standardInput;

    private DocumentInput(string? path, Func<Stream>? standardInput)
    {
        _path = path;
        _standardInput = standardInput;
    }

    /// <summary>How messages name the document: the path as given, or "standard input".</summary>
    public string Name => _path ?? "standard input";

    /// <summary>Whether this is standard input.</summary>
    public bool IsStandardInput => _path is null;

    /// <summary>The file, or standard input for <c>-</c>.</summary>
    public static DocumentInput Named(string name, StammConsole console) =>
        name == StandardInputName ? new DocumentInput(null, console.OpenInput) : new DocumentInput(name, null);

    /// <summary>A file (never standard input, whatever its name): an entry of a folder.</summary>
    public static DocumentInput File(string path) => new(path, null);

    /// <summary>Opens the document for reading, or says why it cannot be.</summary>
    public bool TryOpen(out Stream stream, out string reason)
    {
        stream = Stream.Null;
        reason = string.Empty;
        if (_path is null)
        {
            stream = _standardInput!();
            return true;
        }

        if (Directory.Exists(_path))
        {
            reason = "it is a folder, not a file.";
            return false;
        }

        if (!System.IO.File.Exists(_path))
        {
            reason = "no such file.";
            return false;
        }

        try
        {
            stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = Reason(e);
            return false;
        }
    }

    /// <summary>
    /// Opens the document and reads it with <paramref name="read"/>; an I/O failure, and any exception the reader
    /// throws (a defect in it, which must not end a batch), become <paramref name="reason"/>.
    /// </summary>
    public bool TryRead<T>(Func<Stream, T> read, [MaybeNullWhen(false)] out T value, out string reason)
    {
        value = default;
        if (!TryOpen(out var stream, out reason))
        {
            return false;
        }

        try
        {
            using (stream)
            {
                value = read(stream);
                return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = Reason(e);
            return false;
        }
        catch (Exception e) when (e is not (OutputFailedException or OutOfMemoryException or OperationCanceledException))
        {
            reason = ReaderFailed(e);
            return false;
        }
    }

    /// <summary>The reason for a reader that threw instead of returning problems: a defect, reported as such.</summary>
    public static string ReaderFailed(Exception e) =>
        $"the reader failed ({e.GetType().Name}: {e.Message}); this is a defect in stamm, please report it.";

    /// <summary>The reason for an I/O failure, in the operating system's words.</summary>
    public static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied.",
        _ => WithoutPath(e.Message).TrimEnd('.') + ".",
    };

    /// <summary>The message without the path that .NET appends ("No space left on device : '/dev/full'"): the caller names it once.</summary>
    private static string WithoutPath(string message) =>
        message.IndexOf(" : '", StringComparison.Ordinal) is var at and > 0 ? message[..at] : message;
}
