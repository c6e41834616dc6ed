using BenchmarkDotNet.Running;
using StAMM.Domain.Benchmarks;
using StAMM.Domain.Benchmarks.Peers;

// `--verify`: only the agreement check of StAMM, FluentValidation and RulesEngine (CI runs it); exit code 1 on a disagreement.
if (args.Contains("--verify"))
{
    try
    {
        var counts = Agreement.Check();
        foreach (var document in new[] { "project", "portfolio10k" })
        {
            new JsonBenchmarks { Document = document }.Setup();
        }

        Console.WriteLine("json: the DTO documents map every member of StammJson's and are of the same size");
        Console.WriteLine($"agreement: StAMM, FluentValidation and RulesEngine agree on {counts.Values.Sum()} requests ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))})");
        Console.WriteLine($"agreement: rules the peers do not implement (not compared): {string.Join(", ", PeerRules.NotImplemented.Order(StringComparer.Ordinal))}");
        return 0;
    }
    catch (Exception e) when (e is InvalidOperationException or System.Text.Json.JsonException)
    {
        Console.Error.WriteLine($"agreement FAILED: {e.Message}");
        return 1;
    }
}

// `--peak-memory`: the peak resident memory of the IATI export and import (BenchmarkDotNet reports allocations only).
if (args.Contains("--peak-memory"))
{
    return PeakMemory.Run();
}

// `--portfolio-memory`: what a portfolio of 1 000 to 10 000 events holds, built and read back.
if (args.Contains("--portfolio-memory"))
{
    return PortfolioMemory.Run();
}

// `--iati-generate`, `--iati-repeat`, `--iati-allocations`: the IATI scale modes of benchmarks/iati-side-by-side.sh.
if (args.Any(a => a.StartsWith("--iati-", StringComparison.Ordinal)))
{
    return IatiScale.Run(args);
}

// The dry job (CI's smoke run) gets small batch sizes; a real run gets the sizes issue 6 asks for.
Smoke.IsDry = args.Any(a => a.Equals("Dry", StringComparison.OrdinalIgnoreCase));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
