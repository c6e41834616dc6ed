using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>REQ-NO-OVERLAP-OTHER-FACILITIES</c>: the requester declares that no other facility (TAIEX, IPA, MIEUX, MPF,
/// another donor) funds the same activity, and states how the request is coordinated with them. Warns otherwise.
/// </summary>
/// <remarks>Evidence: detail bit 1 = no declaration, bit 2 = no coordination statement. Immutable value.</remarks>
public sealed class NoParallelFundingRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "REQ-NO-OVERLAP-OTHER-FACILITIES";

    private static readonly RuleParameterDeclaration<RuleValue> RequireDeclaration = RuleParameterDeclaration.Fixed("requireDeclaration", "The declaration is always required (fixed by the rule).", RuleValue.OfFlag(true));
    private static readonly RuleParameterDeclaration<bool> RequireCoordinationStatementParameter = RuleParameterDeclaration.Flag("requireCoordinationStatement", "Whether a statement of coordination with the other facilities is required.");
    private static readonly RuleParameterDeclaration<ImmutableArray<string>> FacilitiesParameter = RuleParameterDeclaration.CodeList("facilities", "The other facilities the declaration names.");

    private NoParallelFundingRule(bool requireCoordinationStatement, ImmutableArray<string> facilities)
        : base(RuleCode, "No parallel funding by other facilities", Severity.NeedsReview, RuleStage.Duplication, Sources.Duplicates)
    {
        RequireCoordinationStatement = requireCoordinationStatement;
        Facilities = facilities;
        Parameters = [RequireDeclaration.OfFixedValue(), RequireCoordinationStatementParameter.Of(requireCoordinationStatement), FacilitiesParameter.Of(facilities)];
    }

    /// <summary>The rule requiring the declaration and a coordination statement about TAIEX, IPA, MIEUX and MPF.</summary>
    public static NoParallelFundingRule Default { get; } = Create(true, ["TAIEX", "IPA", "MIEUX", "MPF"]);

    /// <summary>Whether a coordination statement is required besides the declaration.</summary>
    public bool RequireCoordinationStatement { get; }

    /// <summary>The facilities the coordination statement should address.</summary>
    public ImmutableArray<string> Facilities { get; }

    /// <summary>The kind <c>noParallelFunding</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<NoParallelFundingRule>(
        "noParallelFunding",
        "The request declares that no other facility funds the same activity.",
        [RequireDeclaration, RequireCoordinationStatementParameter, FacilitiesParameter],
        d => Create(d.Get(RequireCoordinationStatementParameter), d.Get(FacilitiesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Creates the rule.</summary>
    /// <param name="requireCoordinationStatement">Whether a coordination statement is required.</param>
    /// <param name="facilities">The facilities to address.</param>
    /// <returns>The rule.</returns>
    public static NoParallelFundingRule Create(bool requireCoordinationStatement, IEnumerable<string> facilities) =>
        new(requireCoordinationStatement, Guard.Against.NullElements(Guard.Against.Null(facilities)));

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        var missing = (request.DeclaresNoParallelFunding ? 0 : 1) | (RequireCoordinationStatement && request.Coordination is null ? 2 : 0);
        return missing == 0 ? Pass(3, 3) : Warn(3, 3 & ~missing, missing);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleValue.OfCodes(RequireCoordinationStatement ? ["declaration", "coordination"] : ["declaration"]);

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome)
    {
        var given = outcome.Evidence.Actual;
        return RuleValue.OfCodes([.. (given & 1) != 0 ? ["declaration"] : Array.Empty<string>(), .. (given & 2) != 0 ? ["coordination"] : Array.Empty<string>()]);
    }

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
        ? "No parallel funding is declared and coordination with other facilities is described."
        : (outcome.Evidence.Detail & 1) != 0
            ? $"The request does not declare that no other facility ({string.Join(", ", Facilities)}) funds the same activity."
            : $"The request does not say how it is coordinated with {string.Join(", ", Facilities)}.";

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        var missing = outcome.Evidence.Detail;
        var declare = (missing & 1) != 0;
        var coordinate = (missing & 2) != 0 && RequireCoordinationStatement;
        var facilities = string.Join(", ", Facilities);
        var codes = RuleValue.OfCodes([.. declare ? ["declaration"] : Array.Empty<string>(), .. coordinate ? ["coordination"] : Array.Empty<string>()]);
        return (declare, coordinate) switch
        {
            (true, true) => Remedy.ChangeRequest($"Declare that no other facility ({facilities}) funds the same activity, and state how the request is coordinated with them.", new RuleParameter("declare", codes)),
            (true, false) => Remedy.ChangeRequest($"Declare that no other facility ({facilities}) funds the same activity.", new RuleParameter("declare", codes)),
            (false, true) => Remedy.ChangeRequest($"State how the request is coordinated with {facilities}.", new RuleParameter("declare", codes)),
            _ => Remedy.NotNamed("No remedy can be named: the finding names no missing statement."),
        };
    }
}
