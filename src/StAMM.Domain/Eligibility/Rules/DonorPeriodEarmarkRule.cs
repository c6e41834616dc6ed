using System.Collections.Immutable;
using System.Numerics;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>DON-PERIOD-EARMARK</c>: among the contributions that pass the country and theme earmarks, some has a period that can hold the requested dates (an unknown period does not restrict). Not applicable when none passed the earlier earmarks.
/// </summary>
/// <remarks>Evidence: expected = the contributions considered; actual = those that pass. Donor matching
/// (<see cref="DonorMatch"/>) tells, for each contribution, why it cannot fund the request. Immutable value.</remarks>
public sealed class DonorPeriodEarmarkRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "DON-PERIOD-EARMARK";

    private DonorPeriodEarmarkRule()
        : base(RuleCode, "Donor period earmark", Severity.Blocks, RuleStage.Money, Sources.DonorPeriods)
    {
    }

    /// <summary>The rule.</summary>
    public static DonorPeriodEarmarkRule Default { get; } = new();

    /// <summary>The kind <c>donorPeriodEarmark</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<DonorPeriodEarmarkRule>(
        "donorPeriodEarmark",
        "Some contribution may be spent on the requested days.",
        [],
        d => Default, () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters => [];

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var donors = input.Donors;
        var considered = donors.Country & donors.Type & donors.Theme;
        if (considered == 0)
        {
            return NotApplicable();
        }

        var passing = considered & donors.Period;
        var n = BitOperations.PopCount(considered);
        return passing != 0 ? Pass(n, BitOperations.PopCount(passing)) : Fail(n, 0);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected, "contributions");

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual, "contributions");

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.OutsideRequest("The project needs a contribution that has a period that can hold the requested dates; donor matching names why each one cannot fund it.");

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass => $"{Wording.Passing(outcome.Evidence.Actual, outcome.Evidence.Expected, "contributions")}: a contribution's period can hold the requested dates.",
        OutcomeStatus.NotApplicable => "No contribution passed the earlier earmarks, so this one was not checked.",
        _ => $"{Wording.Passing(0, outcome.Evidence.Expected, "contributions")}: no contribution's period can hold the requested dates.",
    };
}
