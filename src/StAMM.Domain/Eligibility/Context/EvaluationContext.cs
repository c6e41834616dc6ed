using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// Everything a request is evaluated against besides the rules: the project, its contributions with their balances,
/// the existing activities and open requests, the exchange rates given for comparing currencies, and what day it is
/// (from a NodaTime <see cref="IClock"/> or an explicit date).
/// </summary>
/// <remarks>
/// <para>Build a context once and evaluate many requests against it: the duplicate index over activities and open
/// requests is built here, so each evaluation only looks up the requester and the requested dates (see
/// <see cref="ActivityIndex"/>). <see cref="WithAsOf"/> and <see cref="WithClock"/> share the index. A portfolio's
/// context extends the index of the portfolio's previous value instead (<c>Portfolio.ContextAt</c>).</para>
/// <para>Immutable and thread-safe (the clock must be thread-safe too, as NodaTime's clocks are).</para>
/// </remarks>
public sealed class EvaluationContext
{
    /// <summary>The most contributions a context holds (the screening keeps them in a 64-bit mask).</summary>
    public const int MaxContributions = 64;

    private readonly ContributionBalance[] _balances;
    private readonly DerivedValue<ImmutableArray<Activity>> _activities;
    private readonly DerivedValue<ImmutableArray<AssistanceRequest>> _openRequests;

    private EvaluationContext(
        TechnicalAssistanceProject project,
        ContributionBalance[] balances,
        DerivedValue<ImmutableArray<Activity>> activities,
        DerivedValue<ImmutableArray<AssistanceRequest>> openRequests,
        ActivityIndex index,
        ImmutableArray<ExchangeRate> exchangeRates,
        KosovoDesignation kosovoDesignation,
        LocalDate? asOf,
        IClock? clock)
    {
        ExchangeRates = exchangeRates;
        KosovoDesignation = kosovoDesignation;
        Project = project;
        _balances = balances;
        Balances = [.. balances];
        _activities = activities;
        _openRequests = openRequests;
        Index = index;
        AsOf = asOf;
        Clock = clock;
    }

    /// <summary>The project that would deliver the assistance.</summary>
    public TechnicalAssistanceProject Project { get; }

    /// <summary>The contributions that could pay, with what remains of each.</summary>
    public ImmutableArray<ContributionBalance> Balances { get; }

    /// <summary>The existing activities the duplicate check compares with.</summary>
    public ImmutableArray<Activity> Activities => _activities.Value;

    /// <summary>The open and approved requests the duplicate check compares with.</summary>
    /// <remarks>A portfolio's context lists them on first use: its duplicate index is extended from the portfolio's
    /// previous value, and a context per decision must not cost a pass over every case.</remarks>
    public ImmutableArray<AssistanceRequest> OpenRequests => _openRequests.Value;

    /// <summary>The exchange rates given for comparing amounts in different currencies, at most one per pair of
    /// currencies; the library never assumes one.</summary>
    public ImmutableArray<ExchangeRate> ExchangeRates { get; }

    /// <summary>How decisions name Kosovo and the footnote they carry when they name it;
    /// <see cref="KosovoDesignation.Default"/> unless set with <see cref="WithKosovoDesignation"/>.</summary>
    public KosovoDesignation KosovoDesignation { get; }

    /// <summary>The explicit day of evaluation, when one was given.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The clock that tells the day of evaluation, when no explicit day was given.</summary>
    public IClock? Clock { get; }

    /// <summary>The day of evaluation: <see cref="AsOf"/>, or the clock's current day in UTC.</summary>
    public LocalDate Today => AsOf ?? Clock!.GetCurrentInstant().InUtc().Date;

    internal ContributionBalance[] BalanceArray => _balances;

    internal ActivityIndex Index { get; }

    /// <summary>Validates and creates a context whose day of evaluation comes from a clock.</summary>
    /// <param name="project">The project.</param>
    /// <param name="clock">The clock, such as <see cref="SystemClock.Instance"/> or a test's <c>FakeClock</c>.</param>
    /// <param name="balances">The contributions with their balances; the project's contributions, untouched, when null.</param>
    /// <param name="activities">The existing activities; the project's activities when null.</param>
    /// <param name="openRequests">The open and approved requests.</param>
    /// <param name="exchangeRates">The exchange rates to compare amounts in different currencies with; at most one per pair.</param>
    /// <returns>The context, or the problems (paths <c>balances[i]</c>, <c>openRequests[i]</c>, <c>exchangeRates[i]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection holds a null or is a default <see cref="ImmutableArray{T}"/>.</exception>
    public static ValidationResult<EvaluationContext> Create(
        TechnicalAssistanceProject project,
        IClock clock,
        IEnumerable<ContributionBalance>? balances = null,
        IEnumerable<Activity>? activities = null,
        IEnumerable<AssistanceRequest>? openRequests = null,
        IEnumerable<ExchangeRate>? exchangeRates = null) =>
        Build(project, null, Guard.Against.Null(clock), balances, activities, openRequests, exchangeRates);

    /// <summary>Validates and creates a context evaluated as of a given day.</summary>
    /// <param name="project">The project.</param>
    /// <param name="asOf">The day of evaluation, in the years 1 to 9999.</param>
    /// <param name="balances">The contributions with their balances; the project's contributions, untouched, when null.</param>
    /// <param name="activities">The existing activities; the project's activities when null.</param>
    /// <param name="openRequests">The open and approved requests.</param>
    /// <param name="exchangeRates">The exchange rates to compare amounts in different currencies with; at most one per pair.</param>
    /// <returns>The context, or the problems (paths <c>asOf</c>, <c>balances[i]</c>, <c>openRequests[i]</c>, <c>exchangeRates[i]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="ArgumentException">A collection holds a null or is a default <see cref="ImmutableArray{T}"/>.</exception>
    public static ValidationResult<EvaluationContext> CreateAsOf(
        TechnicalAssistanceProject project,
        LocalDate asOf,
        IEnumerable<ContributionBalance>? balances = null,
        IEnumerable<Activity>? activities = null,
        IEnumerable<AssistanceRequest>? openRequests = null,
        IEnumerable<ExchangeRate>? exchangeRates = null) =>
        Build(project, asOf, null, balances, activities, openRequests, exchangeRates);

    /// <summary>The same context, evaluated as of another day; the index is shared, not rebuilt.</summary>
    /// <param name="asOf">The day, in the years 1 to 9999.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is not in the years 1 to 9999.</exception>
    public EvaluationContext WithAsOf(LocalDate asOf) =>
        new(Project, _balances, _activities, _openRequests, Index, ExchangeRates, KosovoDesignation, SupportedDates.Guard(asOf, nameof(asOf)), null);

    /// <summary>The same context, with its day from a clock; the index is shared, not rebuilt.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The context.</returns>
    public EvaluationContext WithClock(IClock clock) => new(Project, _balances, _activities, _openRequests, Index, ExchangeRates, KosovoDesignation, null, Guard.Against.Null(clock));

    /// <summary>The same context, with the designation its decisions use when they name Kosovo; the index is shared.</summary>
    /// <param name="designation">The designation, such as <see cref="KosovoDesignation.Icmpd"/>.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="designation"/> is null.</exception>
    public EvaluationContext WithKosovoDesignation(KosovoDesignation designation) =>
        new(Project, _balances, _activities, _openRequests, Index, ExchangeRates, Guard.Against.Null(designation), AsOf, Clock);

    /// <summary>
    /// A portfolio's context: its project as delivered (whose activities are the existing ones), its contributions'
    /// balances, its open and approved requests listed on first use, and the duplicate index it keeps. The portfolio
    /// has checked what <see cref="CreateAsOf"/> checks (contributions of the project's donors, at most
    /// <see cref="MaxContributions"/>, one request per identifier).
    /// </summary>
    internal static EvaluationContext OfPortfolio(
        TechnicalAssistanceProject project,
        ContributionBalance[] balances,
        Func<ImmutableArray<AssistanceRequest>> openRequests,
        ActivityIndex index,
        LocalDate asOf) =>
        new(project, balances, new DerivedValue<ImmutableArray<Activity>>(project.Activities), new DerivedValue<ImmutableArray<AssistanceRequest>>(openRequests), index, [], KosovoDesignation.Default, asOf, null);

    /// <summary>The rate given for converting <paramref name="from"/> into <paramref name="to"/>, if any.</summary>
    internal ExchangeRate? RateFor(Currency from, Currency to)
    {
        foreach (var rate in ExchangeRates)
        {
            if (rate.From == from && rate.To == to)
            {
                return rate;
            }
        }

        return null;
    }

    private static ValidationResult<EvaluationContext> Build(
        TechnicalAssistanceProject project,
        LocalDate? asOf,
        IClock? clock,
        IEnumerable<ContributionBalance>? balances,
        IEnumerable<Activity>? activities,
        IEnumerable<AssistanceRequest>? openRequests,
        IEnumerable<ExchangeRate>? exchangeRates)
    {
        Guard.Against.Null(project);
        var rateList = Guard.Against.NullElements(exchangeRates);
        var balanceList = balances is null
            ? project.Contributions.Select(ContributionBalance.Untouched).ToImmutableArray()
            : Guard.Against.NullElements(balances);
        var activityList = activities is null ? project.Activities : Guard.Against.NullElements(activities);
        var requestList = Guard.Against.NullElements(openRequests);
        var problems = new ProblemCollector();
        if (asOf is { } day)
        {
            SupportedDates.Check(problems, day, "asOf");
        }

        problems.AddDuplicates(rateList.AsSpan(), r => (r.From, r.To), "exchangeRates", (r, _) => $"A second rate from {r.From.Code} to {r.To.Code} is given; give one per pair.");

        if (balanceList.Length > MaxContributions)
        {
            problems.Add(ProblemCodes.OutOfRange, "balances", $"A context holds at most {MaxContributions} contributions; {balanceList.Length} were given.");
        }

        for (var i = 0; i < balanceList.Length; i++)
        {
            if (!project.Donors.Contains(balanceList[i].Contribution.Donor))
            {
                problems.Add(ProblemCodes.FunderNotDonor, $"balances[{i}]", $"{balanceList[i].Contribution.Donor.Name} is not a donor of {project.Acronym}.");
            }
        }

        problems.AddDuplicates(requestList.AsSpan(), r => r.Identifier, "openRequests", (r, _) => $"The request '{r.Identifier}' is listed more than once.");

        return problems.Finish(() => new EvaluationContext(
            project,
            [.. balanceList],
            new DerivedValue<ImmutableArray<Activity>>(activityList),
            new DerivedValue<ImmutableArray<AssistanceRequest>>(requestList),
            ActivityIndex.Build(activityList, requestList),
            rateList,
            KosovoDesignation.Default,
            asOf,
            clock));
    }
}
