using System.Globalization;
using StAMM.Domain.Json;
using StAMM.Domain.Portfolios;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// What a portfolio holds once built (<c>--portfolio-memory</c>): the managed memory still reachable after a full
/// collection, for the portfolio of 1 000, 3 000 and 10 000 events built through <see cref="Portfolio.Evaluate"/>
/// (<see cref="PortfolioFixture.Reproducible"/>) and for the same portfolio read back from its document. BenchmarkDotNet
/// reports what an operation allocates, not what its result keeps.
/// </summary>
/// <remarks>
/// Each recorded decision keeps the context it was made in (<c>DecisionCase.Context</c>), so what a portfolio holds
/// depends on how much the contexts of successive decisions share. The document is read twice and the second read is
/// reported: the first also fills the buffer pools and the per-thread reader state, which later reads reuse.
/// </remarks>
internal static class PortfolioMemory
{
    private const double MiB = 1024 * 1024;

    private static readonly JsonReadOptions Limits = new() { MaxDocumentBytes = 128 * 1024 * 1024 };

    public static int Run()
    {
        foreach (var events in new[] { 1_000, 3_000, 10_000 })
        {
            var before = Reachable();
            var built = PortfolioFixture.Reproducible(events);
            var builtHolds = Reachable() - before;

            using var document = new MemoryStream();
            StammJson.WritePortfolio(built, document);
            var bytes = document.ToArray();
            var first = StammJson.ReadPortfolio(bytes, Limits).OrThrow();
            GC.KeepAlive(first);
            first = null;
            before = Reachable();
            var read = StammJson.ReadPortfolio(bytes, Limits).OrThrow();
            var readHolds = Reachable() - before;
            if (read != built)
            {
                throw new InvalidOperationException("The portfolio read back is not the one written.");
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{events,6} events: document {bytes.Length / MiB,6:F1} MiB; built portfolio holds {builtHolds / MiB,7:F1} MiB; read portfolio holds {readHolds / MiB,7:F1} MiB"));
            GC.KeepAlive(built);
            GC.KeepAlive(read);
        }

        return 0;
    }

    private static long Reachable()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
