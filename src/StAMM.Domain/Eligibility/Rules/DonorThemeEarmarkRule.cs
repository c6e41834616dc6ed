using System.Collections.Immutable;
using System.Numerics;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>DON-THEME-EARMARK</c>: among the contributions that pass the country earmark, some allows the requested activity type and at least one of the request's themes. Not applicable when none passed the country earmark.
/// </summary>
/// <remarks>Evidence: expected = the contributions considered; actual = those that pass. Donor matching
/// (<see cref="DonorMatch"/>) tells, for each contribution, why it cannot fund the request. Immutable value.</remarks>
public sealed class DonorThemeEarmarkRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "DON-THEME-EARMARK";

    private DonorThemeEarmarkRule()
        : base(RuleCode, "Donor theme and activity-type earmark", Severity.Blocks, RuleStage.Money, Sources.DonorThemes)
    {
    }

    /// <summary>The rule.</summary>
    public static DonorThemeEarmarkRule Default { get; } = new();

    /// <summary>The kind <c>donorThemeEarmark</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<DonorThemeEarmarkRule>(
        "donorThemeEarmark",
        "Some contribution may fund one of the request's themes.",
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
        var considered = donors.Country;
        if (considered == 0)
        {
            return NotApplicable();
        }

        var passing = considered & donors.Type & donors.Theme;
        var n = BitOperations.PopCount(considered);
        return passing != 0 ? Pass(n, BitOperations.PopCount(passing)) : Fail(n, 0);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Expected, "contributions");

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleValue.OfNumber(outcome.Evidence.Actual, "contributions");

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.OutsideRequest("The project needs a contribution that allows the activity type and a theme of the request; donor matching names why each one cannot fund it.");

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass => $"{Wording.Passing(outcome.Evidence.Actual, outcome.Evidence.Expected, "contributions")}: a contribution allows the activity type and a theme of the request.",
        OutcomeStatus.NotApplicable => "No contribution passed the earlier earmarks, so this one was not checked.",
        _ => $"{Wording.Passing(0, outcome.Evidence.Expected, "contributions")}: no contribution allows the activity type and a theme of the request.",
    };
}
