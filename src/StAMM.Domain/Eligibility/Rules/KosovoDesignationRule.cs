using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>OUT-KOSOVO-DESIGNATION</c>: when a request involves Kosovo (as a country of the requester, a beneficiary or
/// participants, or by naming it in its title), its outputs are set to use an accepted footnote variant, and its title,
/// which goes onto agendas and certificates, writes "Kosovo" with the marker ("Kosovo*"). Warns otherwise; advisory,
/// since the fix is editorial.
/// </summary>
/// <remarks>Evidence: detail bit 1 = no output designation configured, bit 2 = a variant not accepted, bit 4 = the title
/// names Kosovo without the marker. Immutable value.</remarks>
public sealed class KosovoDesignationRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "OUT-KOSOVO-DESIGNATION";

    private static readonly RuleParameterDeclaration<ImmutableArray<string>> AcceptedVariantsParameter = RuleParameterDeclaration.CodeList("acceptedVariants", "The accepted footnote variants, among EU, UN, CoE and ICMPD.");
    private static readonly RuleParameterDeclaration<RuleValue> Marker = RuleParameterDeclaration.Fixed("marker", "The marker after the name (fixed: *).", RuleValue.OfText("*"));

    private static readonly ImmutableArray<(string Code, KosovoDesignation Designation)> Variants =
    [
        ("EU", KosovoDesignation.EuropeanUnion),
        ("UN", KosovoDesignation.UnitedNations),
        ("CoE", KosovoDesignation.CouncilOfEurope),
        ("ICMPD", KosovoDesignation.Icmpd),
    ];

    private readonly KosovoDesignation[] _accepted;

    private KosovoDesignationRule(ImmutableArray<string> accepted)
        : base(RuleCode, "Kosovo* designation in outputs", Severity.Advisory, RuleStage.Reporting, Sources.Kosovo)
    {
        AcceptedVariants = accepted;
        _accepted = [.. accepted.Select(code => Variants.First(v => v.Code == code).Designation)];
        Parameters = [AcceptedVariantsParameter.Of(accepted), Marker.OfFixedValue()];
    }

    /// <summary>The rule accepting the EU, UN, Council of Europe and ICMPD footnotes.</summary>
    public static KosovoDesignationRule Default { get; } = Create(["EU", "UN", "CoE", "ICMPD"]).OrThrow();

    /// <summary>The accepted footnote variants: <c>EU</c>, <c>UN</c>, <c>CoE</c>, <c>ICMPD</c>.</summary>
    public ImmutableArray<string> AcceptedVariants { get; }

    /// <summary>The kind <c>kosovoDesignation</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<KosovoDesignationRule>(
        "kosovoDesignation",
        "Outputs that name Kosovo carry an accepted designation footnote.",
        [AcceptedVariantsParameter, Marker],
        d => Create(d.Get(AcceptedVariantsParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="acceptedVariants">Codes among <c>EU</c>, <c>UN</c>, <c>CoE</c>, <c>ICMPD</c>; at least one.</param>
    /// <returns>The rule, or the problems (paths <c>acceptedVariants[i]</c>).</returns>
    public static ValidationResult<KosovoDesignationRule> Create(IEnumerable<string> acceptedVariants)
    {
        var list = Guard.Against.NullElements(Guard.Against.Null(acceptedVariants));
        var problems = new ProblemCollector();
        if (list.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "acceptedVariants", "At least one variant is accepted.");
        }

        for (var i = 0; i < list.Length; i++)
        {
            var code = list[i];
            if (!Variants.Any(v => v.Code == code))
            {
                problems.Add(ProblemCodes.UnknownCode, $"acceptedVariants[{i}]", $"'{code}' is not one of EU, UN, CoE, ICMPD.");
            }
        }

        return problems.Finish(() => new KosovoDesignationRule(list));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        var title = request.Title;
        var titleIndex = title.IndexOf("Kosovo", StringComparison.Ordinal);
        if (!request.InvolvesKosovo && titleIndex < 0)
        {
            return NotApplicable();
        }

        var problems = 0;
        var designation = request.OutputDesignation;
        if (designation is null)
        {
            problems |= 1;
        }
        else
        {
            var accepted = false;
            foreach (var candidate in _accepted)
            {
                accepted |= candidate == designation;
            }

            problems |= accepted ? 0 : 2;
        }

        var marker = designation?.Marker ?? "*";
        while (titleIndex >= 0)
        {
            var after = titleIndex + "Kosovo".Length;
            if (!title.AsSpan(after).StartsWith(marker, StringComparison.Ordinal))
            {
                problems |= 4;
                break;
            }

            titleIndex = title.IndexOf("Kosovo", after, StringComparison.Ordinal);
        }

        return problems == 0 ? Pass(0, 0) : Warn(0, problems, problems);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => Parameters[0].Value;

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome)
    {
        var d = outcome.Evidence.Detail;
        return RuleValue.OfNameCodes([.. (d & 1) != 0 ? ["noDesignation"] : Array.Empty<string>(), .. (d & 2) != 0 ? ["variantNotAccepted"] : Array.Empty<string>(), .. (d & 4) != 0 ? ["titleWithoutMarker"] : Array.Empty<string>()]);
    }

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass => "Outputs will show Kosovo* with an accepted footnote.",
        OutcomeStatus.NotApplicable => "No country or title of the request calls for the designation.",
        _ => $"Outputs must show \"Kosovo*\" with an accepted footnote ({DescribeExpected(outcome)}); found: {DescribeActual(outcome)}.",
    };

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        var d = outcome.Evidence.Detail;
        var designation = (d & 3) != 0;
        var title = (d & 4) != 0;
        var marker = (designation ? null : request.OutputDesignation?.Marker) ?? "*";
        var variants = Parameters[0].Value;
        var values = new List<RuleParameter>(2);
        var parts = new List<string>(2);
        if (designation)
        {
            values.Add(new RuleParameter("outputDesignation", variants));
            parts.Add($"set the outputs' designation of Kosovo to an accepted footnote ({variants})");
        }

        if (title)
        {
            values.Add(new RuleParameter("titleMarker", RuleValue.OfText(marker)));
            parts.Add(designation ? "write \"Kosovo\" in the title with that footnote's marker" : $"write \"Kosovo{marker}\" in the title");
        }

        if (parts.Count == 0)
        {
            return Remedy.NotNamed("No remedy can be named: the finding names no problem of the designation.");
        }

        var text = string.Join(", and ", parts);
        return Remedy.Create(RemedyKind.ChangeRequest, string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1), "."), values);
    }
}
