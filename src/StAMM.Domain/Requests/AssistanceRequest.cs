using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Requests;

/// <summary>
/// A request for short-term technical assistance from an institution of the region: who asks, for what, when,
/// where, for whom, at what estimated cost, with which documents and declarations.
/// </summary>
/// <remarks>
/// <para>The factory checks that the request is well formed (every problem at once). Whether it is
/// <i>eligible</i> is a separate question that the rules of <see cref="Eligibility.RuleSet"/> answer: a
/// well-formed request may lack an attachment, come too late or cost too much, and the evaluator says so with reasons.</para>
/// <para>Derived facts the rules need (the countries involved, the total cost, bit masks of themes, attachments and
/// cost categories) are computed once here, so evaluating a request allocates nothing for them.</para>
/// <para>Immutable value; equality by all members. Thread-safe.</para>
/// </remarks>
public sealed class AssistanceRequest : IEquatable<AssistanceRequest>
{
    private AssistanceRequest(
        string identifier,
        Instant submitted,
        Institution requester,
        Contact contact,
        ActivityType activityType,
        ImmutableSortedSet<ThematicArea> themes,
        string title,
        string need,
        RequestedDates dates,
        Venue? venue,
        Participants participants,
        ImmutableArray<Institution> beneficiaries,
        ImmutableArray<CostLine> costs,
        Donor? preferredDonor,
        ImmutableSortedSet<AttachmentKind> attachments,
        string? servesObligation,
        int? expertsRequested,
        bool isEmergency,
        bool declaresNoParallelFunding,
        string? coordination,
        Institution? coRequester,
        string? language,
        string? justification,
        int plannedActivities,
        KosovoDesignation? outputDesignation,
        GeographicScope? scope)
    {
        Identifier = identifier;
        Submitted = submitted;
        Requester = requester;
        Contact = contact;
        ActivityType = activityType;
        Themes = themes;
        Title = title;
        Need = need;
        Dates = dates;
        Venue = venue;
        Participants = participants;
        Beneficiaries = beneficiaries;
        Costs = costs;
        PreferredDonor = preferredDonor;
        Attachments = attachments;
        ServesObligation = servesObligation;
        ExpertsRequested = expertsRequested;
        IsEmergency = isEmergency;
        DeclaresNoParallelFunding = declaresNoParallelFunding;
        Coordination = coordination;
        CoRequester = coRequester;
        Language = language;
        Justification = justification;
        PlannedActivities = plannedActivities;
        OutputDesignation = outputDesignation;
        Scope = scope;

        SubmittedOn = submitted.InUtc().Date;
        var set = CountrySet.Of([requester.Country]);
        if (coRequester is not null)
        {
            set = set.With(coRequester.Country);
        }

        foreach (var beneficiary in beneficiaries)
        {
            set = set.With(beneficiary.Country);
        }

        if (scope is not null)
        {
            set = set.Union(scope.Set);
        }

        BeneficiaryCountrySet = set;
        BeneficiaryCountries = set.ToSortedSet();
        foreach (var country in participants.Countries)
        {
            set = set.With(country);
        }

        CountrySet = set;
        InvolvedCountries = set.ToSortedSet();
        foreach (var theme in themes)
        {
            ThemeMask |= 1 << (int)theme;
        }

        foreach (var attachment in attachments)
        {
            AttachmentMask |= 1 << (int)attachment;
        }

        Money? total = null;
        foreach (var line in costs)
        {
            CostCategoryMask |= 1 << (int)line.Category;
            total = total is null ? line.Amount : total + line.Amount;
        }

        TotalCost = total;
        CostCurrencyIndex = total is null ? -1 : Currency.All.IndexOf(total.Currency);
    }

    /// <summary>The request's identifier, such as <c>2026-017-BA-MoS</c>.</summary>
    public string Identifier { get; }

    /// <summary>When the request was received.</summary>
    public Instant Submitted { get; }

    /// <summary>The day of <see cref="Submitted"/>, in UTC.</summary>
    public LocalDate SubmittedOn { get; }

    /// <summary>The requesting institution.</summary>
    public Institution Requester { get; }

    /// <summary>The requesting institution's country.</summary>
    public Country RequesterCountry => Requester.Country;

    /// <summary>Whom to contact about the request.</summary>
    public Contact Contact { get; }

    /// <summary>The kind of assistance asked for.</summary>
    public ActivityType ActivityType { get; }

    /// <summary>The thematic areas; at least one.</summary>
    public ImmutableSortedSet<ThematicArea> Themes { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The description of the need.</summary>
    public string Need { get; }

    /// <summary>When the activity should take place.</summary>
    public RequestedDates Dates { get; }

    /// <summary>Where, when known.</summary>
    public Venue? Venue { get; }

    /// <summary>The expected participants: how many and from which countries (<see cref="Participants.Unknown"/> when not given).</summary>
    public Participants Participants { get; }

    /// <summary>The institutions that benefit, besides the requester.</summary>
    public ImmutableArray<Institution> Beneficiaries { get; }

    /// <summary>The estimated cost, line by line; all lines share one currency.</summary>
    public ImmutableArray<CostLine> Costs { get; }

    /// <summary>The sum of <see cref="Costs"/>; <see langword="null"/> when no line is given.</summary>
    public Money? TotalCost { get; }

    /// <summary>The donor the requester would like to fund it, if any. A preference, not a condition.</summary>
    public Donor? PreferredDonor { get; }

    /// <summary>The documents the request declares it comes with.</summary>
    public ImmutableSortedSet<AttachmentKind> Attachments { get; }

    /// <summary>The obligation, strategy or action plan the request serves, such as a chapter of an EU accession plan.</summary>
    public string? ServesObligation { get; }

    /// <summary>How many experts are asked for, if said.</summary>
    public int? ExpertsRequested { get; }

    /// <summary>Whether the requester declares an emergency that justifies a short lead time.</summary>
    public bool IsEmergency { get; }

    /// <summary>Whether the requester declares that no other facility (TAIEX, IPA, MIEUX, another donor) funds the same activity.</summary>
    public bool DeclaresNoParallelFunding { get; }

    /// <summary>How the request is coordinated with other facilities and donors, in words.</summary>
    public string? Coordination { get; }

    /// <summary>The public authority that co-requests, when the requester is a civil-society organisation.</summary>
    public Institution? CoRequester { get; }

    /// <summary>The language of the request, as a two-letter ISO 639-1 code such as <c>en</c>; <see langword="null"/> when not given.</summary>
    public string? Language { get; }

    /// <summary>The requester's justification for going beyond a usual limit (a longer activity, a larger delegation).</summary>
    public string? Justification { get; }

    /// <summary>How many activities the request asks for (a series of sessions); at least 1.</summary>
    public int PlannedActivities { get; }

    /// <summary>The Kosovo designation the request's outputs (agenda, report, certificates) will use; <see langword="null"/> when not configured.</summary>
    public KosovoDesignation? OutputDesignation { get; }

    /// <summary>The countries an activity covering several countries serves, with percentage shares when known; <see langword="null"/> for a national request.</summary>
    public GeographicScope? Scope { get; }

    /// <summary>
    /// The beneficiary countries: the requester's and co-requester's, the beneficiary institutions' and those of the
    /// <see cref="Scope"/>. Donor country earmarks and ODA eligibility are about these.
    /// </summary>
    public ImmutableSortedSet<Country> BeneficiaryCountries { get; }

    /// <summary>Every country involved: the <see cref="BeneficiaryCountries"/> and the participants', ordered by code.</summary>
    public ImmutableSortedSet<Country> InvolvedCountries { get; }

    /// <summary><see langword="true"/> when Kosovo is among <see cref="InvolvedCountries"/>.</summary>
    public bool InvolvesKosovo => CountrySet.Contains(Country.Kosovo);

    internal CountrySet CountrySet { get; }

    internal CountrySet BeneficiaryCountrySet { get; }

    internal int ThemeMask { get; }

    internal int AttachmentMask { get; }

    internal int CostCategoryMask { get; }

    /// <summary>The position of the cost's currency in <see cref="Currency.All"/>, or -1 without costs.</summary>
    internal int CostCurrencyIndex { get; }

    /// <summary>Validates and creates a request.</summary>
    /// <param name="identifier">1 to 100 letters, digits and <c>- _ . : /</c>.</param>
    /// <param name="submitted">When it was received.</param>
    /// <param name="requester">The requesting institution.</param>
    /// <param name="contact">Whom to contact.</param>
    /// <param name="activityType">The kind of assistance.</param>
    /// <param name="themes">At least one thematic area; duplicates are merged.</param>
    /// <param name="title">The title.</param>
    /// <param name="need">The description of the need.</param>
    /// <param name="dates">When.</param>
    /// <param name="venue">Where, if known; a study visit cannot be online.</param>
    /// <param name="participants">The expected participants, if known.</param>
    /// <param name="beneficiaries">Other beneficiary institutions; none named twice.</param>
    /// <param name="costs">The estimated cost by line; one currency.</param>
    /// <param name="preferredDonor">A preferred donor, if any.</param>
    /// <param name="attachments">The declared attachments; duplicates are merged.</param>
    /// <param name="servesObligation">The obligation or strategy it serves.</param>
    /// <param name="expertsRequested">How many experts, if said; not negative.</param>
    /// <param name="isEmergency">Whether an emergency is declared.</param>
    /// <param name="declaresNoParallelFunding">Whether no parallel funding is declared.</param>
    /// <param name="coordination">How it is coordinated with other facilities.</param>
    /// <param name="coRequester">A co-requesting public authority; not the requester itself.</param>
    /// <param name="language">A two-letter language code; <c>en</c> unless given.</param>
    /// <param name="justification">Why a usual limit should be exceeded.</param>
    /// <param name="plannedActivities">How many activities; at least 1.</param>
    /// <param name="outputDesignation">The Kosovo designation its outputs will use.</param>
    /// <param name="scope">The countries a regional or multi-country activity serves, with shares if known.</param>
    /// <returns>The request, or every problem (paths such as <c>title</c>, <c>costs[2].amount</c>, <c>themes</c>).</returns>
    /// <exception cref="ArgumentNullException">A required object is null.</exception>
    /// <exception cref="ArgumentException">A collection holds a null, or an enum value is not defined.</exception>
    public static ValidationResult<AssistanceRequest> Create(
        string? identifier,
        Instant submitted,
        Institution requester,
        Contact contact,
        ActivityType activityType,
        IEnumerable<ThematicArea> themes,
        string? title,
        string? need,
        RequestedDates dates,
        Venue? venue = null,
        Participants? participants = null,
        IEnumerable<Institution>? beneficiaries = null,
        IEnumerable<CostLine>? costs = null,
        Donor? preferredDonor = null,
        IEnumerable<AttachmentKind>? attachments = null,
        string? servesObligation = null,
        int? expertsRequested = null,
        bool isEmergency = false,
        bool declaresNoParallelFunding = false,
        string? coordination = null,
        Institution? coRequester = null,
        string? language = "en",
        string? justification = null,
        int plannedActivities = 1,
        KosovoDesignation? outputDesignation = null,
        GeographicScope? scope = null)
    {
        Guard.Against.Null(requester);
        Guard.Against.Null(contact);
        Guard.Against.EnumOutOfRange(activityType);
        Guard.Against.Null(themes);
        Guard.Against.Null(dates);
        var themeList = Guard.Against.UndefinedElements(themes);
        var beneficiaryList = Guard.Against.NullElements(beneficiaries);
        var costList = Guard.Against.NullElements(costs);
        var attachmentList = Guard.Against.UndefinedElements(attachments);

        var problems = new ProblemCollector();
        SupportedDates.Check(problems, submitted.InUtc().Date, "submitted");
        var validIdentifier = Activity.CheckIdentifier(problems, identifier, "identifier");
        var validTitle = Text.Required(problems, title, "title");
        var validNeed = Text.Required(problems, need, "need", Text.LongLength);
        var validObligation = Text.Optional(problems, servesObligation, "servesObligation");
        var validCoordination = Text.Optional(problems, coordination, "coordination", Text.LongLength);
        var validJustification = Text.Optional(problems, justification, "justification", Text.LongLength);
        if (themeList.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "themes", "At least one thematic area is required.");
        }

        if (activityType == ActivityType.StudyVisit && venue is { Mode: VenueMode.Online })
        {
            problems.Add(ProblemCodes.NotAllowed, "venue", "A study visit takes place in person; it cannot be online.");
        }

        for (var i = 0; i < beneficiaryList.Length; i++)
        {
            if (beneficiaryList.IndexOf(beneficiaryList[i]) < i)
            {
                problems.Add(ProblemCodes.Duplicate, $"beneficiaries[{i}]", $"'{beneficiaryList[i].Name}' is named more than once.");
            }
        }

        var sum = costList.Length > 0 ? costList[0].Amount.Amount : 0m;
        for (var i = 1; i < costList.Length; i++)
        {
            if (!costList[i].Amount.HasSameCurrencyAs(costList[0].Amount))
            {
                problems.Add(ProblemCodes.CurrencyMismatch, $"costs[{i}].amount", $"All cost lines share one currency: {costList[0].Amount.Currency.Code}, not {costList[i].Amount.Currency.Code}.");
            }

            // Lines are not negative, so the total only grows: it must stay within what a decimal holds.
            if (sum > decimal.MaxValue - costList[i].Amount.Amount)
            {
                problems.Add(ProblemCodes.OutOfRange, $"costs[{i}].amount", "The cost lines add up to more than the largest amount a request can state.");
                sum = 0m;
                continue;
            }

            sum += costList[i].Amount.Amount;
        }

        if (expertsRequested is < 0)
        {
            problems.Add(ProblemCodes.OutOfRange, "expertsRequested", $"A count cannot be negative; {expertsRequested} was given.");
        }

        if (plannedActivities < 1)
        {
            problems.Add(ProblemCodes.OutOfRange, "plannedActivities", $"A request asks for at least one activity; {plannedActivities} was given.");
        }

        if (coRequester is not null && coRequester == requester)
        {
            problems.Add(ProblemCodes.NotAllowed, "coRequester", "The co-requester is another institution than the requester.");
        }

        string? validLanguage = null;
        if (!string.IsNullOrWhiteSpace(language))
        {
            validLanguage = language.Trim().ToLowerInvariant();
            if (validLanguage.Length != 2 || !char.IsAsciiLetterLower(validLanguage[0]) || !char.IsAsciiLetterLower(validLanguage[1]))
            {
                problems.Add(ProblemCodes.InvalidFormat, "language", $"A language is a two-letter ISO 639-1 code such as 'en'; '{language}' was given.");
            }
        }

        return problems.Finish(() => new AssistanceRequest(
            validIdentifier,
            submitted,
            requester,
            contact,
            activityType,
            [.. themeList],
            validTitle,
            validNeed,
            dates,
            venue,
            participants ?? Participants.Unknown,
            beneficiaryList,
            costList,
            preferredDonor,
            [.. attachmentList],
            validObligation,
            expertsRequested,
            isEmergency,
            declaresNoParallelFunding,
            validCoordination,
            coRequester,
            validLanguage,
            validJustification,
            plannedActivities,
            outputDesignation,
            scope));
    }

    /// <summary>Tells whether the request declares an attachment.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns><see langword="true"/> when declared.</returns>
    public bool Declares(AttachmentKind kind) => (AttachmentMask & (1 << (int)kind)) != 0;

    /// <inheritdoc />
    public bool Equals(AssistanceRequest? other) =>
        other is not null
        && Identifier == other.Identifier
        && Submitted == other.Submitted
        && Requester == other.Requester
        && Contact == other.Contact
        && ActivityType == other.ActivityType
        && Themes.SequenceEqual(other.Themes)
        && Title == other.Title
        && Need == other.Need
        && Dates == other.Dates
        && Venue == other.Venue
        && Participants.Equals(other.Participants)
        && Beneficiaries.SequenceEqual(other.Beneficiaries)
        && Costs.SequenceEqual(other.Costs)
        && PreferredDonor == other.PreferredDonor
        && Attachments.SequenceEqual(other.Attachments)
        && ServesObligation == other.ServesObligation
        && ExpertsRequested == other.ExpertsRequested
        && IsEmergency == other.IsEmergency
        && DeclaresNoParallelFunding == other.DeclaresNoParallelFunding
        && Coordination == other.Coordination
        && CoRequester == other.CoRequester
        && Language == other.Language
        && Justification == other.Justification
        && PlannedActivities == other.PlannedActivities
        && OutputDesignation == other.OutputDesignation
        && Scope == other.Scope;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssistanceRequest);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Identifier, Submitted, Requester, ActivityType, Title, Dates);

    /// <summary>Returns the identifier, type, title and dates.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Identifier}: {ActivityType} '{Title}' ({Dates})";

    /// <summary>Compares by value.</summary>
    /// <param name="left">A request.</param>
    /// <param name="right">A request.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(AssistanceRequest? left, AssistanceRequest? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A request.</param>
    /// <param name="right">A request.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(AssistanceRequest? left, AssistanceRequest? right) => !(left == right);
}
