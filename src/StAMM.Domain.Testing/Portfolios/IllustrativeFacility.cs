using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// A facility to test against: the built-in StAMM project with two contributions of <b>illustrative</b> amounts (the seed
/// states no amount; these are invented for tests and samples, never facts), the people who act on cases in their
/// roles, and the built-in rules as two successive versions.
/// </summary>
/// <remarks>
/// The built-in <see cref="Stamm.Project"/> keeps its facts as the seed states them (unknown amounts stay unknown); only a
/// portfolio built from this class carries amounts, so evaluations against it can come out eligible.
/// </remarks>
public static class IllustrativeFacility
{
    /// <summary>ICMPD, the implementing organisation, whose staff act on cases.</summary>
    public static Institution Icmpd { get; } =
        Institution.Create("International Centre for Migration Policy Development", Country.FromCode("AT"), InstitutionType.RegionalOrganisation, acronym: "ICMPD").OrThrow();

    /// <summary>The Swiss State Secretariat for Migration's contribution: CHF 100,000 (illustrative).</summary>
    public static Contribution SwissContribution { get; } =
        Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(100_000m, Currency.Chf)).OrThrow();

    /// <summary>The Czech Ministry of the Interior's contribution: EUR 50,000 (illustrative).</summary>
    public static Contribution CzechContribution { get; } =
        Contribution.Create(Stamm.CzechMinistryOfTheInterior, amount: Money.Of(50_000m, Currency.Eur)).OrThrow();

    /// <summary>A programme officer of ICMPD: submits, evaluates, rejects, delivers and closes.</summary>
    public static Actor Officer { get; } = Actor.Create("Ana Officer", "programme officer", Icmpd).OrThrow();

    /// <summary>A reviewer of ICMPD: decides on the findings that send a request to review.</summary>
    public static Actor Reviewer { get; } = Actor.Create("Rita Reviewer", "reviewer", Icmpd).OrThrow();

    /// <summary>The head of the facility: approves, and overrides an ineligible decision with a justification.</summary>
    public static Actor Approver { get; } = Actor.Create("Alex Approver", "head of facility", Icmpd).OrThrow();

    /// <summary>A requester's focal point (Ministry of Security of Bosnia and Herzegovina): amends and withdraws.</summary>
    public static Actor Requester { get; } = Actor.Create("Amra Hodžić", "focal point", Stamm.MinistryOfSecurityOfBosniaAndHerzegovina).OrThrow();

    /// <summary>An illustrative exchange rate, EUR 1 = CHF 0.94 (InforEuro), dated the builders' default submission day.</summary>
    public static ExchangeRate EurToChf { get; } =
        ExchangeRate.Create(Currency.Eur, Currency.Chf, 0.94m, "InforEuro", RequestBuilder.DefaultSubmissionDate).OrThrow();

    /// <summary>The built-in rules as version 2025.1, in force from the project's start until the end of 2025.</summary>
    public static RuleSet Rules2025 { get; } =
        RuleSet.Create(StammRuleSet.Name, "2025.1", new LocalDate(2018, 12, 1), new LocalDate(2025, 12, 31), StammRuleSet.Default.Rules).OrThrow();

    /// <summary>The built-in rules as version 2026.1, in force from 2026.</summary>
    public static RuleSet Rules2026 { get; } =
        RuleSet.Create(StammRuleSet.Name, "2026.1", new LocalDate(2026, 1, 1), null, StammRuleSet.Default.Rules).OrThrow();

    /// <summary>A portfolio of the built-in project with both contributions and both rule-set versions, and no case yet.</summary>
    /// <returns>The empty portfolio.</returns>
    public static Portfolio EmptyPortfolio() =>
        Portfolio.Create(Stamm.Project, [Rules2025, Rules2026], [SwissContribution, CzechContribution]).OrThrow();
}
