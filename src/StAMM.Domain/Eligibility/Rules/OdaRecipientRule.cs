using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ODA-RECIPIENT-AND-CODING</c>: every beneficiary country of the request (<see cref="Requests.AssistanceRequest.BeneficiaryCountries"/>) is on the DAC List of ODA Recipients for the
/// reporting year of the activity (the year of its earliest start), so it can be reported as ODA under CRS purpose
/// <see cref="PurposeCode"/> with aid type <see cref="AidType"/>. Warns when a country is not listed or the year is not
/// covered by the configured list.
/// </summary>
/// <remarks>Evidence: expected = the reporting year; detail 1 = year not covered; detail 2 = a country not listed
/// (actual = how many, the first's <see cref="Country.All"/> position in detail bits 8 and up). Immutable value.</remarks>
public sealed class OdaRecipientRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ODA-RECIPIENT-AND-CODING";

    private static readonly RuleParameterFamily DacListParameter = RuleParameterFamily.CodeLists("dacList.", "The DAC List of the reporting year: a country code and income group per entry, \"(assumed)\" when not verified.", "year", "^[0-9]{1,9}$", "'dacList.{year}' with codes such as \"AL UMIC\" or \"XK UMIC (assumed)\"");
    private static readonly RuleParameterDeclaration<ImmutableArray<string>> PurposeCodeParameter = RuleParameterDeclaration.CodeList("purposeCode", "The CRS purpose code; one code.");
    private static readonly RuleParameterDeclaration<ImmutableArray<string>> AidTypeParameter = RuleParameterDeclaration.CodeList("aidType", "The aid type; one code.");

    private OdaRecipientRule(DacList dacList, string purposeCode, string aidType)
        : base(RuleCode, "ODA recipient and CRS coding", Severity.NeedsReview, RuleStage.Reporting, Sources.Oda)
    {
        DacList = dacList;
        PurposeCode = purposeCode;
        AidType = aidType;
        var parameters = ImmutableArray.CreateBuilder<RuleParameter>();
        foreach (var year in dacList.Years)
        {
            parameters.Add(DacListParameter.Member(
                year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RuleValue.OfCodes(dacList.Entries.Where(e => e.ReportingYear == year).Select(e => e.IsAssumption ? $"{e.Country.Code} {e.IncomeGroup} (assumed)" : $"{e.Country.Code} {e.IncomeGroup}"))));
        }

        parameters.Add(PurposeCodeParameter.Of([purposeCode]));
        parameters.Add(AidTypeParameter.Of([aidType]));
        Parameters = parameters.ToImmutable();
    }

    /// <summary>The list of ODA recipients per reporting year.</summary>
    public DacList DacList { get; }

    /// <summary>The CRS purpose code the activity is reported under, such as <c>15190</c>.</summary>
    public string PurposeCode { get; }

    /// <summary>The aid type, such as <c>D02</c> (other technical assistance).</summary>
    public string AidType { get; }

    /// <summary>The kind <c>odaRecipient</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<OdaRecipientRule>(
        "odaRecipient",
        "Every beneficiary country is on the year's DAC List of ODA Recipients, and the request carries the CRS coding.",
        [DacListParameter, PurposeCodeParameter, AidTypeParameter],
        d => Read(d), () => Create(BuiltIn.StammRuleSet.DacList).OrThrow());

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="dacList">The DAC list.</param>
    /// <param name="purposeCode">A five-digit CRS purpose code; <c>15190</c> unless given.</param>
    /// <param name="aidType">An aid-type code; <c>D02</c> unless given.</param>
    /// <returns>The rule, or the problems (paths <c>purposeCode</c>, <c>aidType</c>).</returns>
    public static ValidationResult<OdaRecipientRule> Create(DacList dacList, string purposeCode = "15190", string aidType = "D02")
    {
        Guard.Against.Null(dacList);
        var problems = new ProblemCollector();
        if (purposeCode is not { Length: 5 } || !purposeCode.All(char.IsAsciiDigit))
        {
            problems.Add(ProblemCodes.InvalidFormat, "purposeCode", "A CRS purpose code has five digits.");
        }

        if (string.IsNullOrWhiteSpace(aidType) || aidType.Length > 4)
        {
            problems.Add(ProblemCodes.InvalidFormat, "aidType", "An aid type is a short code such as D02.");
        }

        return problems.Finish(() => new OdaRecipientRule(dacList, purposeCode, aidType));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        var year = request.Dates.EarliestStart.Year;
        var index = DacList.IndexOfYear(year);
        if (index < 0)
        {
            return Warn(year, 0, 1);
        }

        var outside = request.BeneficiaryCountrySet.Except(DacList.CountriesAt(index));
        return outside.IsEmpty ? Pass(year, 0) : Warn(year, outside.Count, 2 | (outside.First() << 8));
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) =>
        RuleValue.OfText(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"DAC list {outcome.Evidence.Expected}; CRS {PurposeCode}, aid type {AidType}"));

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => (outcome.Evidence.Detail & 3) switch
    {
        1 => RuleValue.OfText("year not covered"),
        2 => RuleValue.OfCodes([(outcome.Evidence.Detail >> 8) is var i && i < Country.All.Length ? Country.All[i].Code : "a country"]),
        _ => RuleValue.OfCodes([]),
    };

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => (outcome.Status, outcome.Evidence.Detail & 3) switch
    {
        (OutcomeStatus.Pass, _) => $"Every country is an ODA recipient; report as {DescribeExpected(outcome)}.",
        (_, 1) => $"The DAC list for {outcome.Evidence.Expected} is not configured; check ODA eligibility before reporting.",
        _ => $"{DescribeActual(outcome)} is not on the {DescribeExpected(outcome)}: the activity may not count as ODA.",
    };

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) => (outcome.Evidence.Detail & 3) == 1
        ? Remedy.OutsideRequest(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Configure the DAC list for {outcome.Evidence.Expected} in the rule set, or a person checks ODA eligibility before reporting."),
            new RuleParameter("dacListYear", RuleValue.OfNumber(outcome.Evidence.Expected)))
        : Remedy.PersonDecides($"A person decides whether the activity is reported as ODA: {DescribeActual(outcome)} is not on the {DescribeExpected(outcome)}.");

    /// <summary>Makes the rule from a description: each <c>dacList.{year}</c> code is a country code and income group.</summary>
    private static ValidationResult<OdaRecipientRule> Read(RuleDescription description)
    {
        var problems = new ProblemCollector();
        var entries = new List<DacListEntry>();
        foreach (var (key, value) in description.Members(DacListParameter))
        {
            var year = int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < value.Codes.Length; i++)
            {
                var code = value.Codes[i];
                var parts = code.Split(' ', 3);
                var assumed = parts.Length == 3 && parts[2] == "(assumed)";
                if (parts.Length < 2 || (parts.Length == 3 && !assumed) || !Country.TryFromCode(parts[0], out var country) || country.Code != parts[0] || string.IsNullOrWhiteSpace(parts[1]))
                {
                    var shown = code.Length > 60 ? code[..60] + "…" : code;
                    problems.Add(
                        ProblemCodes.InvalidFormat,
                        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RuleDescription.PathOf(DacListParameter.Name + key)}.codes[{i}]"),
                        $"'{shown}' is not a country code and income group such as \"AL UMIC\" or \"XK UMIC (assumed)\".");
                    continue;
                }

                entries.Add(new DacListEntry(year, country, parts[1], assumed));
            }
        }

        var purpose = description.Get(PurposeCodeParameter);
        var aid = description.Get(AidTypeParameter);
        if (purpose.Length != 1 || aid.Length != 1)
        {
            problems.Add(ProblemCodes.OutOfRange, string.Empty, "purposeCode and aidType each hold one code.");
        }

        if (problems.HasProblems)
        {
            return problems.ToFailure();
        }

        return DacList.Create(entries).TryPickT0(out var list, out var failure)
            ? Create(list, purpose[0], aid[0])
            : new ValidationFailure(failure.Problems.Select(p => new ValidationProblem(p.Code, string.Empty, p.Message)));
    }
}
