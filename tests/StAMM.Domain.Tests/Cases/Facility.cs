using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Eligibility;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Cases;

/// <summary>
/// A small facility for the case and portfolio tests: the built-in StAMM project with two contributions of known
/// (illustrative) amounts, people in their roles, and one-rule rule sets that decide eligible, needs review or
/// ineligible, so each case rule can be tested on its own.
/// </summary>
internal static class Facility
{
    // The people, contributions and exchange rate are the testing package's illustrative facility's.
    public static Institution Icmpd => IllustrativeFacility.Icmpd;

    public static Contribution Swiss => IllustrativeFacility.SwissContribution;

    public static Contribution Czech => IllustrativeFacility.CzechContribution;

    public static Actor Officer => IllustrativeFacility.Officer;

    public static Actor Reviewer => IllustrativeFacility.Reviewer;

    public static Actor Approver => IllustrativeFacility.Approver;

    public static Actor Requester => IllustrativeFacility.Requester;

    public static readonly Instant Start = RequestBuilder.DefaultSubmissionDate.At(new LocalTime(9, 0)).InUtc().ToInstant();

    public static ExchangeRate EurToChf => IllustrativeFacility.EurToChf;

    /// <summary>A rule set of one rule with a fixed status, in force from the project's start.</summary>
    public static RuleSet Rules(OutcomeStatus status, string version = "1") =>
        RuleSet.Create("Test rules", version, new LocalDate(2018, 12, 1), null, [new FixedOutcomeRule("TEST-RULE", status)]).OrThrow();

    public static RuleSet EligibleRules { get; } = Rules(OutcomeStatus.Pass);

    public static RuleSet ReviewRules { get; } = Rules(OutcomeStatus.Warn);

    public static RuleSet IneligibleRules { get; } = Rules(OutcomeStatus.Fail);

    public static AssistanceRequest Request { get; } = A.Request.BuildValid();

    public static Instant Hours(int hours) => Start.Plus(Duration.FromHours(hours));

    public static Portfolio Empty(RuleSet rules) => Portfolio.Create(Stamm.Project, [rules], [Swiss, Czech]).OrThrow();

    /// <summary>A portfolio holding one case, submitted at <see cref="Start"/> and evaluated an hour later.</summary>
    public static Portfolio Evaluated(RuleSet rules, AssistanceRequest? request = null)
    {
        var r = request ?? Request;
        var portfolio = Empty(rules).Append(CaseSubmitted.Create(r, r.Submitted, Officer).OrThrow()).OrThrow();
        return portfolio.Evaluate(r.Identifier, r.Submitted.Plus(Duration.FromHours(1)), Officer).OrThrow();
    }

    public static Commitment Euros(decimal amount) => Commitment.Create(Czech, Money.Of(amount, Currency.Eur)).OrThrow();

    public static FindingReview Accept(string code = "TEST-RULE") => FindingReview.Accept(code, "Checked with the requester; it does not stand in the way.").OrThrow();

    public static AssistanceCase Case(this Portfolio portfolio) => portfolio.FindCase(Request.Identifier)!;

    /// <summary>Applies a case transition and records its event in the portfolio.</summary>
    public static Portfolio Then(this Portfolio portfolio, Func<AssistanceCase, ValidationResult<CaseTransition>> transition) =>
        portfolio.Append(transition(portfolio.Case()).OrThrow().Event).OrThrow();
}
