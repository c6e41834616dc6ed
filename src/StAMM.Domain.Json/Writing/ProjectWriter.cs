using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Json.Writing;

/// <summary>
/// Writes a project document straight from the domain values, without building contracts first. Its output is
/// byte for byte the one of the source-generated serializer on <see cref="ContractMapper.Document(TechnicalAssistanceProject)"/> (same property
/// order, omissions, enum names and escaping), which the contracts and schema still describe; tests compare the two.
/// </summary>
internal static class ProjectWriter
{
    private static readonly JsonEncodedText SchemaName = JsonEncodedText.Encode("$schema");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText IdentifierName = JsonEncodedText.Encode("identifier");
    private static readonly JsonEncodedText AcronymName = JsonEncodedText.Encode("acronym");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText AlternativeTitlesName = JsonEncodedText.Encode("alternativeTitles");
    private static readonly JsonEncodedText SummaryName = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText ObjectiveName = JsonEncodedText.Encode("objective");
    private static readonly JsonEncodedText ThematicAreasName = JsonEncodedText.Encode("thematicAreas");
    private static readonly JsonEncodedText ScopeName = JsonEncodedText.Encode("scope");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText PeriodName = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText ImplementerName = JsonEncodedText.Encode("implementer");
    private static readonly JsonEncodedText ContributionsName = JsonEncodedText.Encode("contributions");
    private static readonly JsonEncodedText OpenToFurtherDonorsName = JsonEncodedText.Encode("openToFurtherDonors");
    private static readonly JsonEncodedText ActivitiesName = JsonEncodedText.Encode("activities");
    private static readonly JsonEncodedText CountriesName = JsonEncodedText.Encode("countries");
    private static readonly JsonEncodedText SharesName = JsonEncodedText.Encode("shares");
    private static readonly JsonEncodedText RegionName = JsonEncodedText.Encode("region");
    private static readonly JsonEncodedText CountryName = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText PercentageName = JsonEncodedText.Encode("percentage");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText LocalNameName = JsonEncodedText.Encode("localName");
    private static readonly JsonEncodedText OrganisationName = JsonEncodedText.Encode("organisation");
    private static readonly JsonEncodedText ProgrammesName = JsonEncodedText.Encode("programmes");
    private static readonly JsonEncodedText AmountName = JsonEncodedText.Encode("amount");
    private static readonly JsonEncodedText CurrencyName = JsonEncodedText.Encode("currency");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText ActivityTypesName = JsonEncodedText.Encode("activityTypes");
    private static readonly JsonEncodedText ThemesName = JsonEncodedText.Encode("themes");
    private static readonly JsonEncodedText DonorName = JsonEncodedText.Encode("donor");
    private static readonly JsonEncodedText ProgrammeName = JsonEncodedText.Encode("programme");
    private static readonly JsonEncodedText EarmarksName = JsonEncodedText.Encode("earmarks");
    private static readonly JsonEncodedText ParentName = JsonEncodedText.Encode("parent");
    private static readonly JsonEncodedText FemaleName = JsonEncodedText.Encode("female");
    private static readonly JsonEncodedText MaleName = JsonEncodedText.Encode("male");
    private static readonly JsonEncodedText OtherName = JsonEncodedText.Encode("other");
    private static readonly JsonEncodedText CountName = JsonEncodedText.Encode("count");
    private static readonly JsonEncodedText CountByCountryName = JsonEncodedText.Encode("countByCountry");
    private static readonly JsonEncodedText BySexName = JsonEncodedText.Encode("bySex");
    private static readonly JsonEncodedText DescriptionName = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText PublishedName = JsonEncodedText.Encode("published");
    private static readonly JsonEncodedText PrecisionName = JsonEncodedText.Encode(ActivityPeriodContract.Discriminator);
    private static readonly JsonEncodedText DayValue = JsonEncodedText.Encode(DaysPeriodContract.Precision);
    private static readonly JsonEncodedText MonthValue = JsonEncodedText.Encode(MonthPeriodContract.Precision);
    private static readonly JsonEncodedText MonthName = JsonEncodedText.Encode("month");
    private static readonly JsonEncodedText ModeName = JsonEncodedText.Encode(VenueContract.Discriminator);
    private static readonly JsonEncodedText InPersonValue = JsonEncodedText.Encode(InPersonVenueContract.Mode);
    private static readonly JsonEncodedText OnlineValue = JsonEncodedText.Encode(OnlineVenueContract.Mode);
    private static readonly JsonEncodedText HybridValue = JsonEncodedText.Encode(HybridVenueContract.Mode);
    private static readonly JsonEncodedText CityName = JsonEncodedText.Encode("city");
    private static readonly JsonEncodedText VenueName = JsonEncodedText.Encode("venue");
    private static readonly JsonEncodedText BeneficiariesName = JsonEncodedText.Encode("beneficiaries");
    private static readonly JsonEncodedText ParticipantsName = JsonEncodedText.Encode("participants");
    private static readonly JsonEncodedText ExpertsName = JsonEncodedText.Encode("experts");
    private static readonly JsonEncodedText TopicsName = JsonEncodedText.Encode("topics");
    private static readonly JsonEncodedText TopicCountriesName = JsonEncodedText.Encode("topicCountries");
    private static readonly JsonEncodedText FundingName = JsonEncodedText.Encode("funding");
    private static readonly JsonEncodedText DialoguesName = JsonEncodedText.Encode("dialogues");
    private static readonly JsonEncodedText DocumentsName = JsonEncodedText.Encode("documents");
    private static readonly JsonEncodedText ProjectKindValue = JsonEncodedText.Encode(DocumentKinds.Project);
    private static readonly JsonEncodedText SchemaVersionValue = JsonEncodedText.Encode(StammJson.SchemaVersion);
    private static readonly JsonEncodedText SchemaAddressValue = JsonEncodedText.Encode(DocumentKinds.SchemaAddress(DocumentKinds.Project));

    public static void Write(Utf8JsonWriter writer, TechnicalAssistanceProject project)
    {
        writer.WriteStartObject();
        writer.WriteString(SchemaName, SchemaAddressValue);
        writer.WriteString(KindName, ProjectKindValue);
        writer.WriteString(SchemaVersionName, SchemaVersionValue);
        writer.WriteString(IdentifierName, project.Identifier);
        writer.WriteString(AcronymName, project.Acronym);
        writer.WriteString(TitleName, project.Title);
        if (project.AlternativeTitles.Length > 0)
        {
            writer.WriteStartArray(AlternativeTitlesName);
            foreach (var title in project.AlternativeTitles)
            {
                writer.WriteStringValue(title);
            }

            writer.WriteEndArray();
        }

        OptionalString(writer, SummaryName, project.Summary);
        OptionalString(writer, ObjectiveName, project.Objective);
        Enums(writer, ThematicAreasName, project.ThematicAreas);
        writer.WritePropertyName(ScopeName);
        Scope(writer, project.Scope);
        writer.WriteString(StatusName, EnumText<ProjectStatus>.Of(project.Status));
        writer.WritePropertyName(PeriodName);
        writer.WriteStartObject();
        writer.WritePropertyName(StartName);
        PartialDate(writer, project.Period.Start);
        if (project.Period.End is { } end)
        {
            writer.WritePropertyName(EndName);
            PartialDate(writer, end);
        }

        writer.WriteEndObject();
        writer.WritePropertyName(ImplementerName);
        Organisation(writer, project.Implementer);
        if (project.Contributions.Length > 0)
        {
            writer.WriteStartArray(ContributionsName);
            foreach (var contribution in project.Contributions)
            {
                Contribution(writer, contribution);
            }

            writer.WriteEndArray();
        }

        writer.WriteBoolean(OpenToFurtherDonorsName, project.OpenToFurtherDonors);
        if (project.Activities.Length > 0)
        {
            writer.WriteStartArray(ActivitiesName);
            foreach (var activity in project.Activities)
            {
                Activity(writer, activity);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void OptionalString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Countries(Utf8JsonWriter writer, JsonEncodedText name, ImmutableSortedSet<Country> countries, bool always)
    {
        if (countries.Count == 0 && !always)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var country in countries)
        {
            writer.WriteStringValue(country.Code);
        }

        writer.WriteEndArray();
    }

    private static void Enums<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, ImmutableSortedSet<TEnum> values)
        where TEnum : struct, Enum
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(EnumText<TEnum>.Of(value));
        }

        writer.WriteEndArray();
    }

    private static void Scope(Utf8JsonWriter writer, GeographicScope scope)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, EnumText<ScopeKind>.Of(scope.Kind));
        Countries(writer, CountriesName, scope.Countries, always: true);
        if (!scope.Shares.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(SharesName);
            foreach (var share in scope.Shares)
            {
                writer.WriteStartObject();
                writer.WriteString(CountryName, share.Country.Code);
                writer.WriteNumber(PercentageName, share.Percentage);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (scope.Region is { } region)
        {
            writer.WriteNumber(RegionName, region.Code);
        }

        writer.WriteEndObject();
    }

    private static void Organisation(Utf8JsonWriter writer, Organisation organisation)
    {
        writer.WriteStartObject();
        writer.WriteString(NameName, organisation.Name);
        OptionalString(writer, AcronymName, organisation.Acronym);
        OptionalString(writer, IdentifierName, organisation.Identifier?.Value);
        writer.WriteString(TypeName, EnumText<OrganisationType>.Of(organisation.Type));
        OptionalString(writer, CountryName, organisation.Country?.Code);
        writer.WriteEndObject();
    }

    private static void Programme(Utf8JsonWriter writer, FundingProgramme programme)
    {
        writer.WriteStartObject();
        writer.WriteString(NameName, programme.Name);
        OptionalString(writer, LocalNameName, programme.LocalName);
        writer.WriteEndObject();
    }

    private static void Donor(Utf8JsonWriter writer, Donor donor)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(OrganisationName);
        Organisation(writer, donor.Organisation);
        Objects(writer, ProgrammesName, donor.Programmes, Programme);

        writer.WriteEndObject();
    }

    private static void Contribution(Utf8JsonWriter writer, Contribution contribution)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(DonorName);
        Donor(writer, contribution.Donor);
        if (contribution.Programme is { } programme)
        {
            writer.WritePropertyName(ProgrammeName);
            Programme(writer, programme);
        }

        if (contribution.Amount is { } amount)
        {
            writer.WriteStartObject(AmountName);
            writer.WriteNumber(AmountName, amount.Amount);
            writer.WriteString(CurrencyName, amount.Currency.Code);
            writer.WriteEndObject();
        }

        if (contribution.Period is { } period)
        {
            writer.WriteStartObject(PeriodName);
            writer.WritePropertyName(StartName);
            Date(writer, period.Start);
            writer.WritePropertyName(EndName);
            Date(writer, period.End);
            writer.WriteEndObject();
        }

        var earmarks = contribution.Earmarks;
        if (!earmarks.IsUnrestricted)
        {
            writer.WriteStartObject(EarmarksName);
            Countries(writer, CountriesName, earmarks.Countries, always: false);
            Enums(writer, ActivityTypesName, earmarks.ActivityTypes);
            Enums(writer, ThemesName, earmarks.Themes);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Institution(Utf8JsonWriter writer, Institution institution)
    {
        writer.WriteStartObject();
        writer.WriteString(NameName, institution.Name);
        writer.WriteString(CountryName, institution.Country.Code);
        writer.WriteString(TypeName, EnumText<InstitutionType>.Of(institution.Type));
        if (institution.Parent is { } parent)
        {
            writer.WritePropertyName(ParentName);
            Institution(writer, parent);
        }

        OptionalString(writer, AcronymName, institution.Acronym);
        writer.WriteEndObject();
    }

    private static void Participants(Utf8JsonWriter writer, Participants participants)
    {
        if (participants.Equals(Activities.Participants.Unknown))
        {
            return;
        }

        writer.WriteStartObject(ParticipantsName);
        if (participants.Count is { } count)
        {
            writer.WriteNumber(CountName, count);
        }

        Countries(writer, CountriesName, participants.Countries, always: false);
        if (!participants.CountByCountry.IsEmpty)
        {
            // The contract's map is sorted by code, ordinally; the domain's by the codelist's order.
            var entries = participants.CountByCountry.ToArray();
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Key.Code, b.Key.Code));
            writer.WriteStartObject(CountByCountryName);
            foreach (var entry in entries)
            {
                writer.WriteNumber(entry.Key.Code, entry.Value);
            }

            writer.WriteEndObject();
        }

        if (participants.BySex is { } bySex)
        {
            writer.WriteStartObject(BySexName);
            writer.WriteNumber(FemaleName, bySex.Female);
            writer.WriteNumber(MaleName, bySex.Male);
            writer.WriteNumber(OtherName, bySex.Other);
            writer.WriteEndObject();
        }

        OptionalString(writer, DescriptionName, participants.Description);
        writer.WriteEndObject();
    }

    private static void Document(Utf8JsonWriter writer, DocumentLink document)
    {
        writer.WriteStartObject();
        writer.WriteString(TitleName, document.Title);
        writer.WriteString(CategoryName, document.Category);
        OptionalString(writer, UrlName, document.Url?.OriginalString);
        if (document.Published is { } published)
        {
            writer.WritePropertyName(PublishedName);
            PartialDate(writer, published);
        }

        writer.WriteEndObject();
    }

    private static void Venue(Utf8JsonWriter writer, Venue venue)
    {
        writer.WriteStartObject(VenueName);
        switch (venue.Mode)
        {
            case VenueMode.Online:
                writer.WriteString(ModeName, OnlineValue);
                break;
            case VenueMode.Hybrid:
                writer.WriteString(ModeName, HybridValue);
                writer.WriteString(CityName, venue.City!);
                writer.WriteString(CountryName, venue.Country!.Code);
                break;
            default:
                writer.WriteString(ModeName, InPersonValue);
                writer.WriteString(CityName, venue.City!);
                writer.WriteString(CountryName, venue.Country!.Code);
                break;
        }

        writer.WriteEndObject();
    }

    private static void Activity(Utf8JsonWriter writer, Activity activity)
    {
        writer.WriteStartObject();
        writer.WriteString(IdentifierName, activity.Identifier);
        writer.WriteString(TypeName, EnumText<ActivityType>.Of(activity.Type));
        writer.WriteString(TitleName, activity.Title);
        OptionalString(writer, SummaryName, activity.Summary);
        writer.WriteStartObject(PeriodName);
        var period = activity.Period;
        if (period.Precision == DatePrecision.Month)
        {
            writer.WriteString(PrecisionName, MonthValue);
            writer.WritePropertyName(MonthName);
            Month(writer, period.Start.Year, period.Start.Month);
        }
        else
        {
            writer.WriteString(PrecisionName, DayValue);
            writer.WritePropertyName(StartName);
            Date(writer, period.Start);
            writer.WritePropertyName(EndName);
            Date(writer, period.End);
        }

        writer.WriteEndObject();
        if (activity.Venue is { } venue)
        {
            Venue(writer, venue);
        }

        Objects(writer, BeneficiariesName, activity.Beneficiaries, Institution);

        Participants(writer, activity.Participants);
        if (activity.Experts is { } experts)
        {
            writer.WriteNumber(ExpertsName, experts);
        }

        if (!activity.Topics.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(TopicsName);
            foreach (var topic in activity.Topics)
            {
                writer.WriteStringValue(topic);
            }

            writer.WriteEndArray();
        }

        Countries(writer, TopicCountriesName, activity.TopicCountries, always: false);
        Enums(writer, ThematicAreasName, activity.ThematicAreas);
        if (!activity.Funding.IsDefaultOrEmpty)
        {
            writer.WriteStartArray(FundingName);
            foreach (var source in activity.Funding)
            {
                writer.WriteStartObject();
                writer.WritePropertyName(DonorName);
                Donor(writer, source.Donor);
                if (source.Programme is { } programme)
                {
                    writer.WritePropertyName(ProgrammeName);
                    Programme(writer, programme);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        Enums(writer, DialoguesName, activity.Dialogues);
        Objects(writer, DocumentsName, activity.Documents, Document);

        writer.WriteEndObject();
    }

    // Writes a non-empty array of objects; an empty or default array is left out, as the contract serializer does.
    // The element writers are static methods, so the delegate is cached and nothing is allocated per call.
    private static void Objects<T>(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void PartialDate(Utf8JsonWriter writer, PartialDate date)
    {
        if (date.Precision == DatePrecision.Day)
        {
            Date(writer, date.FirstDay);
        }
        else
        {
            Month(writer, date.YearMonth.Year, date.YearMonth.Month);
        }
    }

    /// <summary>Writes <c>yyyy-MM-dd</c> without a pattern or a string; years outside 1 to 9999 go through NodaTime's ISO pattern.</summary>
    private static void Date(Utf8JsonWriter writer, LocalDate date)
    {
        if (date.Year is < 1 or > 9999)
        {
            writer.WriteStringValue(IsoText.Date(date));
            return;
        }

        Span<byte> text = stackalloc byte[10];
        FourDigits(text, date.Year);
        text[4] = (byte)'-';
        TwoDigits(text[5..], date.Month);
        text[7] = (byte)'-';
        TwoDigits(text[8..], date.Day);
        writer.WriteStringValue(text);
    }

    private static void Month(Utf8JsonWriter writer, int year, int month)
    {
        if (year is < 1 or > 9999)
        {
            writer.WriteStringValue(IsoText.Month(new YearMonth(year, month)));
            return;
        }

        Span<byte> text = stackalloc byte[7];
        FourDigits(text, year);
        text[4] = (byte)'-';
        TwoDigits(text[5..], month);
        writer.WriteStringValue(text);
    }

    private static void FourDigits(Span<byte> text, int value)
    {
        text[0] = (byte)('0' + (value / 1000));
        text[1] = (byte)('0' + (value / 100 % 10));
        text[2] = (byte)('0' + (value / 10 % 10));
        text[3] = (byte)('0' + (value % 10));
    }

    private static void TwoDigits(Span<byte> text, int value)
    {
        text[0] = (byte)('0' + (value / 10));
        text[1] = (byte)('0' + (value % 10));
    }

    /// <summary>The camelCase names of an enum's members, encoded once, as the contracts' enum converter writes them.</summary>
    private static class EnumText<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<TEnum, JsonEncodedText> Names =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));

        public static JsonEncodedText Of(TEnum value) => Names[value];
    }
}
