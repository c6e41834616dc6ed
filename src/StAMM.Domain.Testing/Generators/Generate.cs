using CsCheck;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Time;

namespace StAMM.Domain.Testing;

/// <summary>
/// CsCheck generators for every public domain type. Types a factory validates have a <see cref="DomainGenerator{T, TInput, TFlaw}"/>
/// (<c>Generate.Activity.Valid</c>, <c>Generate.Activity.JustInvalid(ActivityFlaw.BlankTitle)</c>); types that cannot be
/// invalid have a plain <see cref="Gen{T}"/> (<c>Generate.Country</c>).
/// </summary>
/// <example>
/// <code>
/// Generate.Activity.Valid.Sample(activity => activity.Title.Should().NotBeNullOrWhiteSpace());
/// Generate.Scope.JustInvalid(ScopeFlaw.SharesNotSummingTo100)
///     .Sample(f => f.Create().Should().FailWithExactly(f.Code, f.Path));
/// </code>
/// </example>
public static class Generate
{
    // Declared in dependency order: a generator's static initialiser uses the ones above it.

    /// <summary>Any country of the IATI codelist, withdrawn codes included.</summary>
    public static Gen<Country> Country { get; } = Values.Country;

    /// <summary>One of the Western Balkans six.</summary>
    public static Gen<Country> WesternBalkansCountry { get; } = Values.WesternBalkansCountry;

    /// <summary>Any IATI region.</summary>
    public static Gen<IatiRegion> Region { get; } = Values.Region;

    /// <summary>Any currency of the IATI codelist.</summary>
    public static Gen<Currency> Currency { get; } = Values.Currency;

    /// <summary>Amounts from -1,000,000.00 to 1,000,000.00 in any currency (negative amounts are corrections).</summary>
    public static Gen<Money> Money { get; } = Values.Money;

    /// <summary>Amounts from 0.01 to 1,000,000.00 in any currency, as contributions have.</summary>
    public static Gen<Money> PositiveMoney { get; } = Values.PositiveMoney;

    /// <summary>Days from 2010 to 2035.</summary>
    public static Gen<LocalDate> Date { get; } = Values.Date;

    /// <summary>Dates known to the day or only to the month, 2010 to 2035.</summary>
    public static Gen<PartialDate> PartialDate { get; } = Values.PartialDate;

    /// <summary>Activity periods: one to ten exact days, or a month.</summary>
    public static Gen<ActivityPeriod> ActivityPeriod { get; } = Values.ActivityPeriod;

    /// <summary>Earmarks: none, or up to three countries, activity types and themes.</summary>
    public static Gen<Earmarks> Earmarks { get; } = Values.Earmarks;

    /// <summary>Named groups of countries.</summary>
    public static CountryGroupGenerator CountryGroup { get; } = new();

    /// <summary>Geographic scopes, with shares that sum to 100 when they have shares.</summary>
    public static ScopeGenerator Scope { get; } = new();

    /// <summary>IATI organisation identifiers.</summary>
    public static OrganisationIdentifierGenerator OrganisationIdentifier { get; } = new();

    /// <summary>Organisations.</summary>
    public static OrganisationGenerator Organisation { get; } = new();

    /// <summary>Funding programmes.</summary>
    public static ProgrammeGenerator Programme { get; } = new();

    /// <summary>Donors with their programmes.</summary>
    public static DonorGenerator Donor { get; } = new();

    /// <summary>Beneficiary institutions, some of them units of a parent.</summary>
    public static InstitutionGenerator Institution { get; } = new();

    /// <summary>Contributions.</summary>
    public static ContributionGenerator Contribution { get; } = new();

    /// <summary>Project periods.</summary>
    public static ProjectPeriodGenerator ProjectPeriod { get; } = new();

    /// <summary>Venues.</summary>
    public static VenueGenerator Venue { get; } = new();

    /// <summary>Breakdowns of participants by sex.</summary>
    public static SexBreakdownGenerator SexBreakdown { get; } = new();

    /// <summary>Participants.</summary>
    public static ParticipantsGenerator Participants { get; } = new();

    /// <summary>Activities' funding sources.</summary>
    public static FundingSourceGenerator FundingSource { get; } = new();

    /// <summary>Document links.</summary>
    public static DocumentLinkGenerator DocumentLink { get; } = new();

    /// <summary>Activities.</summary>
    public static ActivityGenerator Activity { get; } = new();

    /// <summary>Projects whose activities fit them.</summary>
    public static ProjectGenerator Project { get; } = new();

    /// <summary>Requests' contact persons.</summary>
    public static ContactGenerator Contact { get; } = new();

    /// <summary>Requests' cost lines.</summary>
    public static CostLineGenerator CostLine { get; } = new();

    /// <summary>Requested dates: exact days or days within a window.</summary>
    public static RequestedDatesGenerator RequestedDates { get; } = new();

    /// <summary>Assistance requests; <c>Generate.Request.StammLike</c> for requests the built-in rules can decide on.</summary>
    public static RequestGenerator Request { get; } = new();

    /// <summary>Balances of contributions: what is committed and reserved.</summary>
    public static ContributionBalanceGenerator ContributionBalance { get; } = new();

    /// <summary>Rule sets made of the built-in StAMM rules.</summary>
    public static RuleSetGenerator RuleSet { get; } = new();

    /// <summary>OECD DAC lists of ODA recipients.</summary>
    public static DacListGenerator DacList { get; } = new();

    /// <summary>Contexts of evaluation: generated projects with balances of their contributions and open requests.</summary>
    public static EvaluationContextGenerator EvaluationContext { get; } = new();

    /// <summary>
    /// Decisions of the built-in StAMM rules (<see cref="StammRuleSet.Default"/>) on <see cref="RequestGenerator.StammLike"/>
    /// requests in the default <see cref="An.EvaluationContext"/>: eligible, for review and ineligible, each with its trace.
    /// </summary>
    public static Gen<Decision> Decision { get; } = Request.StammLike.Select(input => An.EvaluationContext.Evaluate(input.Create().OrThrow()));

    /// <summary>
    /// Portfolios of the <see cref="IllustrativeFacility"/> whose cases went through random steps of their lives;
    /// <c>Generate.Portfolio.Sized(10, 50, 400)</c> for larger ones.
    /// </summary>
    public static PortfolioGenerator Portfolio { get; } = new();

    /// <summary>Distinct countries, in random order.</summary>
    /// <param name="min">The fewest.</param>
    /// <param name="max">The most.</param>
    /// <returns>The generator.</returns>
    public static Gen<Country[]> DistinctCountries(int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        return Values.Countries(min, max);
    }
}
