using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>REQ-COUNTRY-IN-SCOPE</c>: every country the request involves (the requester's, the co-requester's, the
/// beneficiaries' and the participants') is one of the project's countries. Fails otherwise.
/// </summary>
/// <remarks>Evidence: expected = number of allowed countries; actual = number of countries outside; detail = the first
/// of them (<see cref="Country.All"/> position). Immutable value.</remarks>
public sealed class CountryInScopeRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "REQ-COUNTRY-IN-SCOPE";

    private static readonly RuleParameterDeclaration<ImmutableArray<Country>> CountriesParameter = RuleParameterDeclaration.Countries("countries", "The countries in scope.");

    private readonly CountrySet _set;

    private CountryInScopeRule(ImmutableSortedSet<Country> countries)
        : base(RuleCode, "Country in scope", Severity.Blocks, RuleStage.Scope, Sources.CountryScope)
    {
        Countries = countries;
        _set = CountrySet.Of(countries);
        Parameters = [CountriesParameter.Of([.. countries])];
    }

    /// <summary>The rule with the Western Balkans six (AL, BA, XK, ME, MK, RS).</summary>
    public static CountryInScopeRule Default { get; } = Create(CountryGroup.WesternBalkans.Countries).OrThrow();

    /// <summary>The countries in scope.</summary>
    public ImmutableSortedSet<Country> Countries { get; }

    /// <summary>The kind <c>countryInScope</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<CountryInScopeRule>(
        "countryInScope",
        "Every country the request involves is in the project's scope.",
        [CountriesParameter],
        d => Create(d.Get(CountriesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="countries">The countries in scope; at least one.</param>
    /// <returns>The rule, or the problem (path <c>countries</c>).</returns>
    public static ValidationResult<CountryInScopeRule> Create(IEnumerable<Country> countries)
    {
        var list = Guard.Against.NullElements(Guard.Against.Null(countries));
        var problems = new ProblemCollector();
        if (list.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "countries", "At least one country is in scope.");
        }

        return problems.Finish(() => new CountryInScopeRule([.. list]));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var outside = input.Request.CountrySet.Except(_set);
        return outside.IsEmpty ? Pass(Countries.Count, 0, -1) : Fail(Countries.Count, outside.Count, outside.First());
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => Parameters[0].Value;

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome)
    {
        var e = outcome.Evidence;
        if (e.Actual <= 0)
        {
            return RuleValue.OfCodes([]);
        }

        var first = e.Detail >= 0 && e.Detail < Country.All.Length ? Country.All[e.Detail].Code : "a country";
        return RuleValue.OfCodes(e.Actual == 1 ? [first] : [first, string.Create(CultureInfo.InvariantCulture, $"+{e.Actual - 1} more")]);
    }

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
        ? "Every country involved is in the project's scope."
        : $"The request involves {DescribeActual(outcome)}, outside the project's countries ({DescribeExpected(outcome)}).";

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) => Remedy.ChangeRequest(
        $"Involve only the project's countries ({DescribeExpected(outcome)}) as requester, co-requester, beneficiaries, scope and participants; {DescribeActual(outcome)} are outside.",
        new RuleParameter("countries", DescribeExpected(outcome)),
        new RuleParameter("outside", DescribeActual(outcome)));
}
