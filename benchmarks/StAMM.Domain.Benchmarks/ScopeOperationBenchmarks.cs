using BenchmarkDotNet.Attributes;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Benchmarks;

/// <summary>Set operations of <see cref="GeographicScope"/> on scopes of many countries.</summary>
[MemoryDiagnoser]
public class ScopeOperationBenchmarks
{
    private GeographicScope _left = null!;
    private GeographicScope _right = null!;
    private Country[] _probes = null!;

    /// <summary>How many countries each scope holds.</summary>
    [Params(6, 100, 200)]
    public int Countries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var all = Country.All;
        _left = GeographicScope.Create(ScopeKind.MultiCountry, all.Take(Countries)).OrThrow();
        _right = GeographicScope.Create(ScopeKind.MultiCountry, all.Skip(Countries / 2).Take(Countries)).OrThrow();
        _probes = [.. all];
    }

    /// <summary>Creating a validated scope from a list of countries.</summary>
    [Benchmark]
    public GeographicScope Create() => GeographicScope.Create(ScopeKind.MultiCountry, _left.Countries).OrThrow();

    /// <summary>Membership of every country of the codelist (about 250 look-ups).</summary>
    [Benchmark]
    public int ContainsEveryCountry()
    {
        var n = 0;
        foreach (var country in _probes)
        {
            if (_left.Contains(country))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Whether two scopes share a country.</summary>
    [Benchmark]
    public bool Overlaps() => _left.Overlaps(_right);

    /// <summary>The shared countries, as a new scope.</summary>
    [Benchmark]
    public GeographicScope? Intersect() => _left.Intersect(_right);

    /// <summary>All countries of both, as a new scope.</summary>
    [Benchmark]
    public GeographicScope Union() => _left.Union(_right);
}
