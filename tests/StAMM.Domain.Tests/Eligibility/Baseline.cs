using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Eligibility;

/// <summary>
/// The clearly eligible request the eligibility tests vary one thing at a time, and the context they evaluate it in,
/// made with StAMM.Domain.Testing's builders. The request is <see cref="A.Request"/> changed to a two-day workshop on
/// asylum, submitted on 3 March 2025 and starting 99 days later; everything else (the Ministry of Security, 20
/// participants from Bosnia and Herzegovina, EUR 12 000, every attachment and declaration) is the builder's default.
/// </summary>
/// <remarks>
/// The context's contributions (test data, not facts about StAMM): SEM, EUR 500 000 (EUR 100 000 committed), may be
/// spent in BA, RS, XK and MK, any theme, no period limit; Czech MoI "Aid in Place", EUR 300 000 (EUR 280 000
/// committed), in AL, BA, MK and RS, for asylum, border management and irregular migration, in 2025 only.
/// Montenegro is funded by neither, so a Montenegrin request fails the country earmark.
/// </remarks>
internal static class Baseline
{
    public static readonly LocalDate Submission = new(2025, 3, 3);

    public static Contribution SemContribution { get; } = Contribution.Create(
        Stamm.StateSecretariatForMigration,
        amount: Money.Of(500_000m, Currency.Eur),
        earmarks: Earmarks.Create(countries: [Country.BosniaAndHerzegovina, Country.Serbia, Country.Kosovo, Country.NorthMacedonia])).OrThrow();

    public static Contribution CzechContribution { get; } = Contribution.Create(
        Stamm.CzechMinistryOfTheInterior,
        Stamm.AidInPlace,
        Money.Of(300_000m, Currency.Eur),
        new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)),
        Earmarks.Create(
            countries: [Country.Albania, Country.BosniaAndHerzegovina, Country.NorthMacedonia, Country.Serbia],
            themes: [ThematicArea.Asylum, ThematicArea.BorderManagement, ThematicArea.IrregularMigrationAndReturn])).OrThrow();

    /// <summary>The clearly eligible workshop.</summary>
    public static RequestBuilder Request { get; } = A.Request
        .WithIdentifier("2025-017-BA-MoS")
        .SubmittedOn(Submission)
        .OfKind(ActivityType.Workshop)
        .Titled("Workshop on asylum procedures")
        .StartingIn(days: 99)
        .Lasting(days: 2)
        .Serving("Strategy on Migration and Asylum 2021-2025");

    /// <summary>The StAMM project on the day of submission, with the two balances.</summary>
    public static EvaluationContextBuilder Context { get; } = An.EvaluationContext
        .On(Submission)
        .WithBalances(
            ContributionBalance.Create(SemContribution, committed: Money.Of(100_000m, Currency.Eur)).OrThrow(),
            ContributionBalance.Create(CzechContribution, committed: Money.Of(280_000m, Currency.Eur)).OrThrow());

    public static Institution Ministry(Country country) => Institution.Create("Ministry of the Interior", country, InstitutionType.Ministry).OrThrow();
}
