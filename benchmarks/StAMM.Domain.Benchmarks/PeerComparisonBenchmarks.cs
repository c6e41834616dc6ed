using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using RulesEngine.Models;
using StAMM.Domain.Benchmarks.Peers;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// One evaluation of the 24 built-in rules with the full trace, side by side: StAMM's <see cref="Evaluator"/>, the same
/// rules as a FluentValidation 12 validator, and as a RulesEngine 6 workflow (see <c>Peers/</c>). The setup first checks
/// that all three agree on the verdict and findings of the eligible request, the failing one and 500 generated ones,
/// and throws if they do not. The peers get their input as a precomputed <see cref="RequestFacts"/> (donor screening
/// and duplicate count included); StAMM derives all of it on each call.
/// </summary>
[MemoryDiagnoser]
public class PeerComparisonBenchmarks
{
    private Evaluator _evaluator = null!;
    private StammFluentValidator _validator = null!;
    private StammRulesEngineWorkflow _workflow = null!;
    private EvaluationContext _context = null!;
    private AssistanceRequest _request = null!;
    private RequestFacts _facts = null!;

    /// <summary>The eligible request (every rule passes) or the one failing several rules.</summary>
    [Params("eligible", "failing")]
    public string Request { get; set; } = "eligible";

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new Evaluator(StammRuleSet.Default);
        _validator = new StammFluentValidator();
        _workflow = new StammRulesEngineWorkflow();
        _context = PeerScenario.Context;
        Agreement.Check(_evaluator, _validator, _workflow);
        _request = Request == "eligible" ? PeerScenario.Eligible : PeerScenario.Failing;
        _facts = RequestFacts.From(_request, _context);
    }

    /// <summary>StAMM: the built-in rule set, every outcome in the decision's trace.</summary>
    [Benchmark(Baseline = true)]
    public Decision Stamm() => _evaluator.Evaluate(_request, _context);

    /// <summary>FluentValidation 12: <c>Validate</c> on a reused validator.</summary>
    [Benchmark]
    public ValidationResult FluentValidation() => _validator.Validate(_facts);

    /// <summary>RulesEngine 6: <c>ExecuteAllRulesAsync</c> on a reused engine (expressions compiled and cached in setup).</summary>
    [Benchmark]
    public List<RuleResultTree> RulesEngine() => _workflow.Execute(_facts);

    /// <summary>
    /// FluentValidation with the facts derived on each call, as StAMM derives them: the fair comparison of the work a
    /// caller must do to get a verdict from a request and its context.
    /// </summary>
    [Benchmark]
    public ValidationResult FluentValidationIncludingFacts() => _validator.Validate(RequestFacts.From(_request, _context));

    /// <summary>RulesEngine with the facts derived on each call (see <see cref="FluentValidationIncludingFacts"/>).</summary>
    [Benchmark]
    public List<RuleResultTree> RulesEngineIncludingFacts() => _workflow.Execute(RequestFacts.From(_request, _context));
}
