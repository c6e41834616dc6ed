using System.Diagnostics;
using System.Globalization;

namespace StAMM.Domain.Reliability.Tests.Fuzzing;

/// <summary>How a reader answered one mutant, when it answered as documented.</summary>
internal enum Answer
{
    /// <summary>A value, which also passed the value checks (round trip, evaluation).</summary>
    Value,

    /// <summary>Clear errors: problems with a code, a path and a message, or the reader's documented file exception.</summary>
    Errors,
}

/// <summary>A reader under attack: where its mutants come from and how it is called.</summary>
/// <param name="Name">The reader's name in reports and crash files.</param>
/// <param name="Mutant">Builds the mutant of a seed and an index.</param>
/// <param name="Read">Reads a mutant; throws for anything the reader's contract does not allow.</param>
internal sealed record FuzzTarget(string Name, Func<int, long, byte[]> Mutant, Func<byte[], long, Answer> Read);

/// <summary>A mutant the reader did not survive: an undocumented exception, a broken oracle, a hang or a memory blow-up.</summary>
internal sealed record FuzzFailure(long Index, string Kind, string Detail, string? SavedAs);

/// <summary>What a campaign did.</summary>
internal sealed record FuzzReport(
    string Reader, int Seed, long Mutants, long Values, long Errors, IReadOnlyList<FuzzFailure> Failures, TimeSpan Elapsed, TimeSpan Slowest, long MostAllocated)
{
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Reader}: {Mutants} mutants (seed {Seed}) in {Elapsed.TotalSeconds:F1} s = {Mutants / Math.Max(Elapsed.TotalSeconds, 0.001):F0}/s; {Values} values, {Errors} clear errors, {Failures.Count} failures; slowest {Slowest.TotalMilliseconds:F0} ms, most allocated {MostAllocated / (1024 * 1024.0):F1} MB");
}

/// <summary>
/// Runs mutants through a reader one at a time, each on a worker with a deadline and an allocation ceiling. The oracle:
/// the reader returns a value or clear errors; any other exception, a mutant that outlives its deadline, or one that
/// allocates beyond the ceiling fails the campaign, and the mutant is saved to a file so it becomes a regression test.
/// </summary>
internal static class FuzzCampaign
{
    /// <summary>Mutants per reader in this run: <c>STAMM_FUZZ_MUTANTS</c>, else <paramref name="fallback"/>.</summary>
    public static long Count(long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable("STAMM_FUZZ_MUTANTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    /// <summary>The campaign's seed: <c>STAMM_FUZZ_SEED</c>, else a fixed one so the normal run is repeatable.</summary>
    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("STAMM_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 20260301;

    /// <summary>
    /// The random seed of one mutant, the same in every process. <see cref="HashCode.Combine{T1, T2}"/> cannot serve:
    /// it is randomised per process, so a mutant could not be rebuilt from the campaign's seed and its index, and a
    /// normal run would try other mutants on every machine (a CI run once found no valid case-events mutant that way).
    /// </summary>
    public static int MutantSeed(int seed, long index, int sourceLength, int salt = 0)
    {
        unchecked
        {
            var x = ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)index * 0xBF58476D1CE4E5B9UL) ^ ((ulong)(uint)sourceLength * 0x94D049BB133111EBUL) ^ (uint)salt;
            x ^= x >> 30;
            x *= 0xBF58476D1CE4E5B9UL;
            x ^= x >> 27;
            x *= 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return (int)x;
        }
    }

    /// <summary>
    /// The index of the campaign's first mutant: <c>STAMM_FUZZ_FIRST</c>, else 0. A campaign cut short (by a hang, which
    /// stops it) goes on from where it stopped with the same seed.
    /// </summary>
    public static long First =>
        long.TryParse(Environment.GetEnvironmentVariable("STAMM_FUZZ_FIRST"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;

    /// <summary>A mutant that is not answered within this time is a hang. Generous: the machine may be loaded.</summary>
    public static TimeSpan Deadline { get; } = TimeSpan.FromSeconds(20);

    /// <summary>The allocation ceiling for one mutant: a fixed allowance plus a multiple of its size.</summary>
    public static long Ceiling(int inputBytes) => (256L * 1024 * 1024) + (64L * inputBytes);

    public static FuzzReport Run(FuzzTarget target, long count, int seed)
    {
        var failures = new List<FuzzFailure>();
        long values = 0, errors = 0, mostAllocated = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        var first = First;
        for (long i = first; i < first + count && failures.Count < 20; i++)
        {
            if (i > first && (i - first) % ProgressEvery == 0)
            {
                Progress(new FuzzReport(target.Name, seed, i - first, values, errors, failures, total.Elapsed, slowest, mostAllocated));
            }

            var mutant = target.Mutant(seed, i);
            var index = i;
            var work = Task.Factory.StartNew(
                () =>
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var watch = Stopwatch.StartNew();
                    var answer = target.Read(mutant, index);
                    return (answer, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
                },
                CancellationToken.None,
                TaskCreationOptions.DenyChildAttach,
                TaskScheduler.Default);
            try
            {
                if (!work.Wait(Deadline))
                {
                    failures.Add(new FuzzFailure(i, "hang", $"no answer within {Deadline.TotalSeconds} s", Save(target, seed, i, mutant)));
                    break;
                }

                var (answer, elapsed, allocated) = work.Result;
                slowest = elapsed > slowest ? elapsed : slowest;
                mostAllocated = Math.Max(mostAllocated, allocated);
                if (allocated > Ceiling(mutant.Length))
                {
                    failures.Add(new FuzzFailure(i, "memory", $"{allocated} bytes allocated for a {mutant.Length}-byte input", Save(target, seed, i, mutant)));
                }

                _ = answer == Answer.Value ? values++ : errors++;
            }
            catch (AggregateException e)
            {
                var inner = e.InnerException ?? e;
                failures.Add(new FuzzFailure(i, "crash", inner.ToString(), Save(target, seed, i, mutant)));
            }
        }

        return new FuzzReport(target.Name, seed, values + errors + failures.Count, values, errors, failures, total.Elapsed, slowest, mostAllocated);
    }

    /// <summary>Writes the report where <c>STAMM_FUZZ_REPORT</c> says (appending), and to the test's output.</summary>
    public static void Publish(FuzzReport report)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(report.Summary());
        if (Environment.GetEnvironmentVariable("STAMM_FUZZ_REPORT") is { Length: > 0 } file)
        {
            File.AppendAllLines(file, [report.Summary(), .. report.Failures.Select(f => $"  #{f.Index} {f.Kind}: {f.SavedAs} {f.Detail.Split('\n')[0]}")]);
        }
    }

    /// <summary>Long campaigns note their progress in the report file, so a campaign cut short still has measured figures.</summary>
    private const long ProgressEvery = 5000;

    private static void Progress(FuzzReport sofar)
    {
        if (Environment.GetEnvironmentVariable("STAMM_FUZZ_REPORT") is { Length: > 0 } file)
        {
            File.AppendAllLines(file, ["  progress " + sofar.Summary()]);
        }
    }

    private static string Save(FuzzTarget target, int seed, long index, byte[] mutant)
    {
        var folder = Environment.GetEnvironmentVariable("STAMM_FUZZ_CRASHES") is { Length: > 0 } f ? f : Path.Combine(Path.GetTempPath(), "stamm-fuzz-crashes");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{target.Name}-{seed}-{index}.bin"));
        File.WriteAllBytes(path, mutant);
        return path;
    }
}
