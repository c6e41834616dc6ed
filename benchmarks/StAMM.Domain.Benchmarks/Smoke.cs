namespace StAMM.Domain.Benchmarks;

/// <summary>
/// Whether the run is BenchmarkDotNet's dry job (<c>--job Dry</c>, the CI smoke run). Read by <c>[ParamsSource]</c>
/// members, which BenchmarkDotNet evaluates in the host process, so the dry job builds small batches and stays short.
/// </summary>
public static class Smoke
{
    public static bool IsDry { get; set; }
}
