using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>REQ-INSTITUTION-TYPE</c>: the requester is an eligible public body. Some types (civil society by default) may
/// request only jointly with a co-requester of an eligible type. Individuals and companies never.
/// </summary>
/// <remarks>Evidence: actual = the requester's type; detail = 1 when the type is not allowed, 2 when it may only
/// request jointly and has no eligible co-requester. Immutable value.</remarks>
public sealed class InstitutionTypeRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "REQ-INSTITUTION-TYPE";

    private static readonly RuleParameterDeclaration<ImmutableArray<InstitutionType>> AllowedTypesParameter = RuleParameterDeclaration.Names<InstitutionType>("allowedTypes", "The types that may request.");
    private static readonly RuleParameterDeclaration<ImmutableArray<InstitutionType>> JointOnlyTypesParameter = RuleParameterDeclaration.Names<InstitutionType>("jointOnlyTypes", "The types that may request only with a co-requester of an allowed type.", optional: true);

    private readonly int _allowed;
    private readonly int _jointOnly;

    private InstitutionTypeRule(ImmutableSortedSet<InstitutionType> allowed, ImmutableSortedSet<InstitutionType> jointOnly)
        : base(RuleCode, "Eligible requesting institution", Severity.Blocks, RuleStage.Scope, Sources.WhoMayRequest)
    {
        AllowedTypes = allowed;
        JointOnlyTypes = jointOnly;
        _allowed = RuleMath.Mask(allowed);
        _jointOnly = RuleMath.Mask(jointOnly);
        Parameters = [AllowedTypesParameter.Of([.. allowed]), JointOnlyTypesParameter.Of([.. jointOnly])];
    }

    /// <summary>The rule with public authorities allowed and civil society only jointly.</summary>
    public static InstitutionTypeRule Default { get; } = Create(
        [InstitutionType.Ministry, InstitutionType.CentralAgency, InstitutionType.LawEnforcement, InstitutionType.Judiciary,
         InstitutionType.Parliament, InstitutionType.Ombudsperson, InstitutionType.LocalAuthority, InstitutionType.RegionalOrganisation],
        [InstitutionType.CivilSociety]).OrThrow();

    /// <summary>The types that may request.</summary>
    public ImmutableSortedSet<InstitutionType> AllowedTypes { get; }

    /// <summary>The types that may request only with a co-requester of an allowed type.</summary>
    public ImmutableSortedSet<InstitutionType> JointOnlyTypes { get; }

    /// <summary>The kind <c>institutionType</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<InstitutionTypeRule>(
        "institutionType",
        "The requesting institution is of an eligible type.",
        [AllowedTypesParameter, JointOnlyTypesParameter],
        d => Create(d.Get(AllowedTypesParameter), d.Get(JointOnlyTypesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="allowedTypes">The types that may request; at least one.</param>
    /// <param name="jointOnlyTypes">The types that may request only jointly; none of the allowed ones.</param>
    /// <returns>The rule, or the problems (paths <c>allowedTypes</c>, <c>jointOnlyTypes</c>).</returns>
    public static ValidationResult<InstitutionTypeRule> Create(IEnumerable<InstitutionType> allowedTypes, IEnumerable<InstitutionType>? jointOnlyTypes = null)
    {
        var allowed = Guard.Against.NullElements(Guard.Against.Null(allowedTypes)).ToImmutableSortedSet();
        var joint = Guard.Against.NullElements(jointOnlyTypes).ToImmutableSortedSet();
        var problems = new ProblemCollector();
        if (allowed.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "allowedTypes", "At least one type may request.");
        }

        foreach (var type in joint)
        {
            if (allowed.Contains(type))
            {
                problems.Add(ProblemCodes.NotAllowed, "jointOnlyTypes", $"{type} is allowed on its own already.");
            }
        }

        return problems.Finish(() => new InstitutionTypeRule(allowed, joint));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        var type = (int)request.Requester.Type;
        if ((_allowed & (1 << type)) != 0)
        {
            return Pass(0, type);
        }

        if ((_jointOnly & (1 << type)) != 0)
        {
            return request.CoRequester is { } co && (_allowed & (1 << (int)co.Type)) != 0 ? Pass(0, type) : Fail(0, type, 2);
        }

        return Fail(0, type, 1);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => Parameters[0].Value;

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleMath.NameOf<InstitutionType>(outcome.Evidence.Actual);

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => (outcome.Status, outcome.Evidence.Detail) switch
    {
        (OutcomeStatus.Pass, _) => $"The requester is eligible ({DescribeActual(outcome)}).",
        (_, 2) => $"The requester ({DescribeActual(outcome)}) may request only with a co-requesting public authority.",
        _ => $"The requester ({DescribeActual(outcome)}) cannot request; eligible are {DescribeExpected(outcome)}.",
    };

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) => outcome.Evidence.Detail == 2
        ? Remedy.ChangeRequest($"Add a co-requester of an eligible type: {Parameters[0].Value}.", new RuleParameter("coRequesterTypes", Parameters[0].Value))
        : Remedy.ChangeRequest($"Have an eligible institution request: {Parameters[0].Value}.", new RuleParameter("requesterTypes", Parameters[0].Value));
}
