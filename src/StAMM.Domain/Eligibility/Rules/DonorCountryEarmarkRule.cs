using System.Collections.Immutable;
using System.Numerics;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>DON-COUNTRY-EARMARK</c>: some contribution may be spent in every beneficiary country of the request (requester, co-requester, beneficiary institutions, regional scope). Fails otherwise; an empty context fails too.
/// </summary>
/// <remarks>Evidence: expected = the contributions considered; actual = those that pass. Donor matching
/// (<see cref="DonorMatch"/>) tells, for each contribution, why it cannot fund the request. Immutable value.</remarks>
public sealed class DonorCountryEarmarkRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "DON-COUNTRY-EARMARK";

    private DonorCountryEarmarkRule()
        : base(RuleCode, "Donor country earmark", Severity.Blocks, RuleStage.Money, Sources.DonorCountries)
    {
    }

    /// <summary>The rule.</summary>
    public static DonorCountryEarmarkRule Default { get; } = new();

    /// <summary>The kind <c>donorCountryEarmark</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<DonorCountryEarmarkRule>(
        "donorCountryEarmark",
        "Some contribution may be spent in every beneficiary country.",
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
        var passing = donors.Country;
        return passing != 0 ? Pass(donors.Count, BitOperations.PopCount(passing)) : Fail(donors.Count, 0);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected, "contributions");

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual, "contributions");

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.OutsideRequest("The project needs a contribution that may be spent in every beneficiary country of the request; donor matching names why each one cannot fund it.");

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass => $"{Wording.Passing(outcome.Evidence.Actual, outcome.Evidence.Expected, "contributions")}: a contribution may be spent in every beneficiary country.",
        OutcomeStatus.NotApplicable => "No contribution passed the earlier earmarks, so this one was not checked.",
        _ => $"{Wording.Passing(0, outcome.Evidence.Expected, "contributions")}: no contribution may be spent in every beneficiary country.",
    };
}
