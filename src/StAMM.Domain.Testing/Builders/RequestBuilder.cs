using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// Builds an <see cref="AssistanceRequest"/>. The default is a request that the built-in StAMM rules find eligible:
/// Bosnia and Herzegovina's Ministry of Security asks, on Monday 2 February 2026 at 09:00 UTC
/// (<see cref="DefaultSubmissionDate"/>), for a three-day training on asylum procedures in Sarajevo, 13-15 April 2026
/// (70 days ahead), for 20 officials from Bosnia and Herzegovina, with two experts, costing EUR 12,000, with every
/// attachment the rules ask for, the obligation it serves, a declaration of no parallel funding and a coordination statement.
/// </summary>
/// <remarks>
/// <para>Immutable: every method returns a new builder. Start with <see cref="A.Request"/>.</para>
/// <para>The first day is counted from the day of submission (<see cref="StartingIn(int)"/>) unless set to a date
/// (<see cref="StartingOn(LocalDate)"/>), so <c>.SubmittedOn(date)</c> keeps the lead time. Unless set with
/// <see cref="WithParticipants(int?, IEnumerable{Country}?)"/>, the participants come from the requester's,
/// co-requester's and beneficiaries' countries, so <c>.From(kosovoMinistry)</c> also brings participants from Kosovo.</para>
/// <para>Problems of the parts are reported with the paths of the request document: <c>contact.email</c>,
/// <c>dates.end</c>, <c>venue.city</c>, <c>participants.count</c>, <c>costs[1].description</c>. The request's own
/// checks run when its parts are valid.</para>
/// </remarks>
public sealed class RequestBuilder : ITestDataBuilder<AssistanceRequest>
{
    /// <summary>The day the default request is submitted, 2 February 2026 (a Monday), and the default "today" of <see cref="An.EvaluationContext"/>.</summary>
    public static readonly LocalDate DefaultSubmissionDate = new(2026, 2, 2);

    private readonly State _state;

    /// <summary>A builder with the default three-day training for the Ministry of Security of Bosnia and Herzegovina.</summary>
    public RequestBuilder()
        : this(new State(
            Identifier: "2026-007-BA-MoS",
            Submitted: DefaultSubmissionDate.At(new LocalTime(9, 0)).InUtc().ToInstant(),
            Requester: Parts.Of(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina),
            Contact: () => Contact.Create("Amra Hodžić", "amra.hodzic@msb.gov.ba", "+387 33 123 456"),
            CoRequester: null,
            Beneficiaries: [],
            Activity: new RequestedActivityInput(
                ActivityType.Training,
                [ThematicArea.Asylum],
                "Training on asylum procedures",
                "Caseworkers need training on the revised asylum procedure.",
                ServesObligation: "Strategy on Migration and Asylum",
                ExpertsRequested: 2,
                PlannedActivities: 1,
                Scope: null,
                OutputDesignation: KosovoDesignation.EuropeanUnion),
            LeadDays: 70,
            Start: null,
            Days: 3,
            Window: null,
            Dates: null,
            Venue: () => Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina),
            Participants: new ParticipantSpec(20, null),
            Language: "en",
            Currency: Currency.Eur,
            Costs: [new CostSpec(CostCategory.Travel, 4_000m, null), new CostSpec(CostCategory.ExpertFee, 5_000m, null), new CostSpec(CostCategory.VenueAndCatering, 3_000m, null)],
            PreferredDonor: null,
            Declarations: new RequestDeclarationsInput(
                [AttachmentKind.OfficialRequestLetter, AttachmentKind.RequestForm, AttachmentKind.AgendaOrTermsOfReference, AttachmentKind.ParticipantList],
                IsEmergency: false,
                DeclaresNoParallelFunding: true,
                Coordination: "Coordinated with the EU Delegation; no TAIEX or IPA support for this topic.",
                Justification: null)))
    {
    }

    private RequestBuilder(State state) => _state = state;

    /// <summary>The day the request, as built now, is submitted (UTC).</summary>
    public LocalDate SubmissionDate => _state.Submitted.InUtc().Date;

    /// <summary>A builder that starts from an existing request, to change one thing of it.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The builder; its dates are the request's, not counted from the submission.</returns>
    public static RequestBuilder Like(AssistanceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var p = request.Participants;
        return new(new State(
            request.Identifier,
            request.Submitted,
            Parts.Of(request.Requester),
            Parts.Of(request.Contact),
            request.CoRequester,
            request.Beneficiaries,
            RequestedActivityInput.Of(request.RequestedActivity),
            0,
            request.Dates.Kind == RequestedDatesKind.Exact ? request.Dates.EarliestStart : null,
            request.Dates.DurationInDays,
            request.Dates.Kind == RequestedDatesKind.Window ? (request.Dates.EarliestStart, request.Dates.LatestEnd) : null,
            null,
            request.Venue is null ? null : Parts.Of(request.Venue),
            ReferenceEquals(p, Participants.Unknown) ? null : new ParticipantSpec(p.Count, [.. p.Countries]) { Value = p },
            request.Language,
            request.TotalCost?.Currency ?? Currency.Eur,
            [.. request.Costs.Select(c => new CostSpec(c.Category, c.Amount.Amount, c.Description) { Currency = c.Amount.Currency })],
            request.PreferredDonor,
            RequestDeclarationsInput.Of(request.Declarations)));
    }

    /// <summary>Sets the identifier.</summary>
    /// <param name="identifier">The identifier; blank or with other characters than letters, digits and <c>- _ . : /</c> is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithIdentifier(string? identifier) => new(_state with { Identifier = identifier });

    /// <summary>Sets the moment of submission; a first day set with <see cref="StartingIn(int)"/> moves with it.</summary>
    /// <param name="submitted">The moment.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder SubmittedAt(Instant submitted) => new(_state with { Submitted = submitted });

    /// <summary>Sets the day of submission, at 09:00 UTC; a first day set with <see cref="StartingIn(int)"/> moves with it.</summary>
    /// <param name="date">The day.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder SubmittedOn(LocalDate date) => SubmittedAt(date.At(new LocalTime(9, 0)).InUtc().ToInstant());

    /// <summary>Sets the day of submission to the day a clock shows, such as one made by <see cref="StammClock.On(LocalDate)"/>.</summary>
    /// <param name="clock">The clock; its current moment is the moment of submission.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder SubmittedOn(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return SubmittedAt(clock.GetCurrentInstant());
    }

    /// <summary>Makes <paramref name="requester"/> the requesting institution.</summary>
    /// <param name="requester">The institution.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder From(Institution requester) => new(_state with { Requester = Parts.Of(requester) });

    /// <summary>Makes the institution another builder makes the requester.</summary>
    /// <param name="requester">The institution's builder; its problems are reported below <c>requester</c>.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder From(InstitutionBuilder requester) => new(_state with { Requester = Parts.Built(requester) });

    /// <summary>Sets a co-requester, such as the ministry that backs a civil-society request.</summary>
    /// <param name="coRequester">The institution, or null for none; the requester itself is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithCoRequester(Institution? coRequester) => new(_state with { CoRequester = coRequester });

    /// <summary>Sets the contact person.</summary>
    /// <param name="name">The name; blank is a problem when built (path <c>contact.name</c>).</param>
    /// <param name="email">The e-mail address; one that is not an address is a problem when built (path <c>contact.email</c>).</param>
    /// <param name="phone">The telephone number, or null.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithContact(string? name, string? email, string? phone = null) => new(_state with { Contact = () => Contact.Create(name, email, phone) });

    /// <summary>Sets the kind of activity asked for.</summary>
    /// <param name="type">The activity type.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder OfKind(ActivityType type) => ChangingActivity(a => a with { Type = type });

    /// <summary>Sets the thematic areas.</summary>
    /// <param name="themes">The themes; none is a problem when built (path <c>themes</c>).</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithThemes(params ThematicArea[] themes) => ChangingActivity(a => a with { Themes = [.. themes] });

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title; blank is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder Titled(string? title) => ChangingActivity(a => a with { Title = title });

    /// <summary>Sets the description of the need.</summary>
    /// <param name="need">The need; blank is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithNeed(string? need) => ChangingActivity(a => a with { Need = need });

    /// <summary>Makes the first day fall <paramref name="days"/> days after the day of submission, keeping the number of days.</summary>
    /// <param name="days">The lead time in days; 0 is the day of submission, negative a day before it.</param>
    /// <returns>A new builder, with exact days.</returns>
    public RequestBuilder StartingIn(int days) => new(_state with { LeadDays = days, Start = null, Window = null, Dates = null });

    /// <summary>Sets the first day, keeping the number of days.</summary>
    /// <param name="start">The first day.</param>
    /// <returns>A new builder, with exact days.</returns>
    public RequestBuilder StartingOn(LocalDate start) => new(_state with { Start = start, Window = null, Dates = null });

    /// <summary>Sets the number of days, keeping the first day (or, with a window, the window).</summary>
    /// <param name="days">The number of calendar days; less than one is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder Lasting(int days) => new(_state with { Days = days, Dates = null });

    /// <summary>Exact days from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; before the first is a problem when built (path <c>dates.end</c>).</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder On(LocalDate start, LocalDate end) => new(_state with { Dates = null, Window = null, Start = start, Days = Period.DaysBetween(start, end) + 1 });

    /// <summary>Asks for the number of days of <see cref="Lasting(int)"/> at any time within a window.</summary>
    /// <param name="earliestStart">The earliest first day.</param>
    /// <param name="latestEnd">The latest last day; a window too short for the days is a problem when built (path <c>dates.durationInDays</c>).</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder Within(LocalDate earliestStart, LocalDate latestEnd) => new(_state with { Window = (earliestStart, latestEnd), Dates = null });

    /// <summary>Sets the requested dates to a value made already.</summary>
    /// <param name="dates">The dates.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithDates(RequestedDates dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return new(_state with { Dates = dates, Days = dates.DurationInDays });
    }

    /// <summary>Makes it in person at a place.</summary>
    /// <param name="city">The city; blank is a problem when built (path <c>venue.city</c>).</param>
    /// <param name="country">The country.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder InPerson(string? city, Country country) => new(_state with { Venue = () => Venue.InPerson(city, country) });

    /// <summary>Makes it hybrid: in person at a place, with online participation.</summary>
    /// <param name="city">The city; blank is a problem when built (path <c>venue.city</c>).</param>
    /// <param name="country">The country.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder Hybrid(string? city, Country country) => new(_state with { Venue = () => Venue.Hybrid(city, country) });

    /// <summary>Makes it online; a study visit online is a problem when built (path <c>venue</c>).</summary>
    /// <returns>A new builder.</returns>
    public RequestBuilder Online() => new(_state with { Venue = Parts.Of(Venue.Online) });

    /// <summary>Says nothing about the venue.</summary>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithoutVenue() => new(_state with { Venue = null });

    /// <summary>Describes the participants.</summary>
    /// <param name="count">How many, or null when the form does not say; negative is a problem when built (path <c>participants.count</c>).</param>
    /// <param name="countries">Their countries, or null for the requester's, co-requester's and beneficiaries' countries.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithParticipants(int? count, IEnumerable<Country>? countries = null) =>
        new(_state with { Participants = new ParticipantSpec(count, countries?.ToImmutableArray()) });

    /// <summary>Sets the participants to a value made already.</summary>
    /// <param name="participants">The participants.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithParticipants(Participants participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        return new(_state with { Participants = new ParticipantSpec(participants.Count, [.. participants.Countries]) { Value = participants } });
    }

    /// <summary>Says nothing about the participants (<see cref="Participants.Unknown"/>).</summary>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithUnknownParticipants() => new(_state with { Participants = null });

    /// <summary>Adds a beneficiary institution besides the requester.</summary>
    /// <param name="institution">The institution; naming one twice is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder AlsoFor(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        return new(_state with { Beneficiaries = _state.Beneficiaries.Add(institution) });
    }

    /// <summary>Sets exactly the beneficiary institutions besides the requester.</summary>
    /// <param name="institutions">The institutions; none for a request for the requester alone; naming one twice is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithBeneficiaries(params Institution[] institutions)
    {
        ArgumentNullException.ThrowIfNull(institutions);
        return new(_state with { Beneficiaries = [.. institutions] });
    }

    /// <summary>Sets the currency of the cost lines added from now on with <see cref="WithCost(CostCategory, decimal, string?)"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder InCurrency(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return new(_state with { Currency = currency });
    }

    /// <summary>Adds a cost line in the request's currency (EUR unless set with <see cref="InCurrency(Currency)"/>).</summary>
    /// <param name="category">What the money is for.</param>
    /// <param name="amount">The estimated amount; negative is a problem when built (path <c>costs[i].amount</c>).</param>
    /// <param name="description">What it is, in words; required for <see cref="CostCategory.Other"/> (or <c>costs[i].description</c> is a problem).</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithCost(CostCategory category, decimal amount, string? description = null) =>
        new(_state with { Costs = _state.Costs.Add(new CostSpec(category, amount, description) { Currency = _state.Currency }) });

    /// <summary>Replaces the cost lines with one line of <paramref name="amount"/> for expert fees: the request costs exactly that.</summary>
    /// <param name="amount">The total, in the request's currency.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder Costing(decimal amount) => WithoutCosts().WithCost(CostCategory.ExpertFee, amount);

    /// <summary>Removes every cost line: the request gives no estimate.</summary>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithoutCosts() => new(_state with { Costs = [] });

    /// <summary>Names the donor the requester hopes will fund the activity.</summary>
    /// <param name="donor">The donor, or null for none.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder PreferringDonor(Donor? donor) => new(_state with { PreferredDonor = donor });

    /// <summary>Declares one more attachment.</summary>
    /// <param name="attachment">The kind of attachment.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithAttachment(AttachmentKind attachment) =>
        ChangingDeclarations(d => d.Attachments.Contains(attachment) ? d : d with { Attachments = d.Attachments.Add(attachment) });

    /// <summary>Leaves out one attachment.</summary>
    /// <param name="attachment">The kind of attachment.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithoutAttachment(AttachmentKind attachment) => ChangingDeclarations(d => d with { Attachments = d.Attachments.Remove(attachment) });

    /// <summary>Sets exactly the attachments declared.</summary>
    /// <param name="attachments">The kinds of attachment; none for a request with no attachment.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithAttachments(params AttachmentKind[] attachments) => ChangingDeclarations(d => d with { Attachments = [.. attachments] });

    /// <summary>Sets the strategy, law or obligation the request serves.</summary>
    /// <param name="obligation">The obligation, or null when the form does not say.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder Serving(string? obligation) => ChangingActivity(a => a with { ServesObligation = obligation });

    /// <summary>Sets how many experts are asked for.</summary>
    /// <param name="experts">How many, or null when the form does not say; negative is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithExperts(int? experts) => ChangingActivity(a => a with { ExpertsRequested = experts });

    /// <summary>Marks the request as an emergency, which shortens the lead time the rules ask for.</summary>
    /// <param name="emergency">Whether it is one.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder AsEmergency(bool emergency = true) => ChangingDeclarations(d => d with { IsEmergency = emergency });

    /// <summary>Sets whether the requester declares that no other facility funds the same activity.</summary>
    /// <param name="declares">Whether it does.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder DeclaringNoParallelFunding(bool declares = true) => ChangingDeclarations(d => d with { DeclaresNoParallelFunding = declares });

    /// <summary>Sets the statement of coordination with other facilities and donors.</summary>
    /// <param name="coordination">The statement, or null for none.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithCoordination(string? coordination) => ChangingDeclarations(d => d with { Coordination = coordination });

    /// <summary>Sets the language the request is written in.</summary>
    /// <param name="language">A two-letter ISO 639-1 code, or null; another form is a problem when built (path <c>language</c>).</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder InLanguage(string? language) => new(_state with { Language = language });

    /// <summary>Sets the justification for going beyond a limit (duration, delegation size).</summary>
    /// <param name="justification">The justification, or null for none.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder JustifiedBy(string? justification) => ChangingDeclarations(d => d with { Justification = justification });

    /// <summary>Sets how many activities the request asks for.</summary>
    /// <param name="activities">How many; less than one is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder Planning(int activities) => ChangingActivity(a => a with { PlannedActivities = activities });

    /// <summary>Sets the designation of Kosovo the outputs will carry.</summary>
    /// <param name="designation">The designation, or null when the request does not say.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder WithOutputDesignation(KosovoDesignation? designation) => ChangingActivity(a => a with { OutputDesignation = designation });

    /// <summary>Sets the geographic scope of a regional or multi-country request.</summary>
    /// <param name="scope">The scope, or null for the requester's country alone.</param>
    /// <returns>A new builder.</returns>
    public RequestBuilder Covering(GeographicScope? scope) => ChangingActivity(a => a with { Scope = scope });

    /// <inheritdoc />
    public ValidationResult<AssistanceRequest> Build()
    {
        var s = _state;
        var parts = new Parts();
        var requester = parts.Take(s.Requester(), "requester");
        var contact = parts.Take(s.Contact(), "contact");
        var dates = parts.Take(Dates(), "dates");
        var venue = s.Venue is null ? null : parts.Take(s.Venue(), "venue");
        var participants = s.Participants is null || requester is null ? null : parts.Take(ParticipantsOf(requester), "participants");
        var costs = parts.TakeAll(s.Costs.Select(c => (Func<ValidationResult<CostLine>>)(() => CostLine.Create(c.Category, Money.Of(c.Amount, c.Currency ?? s.Currency), c.Description))), "costs");
        return parts.Then(() => AssistanceRequest.Create(
            s.Identifier,
            s.Submitted,
            RequestingParty.Create(requester!, contact!, s.CoRequester, s.Beneficiaries),
            s.Activity.Create(),
            RequestLogistics.Create(dates!, venue, participants, s.Language),
            CostEstimate.Create(costs, s.PreferredDonor),
            s.Declarations.Create()));
    }

    /// <inheritdoc />
    public AssistanceRequest BuildValid() => Build().OrThrow();

    private RequestBuilder ChangingActivity(Func<RequestedActivityInput, RequestedActivityInput> change) => new(_state with { Activity = change(_state.Activity) });

    private RequestBuilder ChangingDeclarations(Func<RequestDeclarationsInput, RequestDeclarationsInput> change) => new(_state with { Declarations = change(_state.Declarations) });

    private ValidationResult<RequestedDates> Dates()
    {
        var s = _state;
        if (s.Dates is not null)
        {
            return s.Dates;
        }

        if (s.Window is var (earliest, latest))
        {
            return RequestedDates.Within(earliest, latest, s.Days);
        }

        var start = s.Start ?? SubmissionDate.PlusDays(s.LeadDays);
        if (s.Days < 1)
        {
            return new ValidationFailure(ProblemCodes.OutOfRange, "durationInDays", $"An activity lasts at least one day; {s.Days} was given.");
        }

        return RequestedDates.Exactly(start, start.PlusDays(s.Days - 1));
    }

    private ValidationResult<Participants> ParticipantsOf(Institution requester)
    {
        var spec = _state.Participants!;
        if (spec.Value is not null)
        {
            return spec.Value;
        }

        IEnumerable<Country> countries = spec.Countries is { } given
            ? given
            : [requester.Country, .. _state.CoRequester is null ? [] : new[] { _state.CoRequester.Country }, .. _state.Beneficiaries.Select(b => b.Country)];
        return Participants.Create(spec.Count, [.. countries.Distinct()]);
    }

    private sealed record ParticipantSpec(int? Count, ImmutableArray<Country>? Countries)
    {
        public Participants? Value { get; init; }
    }

    private sealed record CostSpec(CostCategory Category, decimal Amount, string? Description)
    {
        public Currency? Currency { get; init; }
    }

    private sealed record State(
        string? Identifier,
        Instant Submitted,
        Func<ValidationResult<Institution>> Requester,
        Func<ValidationResult<Contact>> Contact,
        Institution? CoRequester,
        ImmutableArray<Institution> Beneficiaries,
        RequestedActivityInput Activity,
        int LeadDays,
        LocalDate? Start,
        int Days,
        (LocalDate EarliestStart, LocalDate LatestEnd)? Window,
        RequestedDates? Dates,
        Func<ValidationResult<Venue>>? Venue,
        ParticipantSpec? Participants,
        string? Language,
        Currency Currency,
        ImmutableArray<CostSpec> Costs,
        Donor? PreferredDonor,
        RequestDeclarationsInput Declarations);
}
