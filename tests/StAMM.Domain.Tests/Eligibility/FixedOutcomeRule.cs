using System.Collections.Immutable;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Tests.Eligibility;

/// <summary>A blocking rule whose outcome is given: a stand-in for a real rule where only its status matters.</summary>
internal sealed class FixedOutcomeRule(string code, OutcomeStatus status, RuleStage stage = RuleStage.Timing)
    : EligibilityRule(code, code, Severity.Blocks, stage, new SourceReference("test"))
{
    public override string Kind => "fixed";

    public override ImmutableArray<RuleParameter> Parameters => [];

    public override RuleOutcome Evaluate(in EvaluationInput input) => new(this, status, default);
}
