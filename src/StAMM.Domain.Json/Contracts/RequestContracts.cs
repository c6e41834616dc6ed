using System.Text.Json.Serialization;
using StAMM.Domain.Activities;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Json.Contracts;

// The request document's contracts. As for the project, names are the factories' parameter names, so the paths of
// AssistanceRequest.Create's problems are the JSON paths.

/// <summary>The request document: an <see cref="AssistanceRequest"/> with the document header.</summary>
internal sealed record RequestDocumentContract() : DocumentContract(DocumentKinds.Request)
{
    public required string Identifier { get; init; }

    [Form(ValueForm.Instant)]
    public required string Submitted { get; init; }

    public required InstitutionContract Requester { get; init; }

    public required ContactContract Contact { get; init; }

    [Names(typeof(ActivityType))]
    public required string ActivityType { get; init; }

    public required EnumNames<ThematicArea> Themes { get; init; }

    public required string Title { get; init; }

    public required string Need { get; init; }

    public required RequestedDatesContract Dates { get; init; }

    public VenueContract? Venue { get; init; }

    public ParticipantsContract? Participants { get; init; }

    public IReadOnlyList<InstitutionContract>? Beneficiaries { get; init; }

    public IReadOnlyList<CostLineContract>? Costs { get; init; }

    public DonorContract? PreferredDonor { get; init; }

    public EnumNames<AttachmentKind>? Attachments { get; init; }

    public string? ServesObligation { get; init; }

    [Form(ValueForm.Count)]
    public int? ExpertsRequested { get; init; }

    public bool? IsEmergency { get; init; }

    public bool? DeclaresNoParallelFunding { get; init; }

    public string? Coordination { get; init; }

    public InstitutionContract? CoRequester { get; init; }

    [Form(ValueForm.Language)]
    public string? Language { get; init; }

    public string? Justification { get; init; }

    [Form(ValueForm.Positive)]
    public int? PlannedActivities { get; init; }

    public KosovoDesignationContract? OutputDesignation { get; init; }

    public ScopeContract? Scope { get; init; }
}

/// <summary><see cref="Requests.Contact"/>.</summary>
internal sealed record ContactContract
{
    public required string Name { get; init; }

    public required string Email { get; init; }

    public string? Phone { get; init; }
}

/// <summary><see cref="CostLine"/>.</summary>
internal sealed record CostLineContract
{
    [Names(typeof(CostCategory))]
    public required string Category { get; init; }

    public required MoneyContract Amount { get; init; }

    public string? Description { get; init; }
}

/// <summary><see cref="Geography.KosovoDesignation"/>: the marker after "Kosovo" and the footnote it refers to.</summary>
internal sealed record KosovoDesignationContract
{
    public required string Marker { get; init; }

    public required string Footnote { get; init; }
}

/// <summary><see cref="RequestedDates"/>: exact days or a window; <c>kind</c> tells which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = RequestedDatesContract.Discriminator)]
[JsonDerivedType(typeof(ExactDatesContract), ExactDatesContract.Kind)]
[JsonDerivedType(typeof(WindowDatesContract), WindowDatesContract.Kind)]
internal abstract record RequestedDatesContract
{
    public const string Discriminator = "kind";
}

/// <summary>Exact days, first and last inclusive.</summary>
internal sealed record ExactDatesContract : RequestedDatesContract
{
    public const string Kind = "exact";

    [Form(ValueForm.Date)]
    public required string Start { get; init; }

    [Form(ValueForm.Date)]
    public required string End { get; init; }
}

/// <summary>A window: the activity lasts <c>durationInDays</c> somewhere between the earliest start and the latest end.</summary>
internal sealed record WindowDatesContract : RequestedDatesContract
{
    public const string Kind = "window";

    [Form(ValueForm.Date)]
    public required string EarliestStart { get; init; }

    [Form(ValueForm.Date)]
    public required string LatestEnd { get; init; }

    [Form(ValueForm.Positive)]
    public required int DurationInDays { get; init; }
}
