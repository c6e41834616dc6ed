using System.Diagnostics;
using System.Globalization;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// The peak memory of the IATI export and import of 10,000 activities (<c>--peak-memory</c>), which BenchmarkDotNet's
/// memory diagnoser does not report: it counts bytes allocated, not what the process holds at its highest.
/// </summary>
/// <remarks>
/// On Linux the process's high-water mark of resident memory (<c>VmHWM</c>) is reset before each operation by writing
/// <c>5</c> to <c>/proc/self/clear_refs</c>, so each figure is the peak during that operation alone, on top of the
/// set-up data (the project and the file bytes) that stays resident. Where the reset is refused the figures are the
/// process's peak since start, and the output says so.
/// </remarks>
internal static class PeakMemory
{
    private const double MiB = 1024 * 1024;

    public static int Run()
    {
        var benchmarks = new IatiBenchmarks();
        benchmarks.Setup();
        Console.WriteLine($"iati file: {benchmarks.FileLength / MiB:F1} MiB, 10,001 iati-activity elements");
        Measure("export 10,000 activities", () => benchmarks.Export10000());
        Measure("import 10,000 activities", () => benchmarks.Import10000());
        return 0;
    }

    private static void Measure(string what, Action operation)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var reset = TryResetHighWaterMark();
        var before = Read("VmRSS");
        operation();
        var peak = Read("VmHWM");
        if (before is null || peak is null)
        {
            using var process = Process.GetCurrentProcess();
            Console.WriteLine($"{what}: peak working set {process.PeakWorkingSet64 / MiB:F1} MiB since process start (no /proc status)");
            return;
        }

        Console.WriteLine(reset
            ? $"{what}: resident before {before / MiB:F1} MiB, peak during {peak / MiB:F1} MiB, rise {(peak - before) / MiB:F1} MiB"
            : $"{what}: resident before {before / MiB:F1} MiB, peak since process start {peak / MiB:F1} MiB (reset refused)");
    }

    private static bool TryResetHighWaterMark()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>A <c>kB</c> line of <c>/proc/self/status</c>, in bytes; <see langword="null"/> off Linux.</summary>
    private static long? Read(string field)
    {
        const string StatusFile = "/proc/self/status";
        if (!File.Exists(StatusFile))
        {
            return null;
        }

        foreach (var line in File.ReadLines(StatusFile))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var number = line[(field.Length + 1)..].Trim().Split(' ')[0];
                return long.Parse(number, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
