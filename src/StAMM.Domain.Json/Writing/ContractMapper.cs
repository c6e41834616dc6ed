using System.Collections.Immutable;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Json.Writing;

/// <summary>Turns domain values into their contracts. Values are already valid, so this never fails.</summary>
internal static class ContractMapper
{
    public static ProjectDocumentContract Document(TechnicalAssistanceProject project) => new()
    {
        Identifier = project.Identifier,
        Acronym = project.Acronym,
        Title = project.Title,
        AlternativeTitles = project.AlternativeTitles.IsDefaultOrEmpty ? null : project.AlternativeTitles, // immutable: held without a copy
        Summary = project.Summary,
        Objective = project.Objective,
        ThematicAreas = EnumNames.NullIfEmpty(project.ThematicAreas),
        Scope = Scope(project.Scope),
        Status = EnumNames.Of(project.Status),
        Period = Period(project.Period),
        Implementer = Organisation(project.Implementer),
        Contributions = NullIfEmpty(project.Contributions, Contribution),
        OpenToFurtherDonors = project.OpenToFurtherDonors,
        Activities = NullIfEmpty(project.Activities, Activity),
    };

    public static ScopeContract Scope(GeographicScope scope) => new()
    {
        Kind = EnumNames.Of(scope.Kind),
        Countries = Codes(scope.Countries),
        Shares = NullIfEmpty(scope.Shares, s => new CountryShareContract { Country = s.Country.Code, Percentage = s.Percentage }),
        Region = scope.Region?.Code,
    };

    public static OrganisationContract Organisation(Organisation organisation) => new()
    {
        Name = organisation.Name,
        Acronym = organisation.Acronym,
        Identifier = organisation.Identifier?.Value,
        Type = EnumNames.Of(organisation.Type),
        Country = organisation.Country?.Code,
    };

    public static FundingProgrammeContract Programme(FundingProgramme programme) => new()
    {
        Name = programme.Name,
        LocalName = programme.LocalName,
    };

    public static DonorContract Donor(Donor donor) => new()
    {
        Organisation = Organisation(donor.Organisation),
        Programmes = NullIfEmpty(donor.Programmes, Programme),
    };

    public static MoneyContract Money(Money money) => new() { Amount = money.Amount, Currency = money.Currency.Code };

    public static DateIntervalContract Interval(NodaTime.DateInterval interval) => new()
    {
        Start = IsoText.Date(interval.Start),
        End = IsoText.Date(interval.End),
    };

    public static EarmarksContract? Earmarks(Earmarks earmarks) => earmarks.IsUnrestricted
        ? null
        : new EarmarksContract
        {
            Countries = NullIfEmpty(Codes(earmarks.Countries)),
            ActivityTypes = EnumNames.NullIfEmpty(earmarks.ActivityTypes),
            Themes = EnumNames.NullIfEmpty(earmarks.Themes),
        };

    public static ContributionContract Contribution(Contribution contribution) => new()
    {
        Donor = Donor(contribution.Donor),
        Programme = contribution.Programme is null ? null : Programme(contribution.Programme),
        Amount = contribution.Amount is null ? null : Money(contribution.Amount),
        Period = contribution.Period is null ? null : Interval(contribution.Period),
        Earmarks = Earmarks(contribution.Earmarks),
    };

    public static ProjectPeriodContract Period(ProjectPeriod period) => new()
    {
        Start = IsoText.PartialDate(period.Start),
        End = period.End is null ? null : IsoText.PartialDate(period.End),
    };

    public static InstitutionContract Institution(Institution institution) => new()
    {
        Name = institution.Name,
        Country = institution.Country.Code,
        Type = EnumNames.Of(institution.Type),
        Parent = institution.Parent is null ? null : Institution(institution.Parent),
        Acronym = institution.Acronym,
    };

    public static SexBreakdownContract SexBreakdown(SexBreakdown bySex) => new()
    {
        Female = bySex.Female,
        Male = bySex.Male,
        Other = bySex.Other,
    };

    public static ParticipantsContract? Participants(Participants participants) => participants.Equals(Activities.Participants.Unknown)
        ? null
        : new ParticipantsContract
        {
            Count = participants.Count,
            Countries = NullIfEmpty(Codes(participants.Countries)),
            CountByCountry = participants.CountByCountry.IsEmpty
                ? null
                : participants.CountByCountry.ToImmutableSortedDictionary(p => p.Key.Code, p => p.Value, StringComparer.Ordinal),
            BySex = participants.BySex is null ? null : SexBreakdown(participants.BySex),
            Description = participants.Description,
        };

    public static FundingSourceContract FundingSource(FundingSource source) => new()
    {
        Donor = Donor(source.Donor),
        Programme = source.Programme is null ? null : Programme(source.Programme),
    };

    public static DocumentLinkContract Document(DocumentLink document) => new()
    {
        Title = document.Title,
        Category = document.Category,
        Url = document.Url?.OriginalString,
        Published = document.Published is null ? null : IsoText.PartialDate(document.Published),
    };

    public static ActivityPeriodContract ActivityPeriod(ActivityPeriod period) => period.Precision == DatePrecision.Month
        ? new MonthPeriodContract { Month = IsoText.Month(period.Start.ToYearMonth()) }
        : new DaysPeriodContract { Start = IsoText.Date(period.Start), End = IsoText.Date(period.End) };

    public static VenueContract Venue(Venue venue) => venue.Mode switch
    {
        VenueMode.Online => new OnlineVenueContract(),
        VenueMode.Hybrid => new HybridVenueContract { City = venue.City!, Country = venue.Country!.Code },
        _ => new InPersonVenueContract { City = venue.City!, Country = venue.Country!.Code },
    };

    public static ActivityContract Activity(Activity activity) => new()
    {
        Identifier = activity.Identifier,
        Type = EnumNames.Of(activity.Type),
        Title = activity.Title,
        Summary = activity.Summary,
        Period = ActivityPeriod(activity.Period),
        Venue = activity.Venue is null ? null : Venue(activity.Venue),
        Beneficiaries = NullIfEmpty(activity.Beneficiaries, Institution),
        Participants = Participants(activity.Participants),
        Experts = activity.Experts,
        Topics = activity.Topics.IsDefaultOrEmpty ? null : activity.Topics,
        TopicCountries = NullIfEmpty(Codes(activity.TopicCountries)),
        ThematicAreas = EnumNames.NullIfEmpty(activity.ThematicAreas),
        Funding = NullIfEmpty(activity.Funding, FundingSource),
        Dialogues = EnumNames.NullIfEmpty(activity.Dialogues),
        Documents = NullIfEmpty(activity.Documents, Document),
    };

    // The codes as the serializer reaches them (a LINQ projection made an iterator, an array and a boxed ImmutableArray per list).
    private static CountryCodes Codes(ImmutableSortedSet<Country> countries) => new(countries);

    private static CountryCodes? NullIfEmpty(CountryCodes codes) => codes.Count == 0 ? null : codes;


    private static MappedList<T, TContract>? NullIfEmpty<T, TContract>(ImmutableArray<T> items, Func<T, TContract> map) =>
        items.IsDefaultOrEmpty ? null : new MappedList<T, TContract>(items, map);
}
