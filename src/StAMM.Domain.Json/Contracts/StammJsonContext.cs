using System.Text.Json;
using System.Text.Json.Serialization;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;

namespace StAMM.Domain.Json.Contracts;

/// <summary>The source-generated serializer metadata of every contract: no reflection at run time, trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(ReportDocumentContract))]
[JsonSerializable(typeof(ProjectDocumentContract))]
[JsonSerializable(typeof(ScopeContract))]
[JsonSerializable(typeof(CountryShareContract))]
[JsonSerializable(typeof(OrganisationContract))]
[JsonSerializable(typeof(FundingProgrammeContract))]
[JsonSerializable(typeof(DonorContract))]
[JsonSerializable(typeof(MoneyContract))]
[JsonSerializable(typeof(DateIntervalContract))]
[JsonSerializable(typeof(EarmarksContract))]
[JsonSerializable(typeof(ContributionContract))]
[JsonSerializable(typeof(ProjectPeriodContract))]
[JsonSerializable(typeof(InstitutionContract))]
[JsonSerializable(typeof(SexBreakdownContract))]
[JsonSerializable(typeof(ParticipantsContract))]
[JsonSerializable(typeof(FundingSourceContract))]
[JsonSerializable(typeof(DocumentLinkContract))]
[JsonSerializable(typeof(ActivityPeriodContract))]
[JsonSerializable(typeof(VenueContract))]
[JsonSerializable(typeof(ActivityContract))]
[JsonSerializable(typeof(RequestDocumentContract))]
[JsonSerializable(typeof(ContactContract))]
[JsonSerializable(typeof(CostLineContract))]
[JsonSerializable(typeof(KosovoDesignationContract))]
[JsonSerializable(typeof(RequestedDatesContract))]
[JsonSerializable(typeof(RuleSetDocumentContract))]
[JsonSerializable(typeof(RuleContract))]
[JsonSerializable(typeof(RuleValueContract))]
[JsonSerializable(typeof(DecisionDocumentContract))]
[JsonSerializable(typeof(PortfolioDocumentContract))]
[JsonSerializable(typeof(CaseEventsDocumentContract))]
[JsonSerializable(typeof(CaseEventContract))]
internal sealed partial class StammJsonContext : JsonSerializerContext;
