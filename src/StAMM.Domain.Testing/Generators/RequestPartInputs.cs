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

// The five parts of a request, each as the raw arguments of its own factory, with the way back from a part made
// already (Of) and the generator of valid arguments. A change of one part's factory changes its record here and
// nothing else of the request's generator; a flaw sets a raw value inside the part it belongs to.

/// <summary>The inputs of <see cref="RequestingParty.Create"/>.</summary>
/// <param name="Requester">The requesting institution.</param>
/// <param name="Contact">The contact person.</param>
/// <param name="CoRequester">A co-requesting institution, if any.</param>
/// <param name="Beneficiaries">Other beneficiary institutions.</param>
internal sealed partial record RequestingPartyInput(
    Institution Requester,
    Contact Contact,
    Institution? CoRequester,
    ImmutableArray<Institution> Beneficiaries) : IFactoryInput<RequestingParty>
{
    /// <inheritdoc />
    public ValidationResult<RequestingParty> Create() => RequestingParty.Create(Requester, Contact, CoRequester, Beneficiaries);

    /// <summary>The inputs that make <paramref name="party"/> again.</summary>
    public static RequestingPartyInput Of(RequestingParty party) => new(party.Requester, party.Contact, party.CoRequester, party.Beneficiaries);

    /// <summary>Valid parties: institutions in countries from <paramref name="countries"/>, up to two other beneficiaries, a co-requester three times in ten.</summary>
    public static Gen<RequestingPartyInput> In(Gen<Country> countries) =>
        from requester in InstitutionGenerator.In(countries)
        from contact in ((ContactGenerator)Generate.Contact).Input
        from beneficiaries in InstitutionGenerator.In(countries).Array[0, 2]
        from coRequester in InstitutionGenerator.In(countries).Null(0.7)
        let requesterValue = requester.Create().OrThrow()
        select new RequestingPartyInput(
            requesterValue,
            contact.Create().OrThrow(),
            coRequester is null ? null : coRequester.Create().OrThrow() is var co && co != requesterValue ? co : null,
            [.. beneficiaries.Select(b => b.Create().OrThrow()).Distinct()]);
}

/// <summary>The inputs of <see cref="RequestedActivity.Create"/>.</summary>
/// <param name="Type">The kind of activity asked for.</param>
/// <param name="Themes">The thematic areas.</param>
/// <param name="Title">The title.</param>
/// <param name="Need">The need it answers.</param>
/// <param name="ServesObligation">The obligation it serves, if said.</param>
/// <param name="ExpertsRequested">How many experts, if said.</param>
/// <param name="PlannedActivities">How many activities.</param>
/// <param name="Scope">The geographic scope of a regional request, if any.</param>
/// <param name="OutputDesignation">The designation of Kosovo the outputs carry, if said.</param>
internal sealed partial record RequestedActivityInput(
    ActivityType Type,
    ImmutableArray<ThematicArea> Themes,
    string? Title,
    string? Need,
    string? ServesObligation,
    int? ExpertsRequested,
    int PlannedActivities,
    GeographicScope? Scope,
    KosovoDesignation? OutputDesignation) : IFactoryInput<RequestedActivity>
{
    /// <summary>Valid activities of any kind: one to three themes, up to six experts (not said three times in ten), one to nine activities, a regional scope three times in ten.</summary>
    public static readonly Gen<RequestedActivityInput> Any =
        from type in Gen.Enum<ActivityType>()
        from themes in Gen.Select(Gen.Enum<ThematicArea>(), Values.SubsetOf(Enum.GetValues<ThematicArea>(), 2)).Select((first, more) => new[] { first }.Concat(more).Distinct().ToArray())
        from title in Values.Name
        from need in Values.Name
        from obligation in Values.OptionalName
        from experts in Gen.Int[0, 6].Nullable(0.3)
        from planned in Gen.Int[1, 9]
        from scope in Generate.Scope.Valid.Null(0.7)
        from designation in Gen.OneOf<KosovoDesignation?>(KosovoDesignation.EuropeanUnion, KosovoDesignation.Icmpd, null)
        select new RequestedActivityInput(type, [.. themes], title, need, obligation, experts, planned, scope, designation);

    /// <inheritdoc />
    public ValidationResult<RequestedActivity> Create() =>
        RequestedActivity.Create(Type, Themes, Title, Need, ServesObligation, ExpertsRequested, PlannedActivities, Scope, OutputDesignation);

    /// <summary>The inputs that make <paramref name="activity"/> again.</summary>
    public static RequestedActivityInput Of(RequestedActivity activity) => new(
        activity.Type,
        [.. activity.Themes],
        activity.Title,
        activity.Need,
        activity.ServesObligation,
        activity.ExpertsRequested,
        activity.PlannedActivities,
        activity.Scope,
        activity.OutputDesignation);
}

/// <summary>The inputs of <see cref="RequestLogistics.Create"/>.</summary>
/// <param name="Dates">When.</param>
/// <param name="Venue">Where, if said.</param>
/// <param name="Participants">Who takes part, if said.</param>
/// <param name="Language">The language, if said.</param>
internal sealed record RequestLogisticsInput(RequestedDates Dates, Venue? Venue, Participants? Participants, string? Language) : IFactoryInput<RequestLogistics>
{
    /// <inheritdoc />
    public ValidationResult<RequestLogistics> Create() => RequestLogistics.Create(Dates, Venue, Participants, Language);

    /// <summary>The inputs that make <paramref name="logistics"/> again.</summary>
    public static RequestLogisticsInput Of(RequestLogistics logistics) => new(logistics.Dates, logistics.Venue, logistics.Participants, logistics.Language);

    /// <summary>
    /// Valid logistics: dates from <see cref="RequestedDatesGenerator.From"/> starting on a day from <paramref name="starts"/>,
    /// a venue in one of <paramref name="countries"/> (not said two times in ten), participants from one to three
    /// countries, one of them from <paramref name="countries"/> (not said one time in ten), and mostly English.
    /// </summary>
    public static Gen<RequestLogisticsInput> In(Gen<Country> countries, Gen<LocalDate> starts) =>
        from dates in RequestedDatesGenerator.From(starts)
        from venue in VenueGenerator.In(countries).Null(0.2)
        from participantCountries in Gen.Select(countries, Values.Countries(0, 2)).Select((c, others) => new[] { c }.Concat(others).Distinct().ToArray())
        from participants in ParticipantsGenerator.From(Gen.Const(participantCountries)).Null(0.1)
        from language in Gen.OneOf<string?>("en", "en", "sr", "sq", null)
        select new RequestLogisticsInput(dates.Create().OrThrow(), venue?.Create().OrThrow(), participants?.Create().OrThrow(), language);
}

/// <summary>The inputs of <see cref="CostEstimate.Create"/>.</summary>
/// <param name="Lines">The estimated costs.</param>
/// <param name="PreferredDonor">The donor hoped for, if any.</param>
internal sealed partial record CostEstimateInput(ImmutableArray<CostLine> Lines, Donor? PreferredDonor) : IFactoryInput<CostEstimate>
{
    /// <inheritdoc />
    public ValidationResult<CostEstimate> Create() => CostEstimate.Create(Lines, PreferredDonor);

    /// <summary>The inputs that make <paramref name="estimate"/> again.</summary>
    public static CostEstimateInput Of(CostEstimate estimate) => new(estimate.Lines, estimate.PreferredDonor);

    /// <summary>Valid estimates: no line to four lines in one currency from <paramref name="currencies"/>, each of up to <paramref name="cents"/> cents; a StAMM donor hoped for two times in three.</summary>
    public static Gen<CostEstimateInput> In(Gen<Currency> currencies, Gen<int> cents) =>
        from currency in currencies
        from lines in Gen.Select(Gen.Enum<CostCategory>(), cents, Values.Name)
            .Select((category, c, description) => new CostLineInput(category, Money.Of(c / 100m, currency), category == CostCategory.Other ? description : null))
            .Array[0, 4]
        from donor in Gen.OneOf<Donor?>(null, Stamm.StateSecretariatForMigration, Stamm.CzechMinistryOfTheInterior)
        select new CostEstimateInput([.. lines.Select(c => c.Create().OrThrow())], donor);
}

/// <summary>The inputs of <see cref="RequestDeclarations.Create"/>.</summary>
/// <param name="Attachments">The documents attached.</param>
/// <param name="IsEmergency">Whether it is an emergency.</param>
/// <param name="DeclaresNoParallelFunding">Whether no parallel funding is declared.</param>
/// <param name="Coordination">The coordination statement, if any.</param>
/// <param name="Justification">A justification for going beyond a limit, if any.</param>
internal sealed partial record RequestDeclarationsInput(
    ImmutableArray<AttachmentKind> Attachments,
    bool IsEmergency,
    bool DeclaresNoParallelFunding,
    string? Coordination,
    string? Justification) : IFactoryInput<RequestDeclarations>
{
    private static readonly ImmutableArray<AttachmentKind> AllAttachments = [.. Enum.GetValues<AttachmentKind>()];

    /// <summary>Valid declarations: any attachments, each declaration given or not, a coordination statement and a justification seven times in ten.</summary>
    public static readonly Gen<RequestDeclarationsInput> Any =
        from attachments in Values.SubsetOf(AllAttachments, AllAttachments.Length)
        from emergency in Gen.Bool
        from noParallelFunding in Gen.Bool
        from coordination in Values.OptionalName
        from justification in Values.OptionalName
        select new RequestDeclarationsInput([.. attachments], emergency, noParallelFunding, coordination, justification);

    /// <inheritdoc />
    public ValidationResult<RequestDeclarations> Create() =>
        RequestDeclarations.Create(Attachments, IsEmergency, DeclaresNoParallelFunding, Coordination, Justification);

    /// <summary>The inputs that make <paramref name="declarations"/> again.</summary>
    public static RequestDeclarationsInput Of(RequestDeclarations declarations) => new(
        [.. declarations.Attachments], declarations.IsEmergency, declarations.DeclaresNoParallelFunding, declarations.Coordination, declarations.Justification);
}
