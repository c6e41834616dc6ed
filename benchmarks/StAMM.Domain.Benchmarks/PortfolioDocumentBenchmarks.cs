using BenchmarkDotNet.Attributes;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Json;
using StAMM.Domain.Portfolios;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// The portfolio document of 1 000, 3 000 and 10 000 events (<see cref="PortfolioFixture.Reproducible"/>, about half
/// of them decisions): written, and read back with every event checked and every recorded decision evaluated again on
/// the portfolio as it then stood; and the same replay of the decisions on the portfolio value
/// (<see cref="Portfolio.Check"/>). No target names these; they show how reading and replaying grow with the events.
/// </summary>
[MemoryDiagnoser]
public class PortfolioDocumentBenchmarks
{
    // 10 000 events are about 90 MB, over the default limit (16 MiB) and within the largest (128 MiB).
    private static readonly JsonReadOptions Limits = new() { MaxDocumentBytes = 128 * 1024 * 1024 };

    private Portfolio _portfolio = null!;
    private byte[] _document = null!;

    /// <summary>1 000, 3 000 and 10 000 events; under the dry job (CI's smoke run) 1 000 alone.</summary>
    public static IEnumerable<int> Sizes => Smoke.IsDry ? [1_000] : [1_000, 3_000, 10_000];

    /// <summary>How many events the portfolio holds.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Events { get; set; }

    /// <summary>Builds the portfolio and its document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _portfolio = PortfolioFixture.Reproducible(Events);
        var buffer = new MemoryStream();
        StammJson.WritePortfolio(_portfolio, buffer);
        _document = buffer.ToArray();
    }

    /// <summary>Writes the document (compact) to memory.</summary>
    [Benchmark]
    public long Write()
    {
        using var sink = new MemoryStream();
        StammJson.WritePortfolio(_portfolio, sink);
        return sink.Length;
    }

    /// <summary>Reads the document back.</summary>
    [Benchmark]
    public Portfolio Read() => StammJson.ReadPortfolio(_document, Limits).OrThrow();

    /// <summary>Replays every recorded decision (<see cref="Portfolio.Check"/>, what <c>stamm portfolio check</c> runs).</summary>
    [Benchmark]
    public int Check() => _portfolio.Check().Length;
}
