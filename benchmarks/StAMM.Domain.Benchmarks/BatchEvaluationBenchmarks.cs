using BenchmarkDotNet.Attributes;
using StAMM.Domain.Benchmarks.Peers;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// A batch of generated requests (1 000 000 in a real run, 1 000 under the dry job) evaluated single-threaded and with
/// <see cref="Parallel.For(int, int, Action{int})"/>, by StAMM and by both peers. Generation and the peers' facts are
/// built in setup, not measured. A result is the time for the whole batch; divide by <see cref="Count"/> for one request.
/// </summary>
[MemoryDiagnoser]
public class BatchEvaluationBenchmarks
{
    private Evaluator _evaluator = null!;
    private StammFluentValidator _validator = null!;
    private StammRulesEngineWorkflow _workflow = null!;
    private EvaluationContext _context = null!;
    private AssistanceRequest[] _requests = null!;
    private RequestFacts[] _facts = null!;

    /// <summary>How many requests the batch holds.</summary>
    [ParamsSource(nameof(Counts))]
    public int Count { get; set; }

    /// <summary>1 000 000, or 1 000 under the dry job.</summary>
    public static IEnumerable<int> Counts => Smoke.IsDry ? [1_000] : [1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new Evaluator(StammRuleSet.Default);
        _validator = new StammFluentValidator();
        _workflow = new StammRulesEngineWorkflow();
        _context = PeerScenario.Context;
        Agreement.Check(_evaluator, _validator, _workflow);
        _requests = PeerScenario.Generate(Count, seed: 42);
        _facts = new RequestFacts[Count];
        Parallel.For(0, Count, i => _facts[i] = RequestFacts.From(_requests[i], _context));
    }

    [Benchmark(Baseline = true)]
    public int StammSequential()
    {
        var eligible = 0;
        foreach (var request in _requests)
        {
            eligible += _evaluator.Evaluate(request, _context).Kind == DecisionKind.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark]
    public int StammParallel()
    {
        var eligible = 0;
        Parallel.For(0, _requests.Length, () => 0,
            (i, _, n) => n + (_evaluator.Evaluate(_requests[i], _context).Kind == DecisionKind.Eligible ? 1 : 0),
            n => Interlocked.Add(ref eligible, n));
        return eligible;
    }

    [Benchmark]
    public int FluentValidationSequential()
    {
        var valid = 0;
        foreach (var facts in _facts)
        {
            valid += _validator.Validate(facts).IsValid ? 1 : 0;
        }

        return valid;
    }

    [Benchmark]
    public int FluentValidationParallel()
    {
        var valid = 0;
        Parallel.For(0, _facts.Length, () => 0,
            (i, _, n) => n + (_validator.Validate(_facts[i]).IsValid ? 1 : 0),
            n => Interlocked.Add(ref valid, n));
        return valid;
    }

    [Benchmark]
    public int RulesEngineSequential()
    {
        var findings = 0;
        foreach (var facts in _facts)
        {
            findings += Failures(_workflow.Execute(facts));
        }

        return findings;
    }

    [Benchmark]
    public int RulesEngineParallel()
    {
        var findings = 0;
        Parallel.For(0, _facts.Length, () => 0,
            (i, _, n) => n + Failures(_workflow.Execute(_facts[i])),
            n => Interlocked.Add(ref findings, n));
        return findings;
    }

    private static int Failures(List<RulesEngine.Models.RuleResultTree> results)
    {
        var n = 0;
        foreach (var result in results)
        {
            n += result.IsSuccess ? 0 : 1;
        }

        return n;
    }
}
