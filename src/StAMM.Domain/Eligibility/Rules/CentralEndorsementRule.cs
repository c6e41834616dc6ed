using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>REQ-CENTRAL-ENDORSEMENT</c>: a requester that is not a central-level authority (a local authority, a civil-society
/// co-requester, ...) attaches an endorsement letter from the competent central institution.
/// </summary>
/// <remarks>Evidence: actual = the requester's type; detail = 1 when the letter is missing. Immutable value.</remarks>
public sealed class CentralEndorsementRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "REQ-CENTRAL-ENDORSEMENT";

    private static readonly RuleParameterDeclaration<ImmutableArray<InstitutionType>> ExemptTypesParameter = RuleParameterDeclaration.Names<InstitutionType>("exemptTypes", "The requester types that need no endorsement.");
    private static readonly RuleParameterDeclaration<RuleValue> RequiredAttachment = RuleParameterDeclaration.Fixed("requiredAttachment", "The attachment the rule requires (fixed: endorsementLetter).", RuleValue.OfNames([AttachmentKind.EndorsementLetter]));

    private readonly int _exempt;

    private CentralEndorsementRule(ImmutableSortedSet<InstitutionType> exempt)
        : base(RuleCode, "Endorsement by a central institution", Severity.Blocks, RuleStage.Scope, Sources.Endorsement)
    {
        ExemptTypes = exempt;
        _exempt = RuleMath.Mask(exempt);
        Parameters = [ExemptTypesParameter.Of([.. exempt]), RequiredAttachment.OfFixedValue()];
    }

    /// <summary>The rule with central-level authorities and regional organisations exempt.</summary>
    public static CentralEndorsementRule Default { get; } = Create(
        [InstitutionType.Ministry, InstitutionType.CentralAgency, InstitutionType.LawEnforcement, InstitutionType.Judiciary,
         InstitutionType.Parliament, InstitutionType.Ombudsperson, InstitutionType.RegionalOrganisation]);

    /// <summary>The requester types that need no endorsement.</summary>
    public ImmutableSortedSet<InstitutionType> ExemptTypes { get; }

    /// <summary>The kind <c>centralEndorsement</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<CentralEndorsementRule>(
        "centralEndorsement",
        "A request of a local institution carries a central institution's endorsement letter.",
        [ExemptTypesParameter, RequiredAttachment],
        d => Create(d.Get(ExemptTypesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Creates the rule.</summary>
    /// <param name="exemptTypes">The requester types that need no endorsement.</param>
    /// <returns>The rule.</returns>
    public static CentralEndorsementRule Create(IEnumerable<InstitutionType> exemptTypes) =>
        new(Guard.Against.NullElements(Guard.Against.Null(exemptTypes)).ToImmutableSortedSet());

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        var type = (int)request.Requester.Type;
        if ((_exempt & (1 << type)) != 0)
        {
            return NotApplicable();
        }

        return request.Declares(AttachmentKind.EndorsementLetter) ? Pass(1, type) : Fail(1, type, 1);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => Parameters[1].Value;

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleMath.NameOf<InstitutionType>(outcome.Evidence.Actual);

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass => "The request carries an endorsement letter from a central institution.",
        OutcomeStatus.NotApplicable => "A central-level requester needs no endorsement.",
        _ => $"The requester ({DescribeActual(outcome)}) needs an endorsement letter from the competent central institution.",
    };

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.ChangeRequest("Attach an endorsement letter from the competent central institution.", new RuleParameter("attach", Parameters[1].Value));
}
