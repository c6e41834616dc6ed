using System.Collections.Immutable;
using CsCheck;
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

/// <summary>The inputs of <see cref="AssistanceRequest.Create"/>.</summary>
/// <param name="Identifier">The identifier.</param>
/// <param name="Submitted">When it was submitted.</param>
/// <param name="Requester">The requesting institution.</param>
/// <param name="Contact">The contact person.</param>
/// <param name="ActivityType">The kind of activity asked for.</param>
/// <param name="Themes">The thematic areas.</param>
/// <param name="Title">The title.</param>
/// <param name="Need">The need it answers.</param>
/// <param name="Dates">When.</param>
/// <param name="Venue">Where, if said.</param>
/// <param name="Participants">Who takes part, if said.</param>
/// <param name="Beneficiaries">Other beneficiary institutions.</param>
/// <param name="Costs">The estimated costs.</param>
/// <param name="PreferredDonor">The donor hoped for, if any.</param>
/// <param name="Attachments">The documents attached.</param>
/// <param name="ServesObligation">The obligation it serves, if said.</param>
/// <param name="ExpertsRequested">How many experts, if said.</param>
/// <param name="IsEmergency">Whether it is an emergency.</param>
/// <param name="DeclaresNoParallelFunding">Whether no parallel funding is declared.</param>
/// <param name="Coordination">The coordination statement, if any.</param>
/// <param name="CoRequester">A co-requesting institution, if any.</param>
/// <param name="Language">The language, if said.</param>
/// <param name="Justification">A justification for going beyond a limit, if any.</param>
/// <param name="PlannedActivities">How many activities.</param>
/// <param name="OutputDesignation">The designation of Kosovo the outputs carry, if said.</param>
/// <param name="Scope">The geographic scope of a regional request, if any.</param>
internal sealed partial record RequestInput(
    string? Identifier,
    Instant Submitted,
    Institution Requester,
    Contact Contact,
    ActivityType ActivityType,
    ImmutableArray<ThematicArea> Themes,
    string? Title,
    string? Need,
    RequestedDates Dates,
    Venue? Venue,
    Participants? Participants,
    ImmutableArray<Institution> Beneficiaries,
    ImmutableArray<CostLine> Costs,
    Donor? PreferredDonor,
    ImmutableArray<AttachmentKind> Attachments,
    string? ServesObligation,
    int? ExpertsRequested,
    bool IsEmergency,
    bool DeclaresNoParallelFunding,
    string? Coordination,
    Institution? CoRequester,
    string? Language,
    string? Justification,
    int PlannedActivities,
    KosovoDesignation? OutputDesignation,
    GeographicScope? Scope) : IFactoryInput<AssistanceRequest>
{
    /// <inheritdoc />
    public ValidationResult<AssistanceRequest> Create() => AssistanceRequest.Create(
        Identifier,
        Submitted,
        RequestingParty.Create(Requester, Contact, CoRequester, Beneficiaries),
        RequestedActivity.Create(ActivityType, Themes, Title, Need, ServesObligation, ExpertsRequested, PlannedActivities, Scope, OutputDesignation),
        RequestLogistics.Create(Dates, Venue, Participants, Language),
        CostEstimate.Create(Costs, PreferredDonor),
        RequestDeclarations.Create(Attachments, IsEmergency, DeclaresNoParallelFunding, Coordination, Justification));
}

/// <summary>The ways a <see cref="RequestInput"/> can be just invalid.</summary>
internal enum RequestFlaw
{
    /// <summary>The identifier is blank: <c>required</c> at <c>identifier</c>.</summary>
    BlankIdentifier = 1,

    /// <summary>The identifier holds a space or a sign other than <c>- _ . : /</c>: <c>invalid-format</c> at <c>identifier</c>.</summary>
    ForbiddenCharacterInIdentifier = 2,

    /// <summary>The title is blank: <c>required</c> at <c>title</c>.</summary>
    BlankTitle = 3,

    /// <summary>The need is blank: <c>required</c> at <c>need</c>.</summary>
    BlankNeed = 4,

    /// <summary>No thematic area: <c>required</c> at <c>themes</c>.</summary>
    NoTheme = 5,

    /// <summary>A study visit online: <c>not-allowed</c> at <c>venue</c>.</summary>
    OnlineStudyVisit = 6,

    /// <summary>A beneficiary named twice: <c>duplicate</c> at <c>beneficiaries[i]</c>.</summary>
    DuplicateBeneficiary = 7,

    /// <summary>A cost line in another currency than the first: <c>currency-mismatch</c> at <c>costs[i].amount</c>.</summary>
    CostsInTwoCurrencies = 8,

    /// <summary>A negative number of experts: <c>out-of-range</c> at <c>expertsRequested</c>.</summary>
    NegativeExperts = 9,

    /// <summary>No activity planned: <c>out-of-range</c> at <c>plannedActivities</c>.</summary>
    NoPlannedActivity = 10,

    /// <summary>The requester named as its own co-requester: <c>not-allowed</c> at <c>coRequester</c>.</summary>
    RequesterAsCoRequester = 11,

    /// <summary>A language that is not a two-letter code: <c>invalid-format</c> at <c>language</c>.</summary>
    LanguageNotAnIsoCode = 12,
}

/// <summary>
/// Generators of <see cref="AssistanceRequest"/>s. <see cref="Valid"/> covers every field of the model (requesters
/// anywhere, any dates from 2010 to 2035); <see cref="StammLike"/> keeps to requests the built-in StAMM rules can be
/// asked about, which come out eligible, for review or ineligible in a useful mix.
/// </summary>
public sealed class RequestGenerator : DomainGenerator<AssistanceRequest>
{
    internal RequestGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<AssistanceRequest> Valid => Inputs.Valid;

    /// <inheritdoc />
    public override ImmutableArray<string> Flaws => Inputs.Flaws;

    /// <summary>
    /// Valid requests shaped like StAMM's: <see cref="A.Request"/> (submitted on <see cref="RequestBuilder.DefaultSubmissionDate"/>)
    /// varied in the things the built-in rules look at: the ministry of one of the Western Balkans six (or of Croatia,
    /// outside the scope) asking, lead time 0 to 800 days (half of them 60 to 300), one to eight days (half of them one to three), any type and theme, 0 to 30
    /// participants, a cost of up to EUR 90,000 (half of them up to EUR 25,000), in person or online, with all attachments or only the letter, and
    /// each declaration given or not (half of the requests give them all). Evaluated in <see cref="An.EvaluationContext"/> they give every kind of decision.
    /// </summary>
    public Gen<AssistanceRequest> StammLike => Inputs.StammLike.Select(i => i.Create().OrThrow());

    /// <summary>The generator of the factory's arguments, for this package and its own tests.</summary>
    internal RequestInputGenerator Inputs { get; } = new();

    internal override Gen<Flawed<AssistanceRequest>> FlawedBy(string flaw) => Inputs.FlawedBy(flaw);
}

/// <summary>The arguments of <see cref="AssistanceRequest.Create"/>: valid, StAMM-like, or flawed in one way.</summary>
internal sealed class RequestInputGenerator : FactoryGenerator<AssistanceRequest, RequestInput, RequestFlaw>
{
    private static readonly LocalTime Morning = new(9, 0);

    private static readonly ImmutableArray<AttachmentKind> AllAttachments = [.. Enum.GetValues<AttachmentKind>()];

    /// <inheritdoc />
    public override Gen<RequestInput> Input { get; } =
        Requests(
            Gen.Long[Values.Earliest.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeSeconds(), new LocalDate(2035, 12, 31).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().ToUnixTimeSeconds()]
                .Select(Instant.FromUnixTimeSeconds),
            Values.Country,
            Gen.Int[-30, 500],
            Values.Currency,
            Gen.Int[0, 10_000_000]);

    /// <summary>The arguments of <see cref="RequestGenerator.StammLike"/> requests.</summary>
    public Gen<RequestInput> StammLike { get; } =
        from lead in Gen.OneOf(Gen.Int[60, 300], Gen.Int[0, 800])
        from days in Gen.OneOf(Gen.Int[1, 3], Gen.Int[1, 8])
        from type in Gen.Enum<ActivityType>()
        from participants in Gen.Int[0, 30]
        from cost in Gen.OneOf(Gen.Int[0, 25_000], Gen.Int[0, 90_000])
        from country in Gen.Int[0, StammLikeCountries.Length - 1]
        from theme in Gen.Enum<ThematicArea>()
        from flags in Gen.OneOf(Gen.Const(AllDeclarations), Gen.Int[0, AllDeclarations])
        from emergency in Gen.Bool
        select Of(StammLikeRequest(lead, days, type, participants, cost, StammLikeCountries[country], theme, flags, emergency).BuildValid());

    private const int AllDeclarations = 63;

    private static Country[] StammLikeCountries { get; } = [.. CountryGroup.WesternBalkans.Countries, Country.FromCode("HR")];

    private protected override Gen<FlawedInput<AssistanceRequest, RequestInput, RequestFlaw>> Flawed(RequestFlaw flaw) => flaw switch
    {
        RequestFlaw.BlankIdentifier => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Identifier = b }, flaw, ProblemCodes.Required, "identifier")),
        RequestFlaw.ForbiddenCharacterInIdentifier => Gen.Select(Input, Gen.OneOf(' ', '#', 'é', ',', '?')).Select((i, c) =>
            Flaw(i with { Identifier = "r" + c + i.Identifier }, flaw, ProblemCodes.InvalidFormat, "identifier")),
        RequestFlaw.BlankTitle => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Title = b }, flaw, ProblemCodes.Required, "title")),
        RequestFlaw.BlankNeed => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Need = b }, flaw, ProblemCodes.Required, "need")),
        RequestFlaw.NoTheme => Input.Select(i => Flaw(i with { Themes = [] }, flaw, ProblemCodes.Required, "themes")),
        RequestFlaw.OnlineStudyVisit => Input.Select(i => Flaw(i with { ActivityType = ActivityType.StudyVisit, Venue = Venue.Online }, flaw, ProblemCodes.NotAllowed, "venue")),
        RequestFlaw.DuplicateBeneficiary => Gen.Select(Input, Generate.Institution.Valid).Select((i, extra) =>
        {
            var list = i.Beneficiaries.IsEmpty ? [extra] : i.Beneficiaries;
            return Flaw(i with { Beneficiaries = list.Add(list[0]) }, flaw, ProblemCodes.Duplicate, $"beneficiaries[{list.Length}]");
        }),
        RequestFlaw.CostsInTwoCurrencies =>
            from i in Input
            from first in CostLineGenerator.In(Gen.Const(Currency.Eur))
            from second in CostLineGenerator.In(Gen.Const(Currency.Chf))
            select Flaw(i with { Costs = [first.Create().OrThrow(), second.Create().OrThrow()] }, flaw, ProblemCodes.CurrencyMismatch, "costs[1].amount"),
        RequestFlaw.NegativeExperts => Gen.Select(Input, Gen.Int[int.MinValue, -1]).Select((i, n) => Flaw(i with { ExpertsRequested = n }, flaw, ProblemCodes.OutOfRange, "expertsRequested")),
        RequestFlaw.NoPlannedActivity => Gen.Select(Input, Gen.Int[-10, 0]).Select((i, n) => Flaw(i with { PlannedActivities = n }, flaw, ProblemCodes.OutOfRange, "plannedActivities")),
        RequestFlaw.RequesterAsCoRequester => Input.Select(i => Flaw(i with { CoRequester = i.Requester }, flaw, ProblemCodes.NotAllowed, "coRequester")),
        _ => Gen.Select(Input, Gen.OneOf("english", "e", "e1", "de-AT", "123")).Select((i, l) => Flaw(i with { Language = l }, flaw, ProblemCodes.InvalidFormat, "language")),
    };

    /// <summary>Valid requests: submitted at moments from <paramref name="submitted"/>, requesters in countries from <paramref name="countries"/>, starting a number of days from <paramref name="leadDays"/> after submission, costs in a currency from <paramref name="currencies"/> of up to <paramref name="cents"/> cents a line.</summary>
    private static Gen<RequestInput> Requests(Gen<Instant> submitted, Gen<Country> countries, Gen<int> leadDays, Gen<Currency> currencies, Gen<int> cents) =>
        from identifier in Values.Identifier
        from moment in submitted
        from requester in InstitutionGenerator.In(countries)
        from contact in ((ContactGenerator)Generate.Contact).Input
        from type in Gen.Enum<ActivityType>()
        from themes in Gen.Select(Gen.Enum<ThematicArea>(), Values.SubsetOf(Enum.GetValues<ThematicArea>(), 2)).Select((first, more) => new[] { first }.Concat(more).Distinct().ToArray())
        from title in Values.Name
        from need in Values.Name
        from lead in leadDays
        from dates in RequestedDatesGenerator.From(Gen.Const(moment.InUtc().Date.PlusDays(lead)))
        from venue in VenueGenerator.In(countries).Null(0.2)
        from participantCountries in Gen.Select(countries, Values.Countries(0, 2)).Select((c, others) => new[] { c }.Concat(others).Distinct().ToArray())
        from participants in ParticipantsGenerator.From(Gen.Const(participantCountries)).Null(0.1)
        from beneficiaries in InstitutionGenerator.In(countries).Array[0, 2]
        from currency in currencies
        from costs in Gen.Select(Gen.Enum<CostCategory>(), cents, Values.Name)
            .Select((category, c, description) => new CostLineInput(category, Money.Of(c / 100m, currency), category == CostCategory.Other ? description : null))
            .Array[0, 4]
        from donor in Gen.OneOf<Donor?>(null, Stamm.StateSecretariatForMigration, Stamm.CzechMinistryOfTheInterior)
        from attachments in Values.SubsetOf(AllAttachments, AllAttachments.Length)
        from obligation in Values.OptionalName
        from experts in Gen.Int[0, 6].Nullable(0.3)
        from flags in Gen.Int[0, 15]
        from coordination in Values.OptionalName
        from coRequester in InstitutionGenerator.In(countries).Null(0.7)
        from language in Gen.OneOf<string?>("en", "en", "sr", "sq", null)
        from justification in Values.OptionalName
        from planned in Gen.Int[1, 9]
        from designation in Gen.OneOf<KosovoDesignation?>(KosovoDesignation.EuropeanUnion, KosovoDesignation.Icmpd, null)
        from scope in Generate.Scope.Valid.Null(0.7)
        let requesterValue = requester.Create().OrThrow()
        select new RequestInput(
            identifier,
            moment,
            requesterValue,
            contact.Create().OrThrow(),
            type,
            [.. themes],
            title,
            need,
            dates.Create().OrThrow(),
            venue is null ? null : type == ActivityType.StudyVisit && venue.Mode == VenueMode.Online ? null : venue.Create().OrThrow(),
            participants?.Create().OrThrow(),
            [.. beneficiaries.Select(b => b.Create().OrThrow()).Distinct()],
            [.. costs.Select(c => c.Create().OrThrow())],
            donor,
            [.. attachments],
            obligation,
            experts,
            (flags & 1) != 0,
            (flags & 2) != 0,
            coordination,
            coRequester is null ? null : coRequester.Create().OrThrow() is var co && co != requesterValue ? co : null,
            language,
            justification,
            planned,
            designation,
            scope);

    /// <summary>The inputs that make <paramref name="request"/> again.</summary>
    internal static RequestInput Of(AssistanceRequest request) => new(
        request.Identifier,
        request.Submitted,
        request.Requester,
        request.Contact,
        request.ActivityType,
        [.. request.Themes],
        request.Title,
        request.Need,
        request.Dates,
        request.Venue,
        request.Participants,
        request.Beneficiaries,
        request.Costs,
        request.PreferredDonor,
        [.. request.Attachments],
        request.ServesObligation,
        request.ExpertsRequested,
        request.IsEmergency,
        request.DeclaresNoParallelFunding,
        request.Coordination,
        request.CoRequester,
        request.Language,
        request.Justification,
        request.PlannedActivities,
        request.OutputDesignation,
        request.Scope);

    private static RequestBuilder StammLikeRequest(int lead, int days, ActivityType type, int participants, int cost, Country country, ThematicArea theme, int flags, bool emergency)
    {
        var ministry = Institution.Create("Ministry of the Interior", country, InstitutionType.Ministry).OrThrow();
        var request = A.Request
            .WithIdentifier($"gen-{lead}-{days}-{(int)type}-{participants}-{cost}-{country.Code}-{(int)theme}-{flags}")
            .From(ministry)
            .StartingIn(lead)
            .Lasting(days)
            .OfKind(type)
            .WithParticipants(participants)
            .WithThemes(theme)
            .AsEmergency(emergency)
            .DeclaringNoParallelFunding((flags & 1) != 0)
            .Serving((flags & 2) != 0 ? "Strategy on Migration and Asylum" : null)
            .JustifiedBy((flags & 4) != 0 ? "The need cannot wait for the next cycle." : null)
            .WithOutputDesignation((flags & 8) != 0 ? KosovoDesignation.EuropeanUnion : null);
        request = cost == 0 ? request.WithoutCosts() : request.Costing(cost);
        request = (flags & 16) != 0 ? request : request.WithAttachments(AttachmentKind.OfficialRequestLetter);
        return type == ActivityType.StudyVisit || (flags & 32) != 0 ? request : request.Online();
    }
}
