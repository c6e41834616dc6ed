namespace StAMM.Cli.Io;

/// <summary>
/// The file a command writes (<c>--out</c>), replaced atomically: the content goes to a temporary file beside the
/// target, which is renamed into place only once it is complete. A failure leaves the old file as it was and no
/// temporary file behind. A device such as <c>/dev/null</c> or <c>/dev/full</c> is written in place (it cannot be
/// replaced, and must not be).
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes the file, or says why it could not be written (nothing then has changed).</summary>
    /// <param name="path">The target, as given on the command line.</param>
    /// <param name="write">Writes the whole content to the stream.</param>
    /// <param name="reason">Why the file could not be written.</param>
    /// <returns>Whether the file was written.</returns>
    public static bool TryWrite(string path, Action<Stream> write, out string reason)
    {
        reason = string.Empty;
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            reason = "it is not a valid path.";
            return false;
        }

        if (Directory.Exists(full))
        {
            reason = "it is a folder.";
            return false;
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            reason = $"the folder {folder} does not exist.";
            return false;
        }

        try
        {
            if (IsDevice(full))
            {
                using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                write(device);
                device.Flush();
                return true;
            }

            if (File.Exists(full))
            {
                // The rename would replace a read-only or immutable file: refuse it as a write to it would be refused.
                using var probe = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            }

            return TryReplace(full, folder, write, out reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = DocumentInput.Reason(e);
            return false;
        }
    }

    private static bool TryReplace(string full, string folder, Action<Stream> write, out string reason)
    {
        reason = string.Empty;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reason = DocumentInput.Reason(e);
            return false;
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Whether the path is a device or a process's descriptor (<c>/dev/full</c>, <c>/dev/stdout</c>): .NET reports
    /// no file type, so the place decides; such a path is written in place, never replaced by a rename.
    /// </summary>
    private static bool IsDevice(string full)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var target = File.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : full;
        return IsUnder(full, "/dev/") || IsUnder(full, "/proc/") || IsUnder(target, "/dev/") || IsUnder(target, "/proc/");
    }

    private static bool IsUnder(string path, string folder) => path.StartsWith(folder, StringComparison.Ordinal);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the rename has either happened (the file is gone) or the folder refuses.
        }
    }
}
