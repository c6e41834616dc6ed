using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The inputs of <see cref="AssistanceRequest.Create"/>: the request's own values and the inputs of its five parts.</summary>
/// <param name="Identifier">The identifier.</param>
/// <param name="Submitted">When it was submitted.</param>
/// <param name="Party">Who asks and for whom.</param>
/// <param name="RequestedActivity">The activity asked for.</param>
/// <param name="Logistics">When, where, with whom.</param>
/// <param name="CostEstimate">The estimated cost.</param>
/// <param name="Declarations">The attachments and declarations.</param>
internal sealed record RequestInput(
    string? Identifier,
    Instant Submitted,
    RequestingPartyInput Party,
    RequestedActivityInput RequestedActivity,
    RequestLogisticsInput Logistics,
    CostEstimateInput CostEstimate,
    RequestDeclarationsInput Declarations) : IFactoryInput<AssistanceRequest>
{
    /// <inheritdoc />
    public ValidationResult<AssistanceRequest> Create() => AssistanceRequest.Create(
        Identifier, Submitted, Party.Create(), RequestedActivity.Create(), Logistics.Create(), CostEstimate.Create(), Declarations.Create());

    /// <summary>The inputs that make <paramref name="request"/> again.</summary>
    public static RequestInput Of(AssistanceRequest request) => new(
        request.Identifier,
        request.Submitted,
        RequestingPartyInput.Of(request.Party),
        RequestedActivityInput.Of(request.RequestedActivity),
        RequestLogisticsInput.Of(request.Logistics),
        CostEstimateInput.Of(request.CostEstimate),
        RequestDeclarationsInput.Of(request.Declarations));
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
        select RequestInput.Of(StammLikeRequest(lead, days, type, participants, cost, StammLikeCountries[country], theme, flags, emergency).BuildValid());

    private const int AllDeclarations = 63;

    private static Country[] StammLikeCountries { get; } = [.. CountryGroup.WesternBalkans.Countries, Country.FromCode("HR")];

    private protected override Gen<FlawedInput<AssistanceRequest, RequestInput, RequestFlaw>> Flawed(RequestFlaw flaw) => flaw switch
    {
        RequestFlaw.BlankIdentifier => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Identifier = b }, flaw, ProblemCodes.Required, "identifier")),
        RequestFlaw.ForbiddenCharacterInIdentifier => Gen.Select(Input, Gen.OneOf(' ', '#', 'é', ',', '?')).Select((i, c) =>
            Flaw(i with { Identifier = "r" + c + i.Identifier }, flaw, ProblemCodes.InvalidFormat, "identifier")),
        RequestFlaw.BlankTitle => Gen.Select(Input, Values.Blank).Select((i, b) =>
            Flaw(i with { RequestedActivity = i.RequestedActivity with { Title = b } }, flaw, ProblemCodes.Required, "title")),
        RequestFlaw.BlankNeed => Gen.Select(Input, Values.Blank).Select((i, b) =>
            Flaw(i with { RequestedActivity = i.RequestedActivity with { Need = b } }, flaw, ProblemCodes.Required, "need")),
        RequestFlaw.NoTheme => Input.Select(i => Flaw(i with { RequestedActivity = i.RequestedActivity with { Themes = [] } }, flaw, ProblemCodes.Required, "themes")),
        RequestFlaw.OnlineStudyVisit => Input.Select(i => Flaw(
            i with { RequestedActivity = i.RequestedActivity with { Type = ActivityType.StudyVisit }, Logistics = i.Logistics with { Venue = Venue.Online } },
            flaw,
            ProblemCodes.NotAllowed,
            "venue")),
        RequestFlaw.DuplicateBeneficiary => Gen.Select(Input, Generate.Institution.Valid).Select((i, extra) =>
        {
            var list = i.Party.Beneficiaries.IsEmpty ? [extra] : i.Party.Beneficiaries;
            return Flaw(i with { Party = i.Party with { Beneficiaries = list.Add(list[0]) } }, flaw, ProblemCodes.Duplicate, $"beneficiaries[{list.Length}]");
        }),
        RequestFlaw.CostsInTwoCurrencies =>
            from i in Input
            from first in CostLineGenerator.In(Gen.Const(Currency.Eur))
            from second in CostLineGenerator.In(Gen.Const(Currency.Chf))
            select Flaw(
                i with { CostEstimate = i.CostEstimate with { Lines = [first.Create().OrThrow(), second.Create().OrThrow()] } }, flaw, ProblemCodes.CurrencyMismatch, "costs[1].amount"),
        RequestFlaw.NegativeExperts => Gen.Select(Input, Gen.Int[int.MinValue, -1]).Select((i, n) =>
            Flaw(i with { RequestedActivity = i.RequestedActivity with { ExpertsRequested = n } }, flaw, ProblemCodes.OutOfRange, "expertsRequested")),
        RequestFlaw.NoPlannedActivity => Gen.Select(Input, Gen.Int[-10, 0]).Select((i, n) =>
            Flaw(i with { RequestedActivity = i.RequestedActivity with { PlannedActivities = n } }, flaw, ProblemCodes.OutOfRange, "plannedActivities")),
        RequestFlaw.RequesterAsCoRequester => Input.Select(i => Flaw(i with { Party = i.Party with { CoRequester = i.Party.Requester } }, flaw, ProblemCodes.NotAllowed, "coRequester")),
        _ => Gen.Select(Input, Gen.OneOf("english", "e", "e1", "de-AT", "123")).Select((i, l) =>
            Flaw(i with { Logistics = i.Logistics with { Language = l } }, flaw, ProblemCodes.InvalidFormat, "language")),
    };

    /// <summary>Valid requests: submitted at moments from <paramref name="submitted"/>, requesters in countries from <paramref name="countries"/>, starting a number of days from <paramref name="leadDays"/> after submission, costs in a currency from <paramref name="currencies"/> of up to <paramref name="cents"/> cents a line.</summary>
    private static Gen<RequestInput> Requests(Gen<Instant> submitted, Gen<Country> countries, Gen<int> leadDays, Gen<Currency> currencies, Gen<int> cents) =>
        from identifier in Values.Identifier
        from moment in submitted
        from party in RequestingPartyInput.In(countries)
        from activity in RequestedActivityInput.Any
        from logistics in RequestLogisticsInput.In(countries, leadDays.Select(lead => moment.InUtc().Date.PlusDays(lead)))
        from costs in CostEstimateInput.In(currencies, cents)
        from declarations in RequestDeclarationsInput.Any
        select new RequestInput(
            identifier,
            moment,
            party,
            activity,
            activity.Type == ActivityType.StudyVisit && logistics.Venue?.Mode == VenueMode.Online ? logistics with { Venue = null } : logistics,
            costs,
            declarations);

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
