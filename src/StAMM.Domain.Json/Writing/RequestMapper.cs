using StAMM.Domain.Geography;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Json.Writing;

/// <summary>Turns an <see cref="AssistanceRequest"/> into its contract. Values are already valid, so this never fails.</summary>
internal static class RequestMapper
{
    public static RequestDocumentContract Document(AssistanceRequest request) => new()
    {
        Identifier = request.Identifier,
        Submitted = IsoText.Instant(request.Submitted),
        Requester = ContractMapper.Institution(request.Requester),
        Contact = Contact(request.Contact),
        ActivityType = EnumNames.Of(request.ActivityType),
        Themes = EnumNames.All(request.Themes),
        Title = request.Title,
        Need = request.Need,
        Dates = Dates(request.Dates),
        Venue = request.Venue is null ? null : ContractMapper.Venue(request.Venue),
        Participants = ContractMapper.Participants(request.Participants),
        Beneficiaries = request.Beneficiaries.IsDefaultOrEmpty ? null : [.. request.Beneficiaries.Select(ContractMapper.Institution)],
        Costs = request.Costs.IsDefaultOrEmpty ? null : [.. request.Costs.Select(CostLine)],
        PreferredDonor = request.PreferredDonor is null ? null : ContractMapper.Donor(request.PreferredDonor),
        Attachments = EnumNames.NullIfEmpty(request.Attachments),
        ServesObligation = request.ServesObligation,
        ExpertsRequested = request.ExpertsRequested,
        IsEmergency = request.IsEmergency ? true : null,
        DeclaresNoParallelFunding = request.DeclaresNoParallelFunding ? true : null,
        Coordination = request.Coordination,
        CoRequester = request.CoRequester is null ? null : ContractMapper.Institution(request.CoRequester),
        Language = request.Language,
        Justification = request.Justification,
        PlannedActivities = request.PlannedActivities == 1 ? null : request.PlannedActivities,
        OutputDesignation = request.OutputDesignation is null ? null : Designation(request.OutputDesignation),
        Scope = request.Scope is null ? null : ContractMapper.Scope(request.Scope),
    };

    public static ContactContract Contact(Contact contact) => new() { Name = contact.Name, Email = contact.Email, Phone = contact.Phone };

    public static CostLineContract CostLine(CostLine line) => new()
    {
        Category = EnumNames.Of(line.Category),
        Amount = ContractMapper.Money(line.Amount),
        Description = line.Description,
    };

    public static KosovoDesignationContract Designation(KosovoDesignation designation) => new() { Marker = designation.Marker, Footnote = designation.Footnote };

    public static RequestedDatesContract Dates(RequestedDates dates) => dates.Kind == RequestedDatesKind.Exact
        ? new ExactDatesContract { Start = IsoText.Date(dates.EarliestStart), End = IsoText.Date(dates.LatestEnd) }
        : new WindowDatesContract { EarliestStart = IsoText.Date(dates.EarliestStart), LatestEnd = IsoText.Date(dates.LatestEnd), DurationInDays = dates.DurationInDays };
}
