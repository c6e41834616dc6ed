using System.Text.Json.Serialization;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;

namespace StAMM.Domain.Json.Contracts;

// The JSON contracts: one record per domain type, written by the source-generated serializer and described by the
// generated schema. Names are the domain factories' parameter names, so the paths of the factories' problems are
// the JSON paths. Optional values are omitted when null; collections are omitted when empty.

/// <summary>The project document: a <see cref="TechnicalAssistanceProject"/> with the document header.</summary>
internal sealed record ProjectDocumentContract() : DocumentContract(DocumentKinds.Project)
{
    public required string Identifier { get; init; }

    public required string Acronym { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string>? AlternativeTitles { get; init; }

    public string? Summary { get; init; }

    public string? Objective { get; init; }

    public EnumNames<ThematicArea>? ThematicAreas { get; init; }

    public required ScopeContract Scope { get; init; }

    [Names(typeof(ProjectStatus))]
    public required string Status { get; init; }

    public required ProjectPeriodContract Period { get; init; }

    public required OrganisationContract Implementer { get; init; }

    public IReadOnlyList<ContributionContract>? Contributions { get; init; }

    public bool? OpenToFurtherDonors { get; init; }

    public IReadOnlyList<ActivityContract>? Activities { get; init; }
}

/// <summary><see cref="GeographicScope"/>.</summary>
internal sealed record ScopeContract
{
    [Names(typeof(ScopeKind))]
    public required string Kind { get; init; }

    [Form(ValueForm.CountryCode)]
    public required CountryCodes Countries { get; init; }

    public IReadOnlyList<CountryShareContract>? Shares { get; init; }

    [Form(ValueForm.RegionCode)]
    public int? Region { get; init; }
}

/// <summary><see cref="CountryShare"/>.</summary>
internal sealed record CountryShareContract
{
    [Form(ValueForm.CountryCode)]
    public required string Country { get; init; }

    [Form(ValueForm.Percentage)]
    public required decimal Percentage { get; init; }
}

/// <summary><see cref="Organisation"/>.</summary>
internal sealed record OrganisationContract
{
    public required string Name { get; init; }

    public string? Acronym { get; init; }

    public string? Identifier { get; init; }

    [Names(typeof(OrganisationType))]
    public required string Type { get; init; }

    [Form(ValueForm.CountryCode)]
    public string? Country { get; init; }
}

/// <summary><see cref="FundingProgramme"/>.</summary>
internal sealed record FundingProgrammeContract
{
    public required string Name { get; init; }

    public string? LocalName { get; init; }
}

/// <summary><see cref="Donor"/>.</summary>
internal sealed record DonorContract
{
    public required OrganisationContract Organisation { get; init; }

    public IReadOnlyList<FundingProgrammeContract>? Programmes { get; init; }
}

/// <summary><see cref="Finance.Money"/>.</summary>
internal sealed record MoneyContract
{
    public required decimal Amount { get; init; }

    [Form(ValueForm.CurrencyCode)]
    public required string Currency { get; init; }
}

/// <summary>A NodaTime <c>DateInterval</c>: first and last day, both inclusive.</summary>
internal sealed record DateIntervalContract
{
    [Form(ValueForm.Date)]
    public required string Start { get; init; }

    [Form(ValueForm.Date)]
    public required string End { get; init; }
}

/// <summary><see cref="Finance.Earmarks"/>.</summary>
internal sealed record EarmarksContract
{
    [Form(ValueForm.CountryCode)]
    public CountryCodes? Countries { get; init; }

    public EnumNames<ActivityType>? ActivityTypes { get; init; }

    public EnumNames<ThematicArea>? Themes { get; init; }
}

/// <summary><see cref="Finance.Contribution"/>.</summary>
internal sealed record ContributionContract
{
    public required DonorContract Donor { get; init; }

    public FundingProgrammeContract? Programme { get; init; }

    public MoneyContract? Amount { get; init; }

    public DateIntervalContract? Period { get; init; }

    public EarmarksContract? Earmarks { get; init; }
}

/// <summary><see cref="Time.ProjectPeriod"/>.</summary>
internal sealed record ProjectPeriodContract
{
    [Form(ValueForm.PartialDate)]
    public required string Start { get; init; }

    [Form(ValueForm.PartialDate)]
    public string? End { get; init; }
}

/// <summary><see cref="Institution"/>; <c>parent</c> nests the institution it is a unit of.</summary>
internal sealed record InstitutionContract
{
    public required string Name { get; init; }

    [Form(ValueForm.CountryCode)]
    public required string Country { get; init; }

    [Names(typeof(InstitutionType))]
    public required string Type { get; init; }

    public InstitutionContract? Parent { get; init; }

    public string? Acronym { get; init; }
}

/// <summary><see cref="SexBreakdown"/>.</summary>
internal sealed record SexBreakdownContract
{
    [Form(ValueForm.Count)]
    public required int Female { get; init; }

    [Form(ValueForm.Count)]
    public required int Male { get; init; }

    [Form(ValueForm.Count)]
    public int? Other { get; init; }
}

/// <summary><see cref="Participants"/>.</summary>
internal sealed record ParticipantsContract
{
    [Form(ValueForm.Count)]
    public int? Count { get; init; }

    [Form(ValueForm.CountryCode)]
    public CountryCodes? Countries { get; init; }

    [Form(ValueForm.Count)]
    public IReadOnlyDictionary<string, int>? CountByCountry { get; init; }

    public SexBreakdownContract? BySex { get; init; }

    public string? Description { get; init; }
}

/// <summary><see cref="FundingSource"/>.</summary>
internal sealed record FundingSourceContract
{
    public required DonorContract Donor { get; init; }

    public FundingProgrammeContract? Programme { get; init; }
}

/// <summary><see cref="DocumentLink"/>.</summary>
internal sealed record DocumentLinkContract
{
    public required string Title { get; init; }

    [Form(ValueForm.DocumentCategory)]
    public required string Category { get; init; }

    [Form(ValueForm.Url)]
    public string? Url { get; init; }

    [Form(ValueForm.PartialDate)]
    public string? Published { get; init; }
}

/// <summary><see cref="Time.ActivityPeriod"/>: exact days, or only the month; <c>precision</c> tells which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = ActivityPeriodContract.Discriminator)]
[JsonDerivedType(typeof(DaysPeriodContract), DaysPeriodContract.Precision)]
[JsonDerivedType(typeof(MonthPeriodContract), MonthPeriodContract.Precision)]
internal abstract record ActivityPeriodContract
{
    public const string Discriminator = "precision";
}

/// <summary>An activity period known to the day.</summary>
internal sealed record DaysPeriodContract : ActivityPeriodContract
{
    public const string Precision = "day";

    [Form(ValueForm.Date)]
    public required string Start { get; init; }

    [Form(ValueForm.Date)]
    public required string End { get; init; }
}

/// <summary>An activity period known only to the month.</summary>
internal sealed record MonthPeriodContract : ActivityPeriodContract
{
    public const string Precision = "month";

    [Form(ValueForm.Month)]
    public required string Month { get; init; }
}

/// <summary><see cref="Venue"/>: in person, online or hybrid; <c>mode</c> tells which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = VenueContract.Discriminator)]
[JsonDerivedType(typeof(InPersonVenueContract), InPersonVenueContract.Mode)]
[JsonDerivedType(typeof(OnlineVenueContract), OnlineVenueContract.Mode)]
[JsonDerivedType(typeof(HybridVenueContract), HybridVenueContract.Mode)]
internal abstract record VenueContract
{
    public const string Discriminator = "mode";
}

/// <summary>A venue at a city and country.</summary>
internal abstract record PlaceVenueContract : VenueContract
{
    public required string City { get; init; }

    [Form(ValueForm.CountryCode)]
    public required string Country { get; init; }
}

/// <summary>In person at a city and country.</summary>
internal sealed record InPersonVenueContract : PlaceVenueContract
{
    public const string Mode = "inPerson";
}

/// <summary>Online only.</summary>
internal sealed record OnlineVenueContract : VenueContract
{
    public const string Mode = "online";
}

/// <summary>In person at a city and country, with online participation.</summary>
internal sealed record HybridVenueContract : PlaceVenueContract
{
    public const string Mode = "hybrid";
}

/// <summary><see cref="Activity"/>.</summary>
internal sealed record ActivityContract
{
    public required string Identifier { get; init; }

    [Names(typeof(ActivityType))]
    public required string Type { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public required ActivityPeriodContract Period { get; init; }

    public VenueContract? Venue { get; init; }

    public IReadOnlyList<InstitutionContract>? Beneficiaries { get; init; }

    public ParticipantsContract? Participants { get; init; }

    [Form(ValueForm.Count)]
    public int? Experts { get; init; }

    public IReadOnlyList<string>? Topics { get; init; }

    [Form(ValueForm.CountryCode)]
    public CountryCodes? TopicCountries { get; init; }

    public EnumNames<ThematicArea>? ThematicAreas { get; init; }

    public IReadOnlyList<FundingSourceContract>? Funding { get; init; }

    public EnumNames<MigrationDialogue>? Dialogues { get; init; }

    public IReadOnlyList<DocumentLinkContract>? Documents { get; init; }
}
