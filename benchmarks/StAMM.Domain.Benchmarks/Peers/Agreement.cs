using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Benchmarks.Peers;

/// <summary>
/// Checks that StAMM, the FluentValidation validator and the RulesEngine workflow reach the same verdict and the same
/// findings (rule codes, failure or warning) on the same requests. Throws on the first disagreement, naming it.
/// </summary>
public static class Agreement
{
    /// <summary>How many generated requests the check covers by default.</summary>
    public const int GeneratedCount = 500;

    /// <summary>The seed of the generated requests.</summary>
    public const int Seed = 2025;

    /// <summary>Checks the eligible request, the failing one and <paramref name="generated"/> seeded requests; returns
    /// how many requests of each decision kind were compared.</summary>
    /// <remarks>Also checks that the requests reach every decision kind and a finding of every rule of the set, so the
    /// agreement is not vacuous.</remarks>
    public static IReadOnlyDictionary<DecisionKind, int> Check(
        Evaluator evaluator, StammFluentValidator validator, StammRulesEngineWorkflow workflow, int generated = GeneratedCount)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(workflow);
        var context = PeerScenario.Context;
        var counts = new Dictionary<DecisionKind, int>();
        var eligible = CheckOne(PeerScenario.Eligible, context, evaluator, validator, workflow);
        var failing = CheckOne(PeerScenario.Failing, context, evaluator, validator, workflow);
        if (eligible.Kind != DecisionKind.Eligible || failing.Kind != DecisionKind.Ineligible || failing.Findings.Count < 5)
        {
            throw new InvalidOperationException($"The scenario's requests do not decide as intended: eligible is {eligible}, failing is {failing}.");
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in PeerScenario.Generate(generated, Seed).Append(PeerScenario.Eligible).Append(PeerScenario.Failing))
        {
            var verdict = CheckOne(request, context, evaluator, validator, workflow);
            counts[verdict.Kind] = counts.GetValueOrDefault(verdict.Kind) + 1;
            found.UnionWith(verdict.Findings.Select(f => f[..f.IndexOf(':', StringComparison.Ordinal)]));
        }

        var never = evaluator.RuleSet.Rules.Select(r => r.Code).Where(c => !found.Contains(c) && !PeerRules.NotImplemented.Contains(c)).ToList();
        if (generated >= GeneratedCount && (counts.Count < 3 || never.Count > 0))
        {
            throw new InvalidOperationException(
                $"The generated requests do not exercise every rule and decision: kinds {string.Join(", ", counts.Keys)}; never a finding: {string.Join(", ", never)}.");
        }

        return counts;
    }

    /// <summary>Checks with the built-in rule set and fresh peers.</summary>
    public static IReadOnlyDictionary<DecisionKind, int> Check(int generated = GeneratedCount) =>
        Check(new Evaluator(StammRuleSet.Default), new StammFluentValidator(), new StammRulesEngineWorkflow(), generated);

    private static Verdict CheckOne(AssistanceRequest request, EvaluationContext context, Evaluator evaluator, StammFluentValidator validator, StammRulesEngineWorkflow workflow)
    {
        var stamm = Verdict.Of(evaluator.Evaluate(request, context));
        var facts = RequestFacts.From(request, context);
        var fluent = StammFluentValidator.ToVerdict(validator.Validate(facts));
        var engine = StammRulesEngineWorkflow.ToVerdict(workflow.Execute(facts));
        if (!stamm.Equals(fluent) || !stamm.Equals(engine))
        {
            throw new InvalidOperationException(
                $"The engines disagree on {request.Identifier}:\n  StAMM:            {stamm}\n  FluentValidation: {fluent}\n  RulesEngine:      {engine}");
        }

        return stamm;
    }
}
