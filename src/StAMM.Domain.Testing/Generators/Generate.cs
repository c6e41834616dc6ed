using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;

namespace StAMM.Domain.Testing;

/// <summary>
/// CsCheck generators for every public domain type. Types a factory validates have a <see cref="DomainGenerator{T}"/>
/// (<c>Generate.Activity.Valid</c>, <c>Generate.Activity.WithFlaw("BlankTitle")</c>); types that cannot be
/// invalid have a plain <see cref="Gen{T}"/> (<c>Generate.Country</c>).
/// </summary>
/// <example>
/// <code>
/// Generate.Activity.Valid.Sample(activity => activity.Title.Should().NotBeNullOrWhiteSpace());
/// Generate.Scope.WithFlaw("SharesNotSummingTo100")
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
    public static DomainGenerator<CountryGroup> CountryGroup { get; } = new CountryGroupGenerator();

    /// <summary>Geographic scopes, with shares that sum to 100 when they have shares.</summary>
    public static DomainGenerator<GeographicScope> Scope { get; } = new ScopeGenerator();

    /// <summary>IATI organisation identifiers.</summary>
    public static DomainGenerator<OrganisationIdentifier> OrganisationIdentifier { get; } = new OrganisationIdentifierGenerator();

    /// <summary>Organisations.</summary>
    public static DomainGenerator<Organisation> Organisation { get; } = new OrganisationGenerator();

    /// <summary>Funding programmes.</summary>
    public static DomainGenerator<FundingProgramme> Programme { get; } = new ProgrammeGenerator();

    /// <summary>Donors with their programmes.</summary>
    public static DomainGenerator<Donor> Donor { get; } = new DonorGenerator();

    /// <summary>Beneficiary institutions, some of them units of a parent.</summary>
    public static DomainGenerator<Institution> Institution { get; } = new InstitutionGenerator();

    /// <summary>Contributions.</summary>
    public static DomainGenerator<Contribution> Contribution { get; } = new ContributionGenerator();

    /// <summary>Project periods.</summary>
    public static DomainGenerator<ProjectPeriod> ProjectPeriod { get; } = new ProjectPeriodGenerator();

    /// <summary>Venues.</summary>
    public static DomainGenerator<Venue> Venue { get; } = new VenueGenerator();

    /// <summary>Breakdowns of participants by sex.</summary>
    public static DomainGenerator<SexBreakdown> SexBreakdown { get; } = new SexBreakdownGenerator();

    /// <summary>Participants.</summary>
    public static DomainGenerator<Participants> Participants { get; } = new ParticipantsGenerator();

    /// <summary>Activities' funding sources.</summary>
    public static DomainGenerator<FundingSource> FundingSource { get; } = new FundingSourceGenerator();

    /// <summary>Document links.</summary>
    public static DomainGenerator<DocumentLink> DocumentLink { get; } = new DocumentLinkGenerator();

    /// <summary>Activities.</summary>
    public static DomainGenerator<Activity> Activity { get; } = new ActivityGenerator();

    /// <summary>Projects whose activities fit them.</summary>
    public static DomainGenerator<TechnicalAssistanceProject> Project { get; } = new ProjectGenerator();

    /// <summary>Requests' contact persons.</summary>
    public static DomainGenerator<Contact> Contact { get; } = new ContactGenerator();

    /// <summary>Requests' cost lines.</summary>
    public static DomainGenerator<CostLine> CostLine { get; } = new CostLineGenerator();

    /// <summary>Requested dates: exact days or days within a window.</summary>
    public static DomainGenerator<RequestedDates> RequestedDates { get; } = new RequestedDatesGenerator();

    /// <summary>Assistance requests; <c>Generate.Request.StammLike</c> for requests the built-in rules can decide on.</summary>
    public static RequestGenerator Request { get; } = new();

    /// <summary>Balances of contributions: what is committed and reserved.</summary>
    public static DomainGenerator<ContributionBalance> ContributionBalance { get; } = new ContributionBalanceGenerator();

    /// <summary>Rule sets made of the built-in StAMM rules.</summary>
    public static DomainGenerator<RuleSet> RuleSet { get; } = new RuleSetGenerator();

    /// <summary>OECD DAC lists of ODA recipients.</summary>
    public static DomainGenerator<DacList> DacList { get; } = new DacListGenerator();

    /// <summary>Contexts of evaluation: generated projects with balances of their contributions and open requests.</summary>
    public static DomainGenerator<EvaluationContext> EvaluationContext { get; } = new EvaluationContextGenerator();

    /// <summary>
    /// Decisions of the built-in StAMM rules (<see cref="StammRuleSet.Default"/>) on <see cref="RequestGenerator.StammLike"/>
    /// requests in the default <see cref="An.EvaluationContext"/>: eligible, for review and ineligible, each with its trace.
    /// </summary>
    public static Gen<Decision> Decision { get; } = Request.StammLike.Select(request => An.EvaluationContext.Evaluate(request));

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
