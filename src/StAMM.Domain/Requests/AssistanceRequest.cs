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
        RequestingParty party,
        RequestedActivity requestedActivity,
        RequestLogistics logistics,
        CostEstimate costEstimate,
        RequestDeclarations declarations)
    {
        Identifier = identifier;
        Submitted = submitted;
        Party = party;
        RequestedActivity = requestedActivity;
        Logistics = logistics;
        CostEstimate = costEstimate;
        Declarations = declarations;

        SubmittedOn = submitted.InUtc().Date;
        var set = CountrySet.Of([party.Requester.Country]);
        if (party.CoRequester is not null)
        {
            set = set.With(party.CoRequester.Country);
        }

        foreach (var beneficiary in party.Beneficiaries)
        {
            set = set.With(beneficiary.Country);
        }

        if (requestedActivity.Scope is not null)
        {
            set = set.Union(requestedActivity.Scope.Set);
        }

        BeneficiaryCountrySet = set;
        BeneficiaryCountries = set.ToSortedSet();
        foreach (var country in logistics.Participants.Countries)
        {
            set = set.With(country);
        }

        CountrySet = set;
        InvolvedCountries = set.ToSortedSet();
        foreach (var theme in requestedActivity.Themes)
        {
            ThemeMask |= 1 << (int)theme;
        }

        foreach (var attachment in declarations.Attachments)
        {
            AttachmentMask |= 1 << (int)attachment;
        }

        foreach (var line in costEstimate.Lines)
        {
            CostCategoryMask |= 1 << (int)line.Category;
        }

        CostCurrencyIndex = costEstimate.Total is null ? -1 : Currency.All.IndexOf(costEstimate.Total.Currency);
    }

    /// <summary>The request's identifier, such as <c>2026-017-BA-MoS</c>.</summary>
    public string Identifier { get; }

    /// <summary>When the request was received.</summary>
    public Instant Submitted { get; }

    /// <summary>The day of <see cref="Submitted"/>, in UTC.</summary>
    public LocalDate SubmittedOn { get; }

    /// <summary>Who asks and for whom: the requester, the contact, a co-requester and the other beneficiaries.</summary>
    public RequestingParty Party { get; }

    /// <summary>The activity asked for: its kind, themes, title, need and what it serves.</summary>
    public RequestedActivity RequestedActivity { get; }

    /// <summary>When, where, with whom and in which language.</summary>
    public RequestLogistics Logistics { get; }

    /// <summary>The estimated cost and the preferred donor (<see cref="Requests.CostEstimate.None"/> when not given).</summary>
    public CostEstimate CostEstimate { get; }

    /// <summary>The attachments and declarations (<see cref="RequestDeclarations.None"/> when none).</summary>
    public RequestDeclarations Declarations { get; }

    /// <summary>The requesting institution.</summary>
    public Institution Requester => Party.Requester;

    /// <summary>The requesting institution's country.</summary>
    public Country RequesterCountry => Requester.Country;

    /// <summary>Whom to contact about the request.</summary>
    public Contact Contact => Party.Contact;

    /// <summary>The kind of assistance asked for.</summary>
    public ActivityType ActivityType => RequestedActivity.Type;

    /// <summary>The thematic areas; at least one.</summary>
    public ImmutableSortedSet<ThematicArea> Themes => RequestedActivity.Themes;

    /// <summary>The title.</summary>
    public string Title => RequestedActivity.Title;

    /// <summary>The description of the need.</summary>
    public string Need => RequestedActivity.Need;

    /// <summary>When the activity should take place.</summary>
    public RequestedDates Dates => Logistics.Dates;

    /// <summary>Where, when known.</summary>
    public Venue? Venue => Logistics.Venue;

    /// <summary>The expected participants: how many and from which countries (<see cref="Participants.Unknown"/> when not given).</summary>
    public Participants Participants => Logistics.Participants;

    /// <summary>The institutions that benefit, besides the requester.</summary>
    public ImmutableArray<Institution> Beneficiaries => Party.Beneficiaries;

    /// <summary>The estimated cost, line by line; all lines share one currency.</summary>
    public ImmutableArray<CostLine> Costs => CostEstimate.Lines;

    /// <summary>The sum of <see cref="Costs"/>; <see langword="null"/> when no line is given.</summary>
    public Money? TotalCost => CostEstimate.Total;

    /// <summary>The donor the requester would like to fund it, if any. A preference, not a condition.</summary>
    public Donor? PreferredDonor => CostEstimate.PreferredDonor;

    /// <summary>The documents the request declares it comes with.</summary>
    public ImmutableSortedSet<AttachmentKind> Attachments => Declarations.Attachments;

    /// <summary>The obligation, strategy or action plan the request serves, such as a chapter of an EU accession plan.</summary>
    public string? ServesObligation => RequestedActivity.ServesObligation;

    /// <summary>How many experts are asked for, if said.</summary>
    public int? ExpertsRequested => RequestedActivity.ExpertsRequested;

    /// <summary>Whether the requester declares an emergency that justifies a short lead time.</summary>
    public bool IsEmergency => Declarations.IsEmergency;

    /// <summary>Whether the requester declares that no other facility (TAIEX, IPA, MIEUX, another donor) funds the same activity.</summary>
    public bool DeclaresNoParallelFunding => Declarations.DeclaresNoParallelFunding;

    /// <summary>How the request is coordinated with other facilities and donors, in words.</summary>
    public string? Coordination => Declarations.Coordination;

    /// <summary>The public authority that co-requests, when the requester is a civil-society organisation.</summary>
    public Institution? CoRequester => Party.CoRequester;

    /// <summary>The language of the request, as a two-letter ISO 639-1 code such as <c>en</c>; <see langword="null"/> when not given.</summary>
    public string? Language => Logistics.Language;

    /// <summary>The requester's justification for going beyond a usual limit (a longer activity, a larger delegation).</summary>
    public string? Justification => Declarations.Justification;

    /// <summary>How many activities the request asks for (a series of sessions); at least 1.</summary>
    public int PlannedActivities => RequestedActivity.PlannedActivities;

    /// <summary>The Kosovo designation the request's outputs (agenda, report, certificates) will use; <see langword="null"/> when not configured.</summary>
    public KosovoDesignation? OutputDesignation => RequestedActivity.OutputDesignation;

    /// <summary>The countries an activity covering several countries serves, with percentage shares when known; <see langword="null"/> for a national request.</summary>
    public GeographicScope? Scope => RequestedActivity.Scope;

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

    /// <summary>Validates and creates a request from its parts.</summary>
    /// <remarks>
    /// Each part is either a part made already or the result of its <c>Create</c>, so a caller that builds the parts
    /// in the same call gets every problem of every part and of the request at once. The parts report at the paths
    /// of the request document (<c>title</c>, <c>costs[2].amount</c>, <c>coRequester</c>); the request adds its own
    /// (<c>identifier</c>, <c>submitted</c>, and <c>venue</c> for a study visit online, checked when both parts are valid).
    /// </remarks>
    /// <param name="identifier">1 to 100 letters, digits and <c>- _ . : /</c>.</param>
    /// <param name="submitted">When it was received.</param>
    /// <param name="party">Who asks and for whom (<see cref="RequestingParty.Create"/>).</param>
    /// <param name="requestedActivity">The activity asked for (<see cref="Requests.RequestedActivity.Create"/>); a study visit cannot be online.</param>
    /// <param name="logistics">When, where, with whom (<see cref="RequestLogistics.Create"/>).</param>
    /// <param name="costEstimate">The estimated cost (<see cref="Requests.CostEstimate.Create"/>); none when <see langword="null"/>.</param>
    /// <param name="declarations">The attachments and declarations (<see cref="RequestDeclarations.Create"/>); none when <see langword="null"/>.</param>
    /// <returns>The request, or every problem.</returns>
    /// <exception cref="ArgumentNullException">A required part is null.</exception>
    public static ValidationResult<AssistanceRequest> Create(
        string? identifier,
        Instant submitted,
        ValidationResult<RequestingParty> party,
        ValidationResult<RequestedActivity> requestedActivity,
        ValidationResult<RequestLogistics> logistics,
        ValidationResult<CostEstimate>? costEstimate = null,
        ValidationResult<RequestDeclarations>? declarations = null)
    {
        Guard.Against.Null(party);
        Guard.Against.Null(requestedActivity);
        Guard.Against.Null(logistics);

        var problems = new ProblemCollector();
        SupportedDates.Check(problems, submitted.InUtc().Date, "submitted");
        var validIdentifier = Activity.CheckIdentifier(problems, identifier, "identifier");
        problems.TryTake(party, string.Empty, out var validParty);
        problems.TryTake(requestedActivity, string.Empty, out var validActivity);
        problems.TryTake(logistics, string.Empty, out var validLogistics);
        var validCosts = CostEstimate.None;
        if (costEstimate is not null && !problems.TryTake(costEstimate, string.Empty, out validCosts))
        {
            validCosts = CostEstimate.None;
        }

        var validDeclarations = RequestDeclarations.None;
        if (declarations is not null && !problems.TryTake(declarations, string.Empty, out validDeclarations))
        {
            validDeclarations = RequestDeclarations.None;
        }

        if (validActivity is { Type: ActivityType.StudyVisit } && validLogistics is { Venue.Mode: VenueMode.Online })
        {
            problems.Add(ProblemCodes.NotAllowed, "venue", "A study visit takes place in person; it cannot be online.");
        }

        return problems.Finish(() => new AssistanceRequest(
            validIdentifier, submitted, validParty!, validActivity!, validLogistics!, validCosts, validDeclarations));
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
        && Party == other.Party
        && RequestedActivity == other.RequestedActivity
        && Logistics == other.Logistics
        && CostEstimate == other.CostEstimate
        && Declarations == other.Declarations;

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
