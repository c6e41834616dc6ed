using System.Diagnostics;

namespace StAMM.Cli.Tests;

/// <summary>The stamm executable run as a process through the shell, for what only a real process has: its file descriptors.</summary>
internal static class Stamm
{
    public static string Executable => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "stamm.exe" : "stamm");

    /// <summary>Runs <c>sh -c "stamm ARGS REDIRECTIONS"</c>; returns the exit code and standard error.</summary>
    public static (int ExitCode, string Error) InShell(string argumentsAndRedirections)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"'{Executable}' {argumentsAndRedirections}"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
