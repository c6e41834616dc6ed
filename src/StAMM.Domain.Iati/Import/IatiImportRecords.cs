using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;

namespace StAMM.Domain.Iati.Import;

/// <summary>A text in one language, as IATI's <c>narrative</c> holds it.</summary>
/// <param name="Text">The text, trimmed.</param>
/// <param name="Language">The language code, lower-case: the narrative's <c>xml:lang</c>, or else the activity's default; <see langword="null"/> when neither is given.</param>
public sealed record IatiNarrative(string Text, string? Language);

/// <summary>A <c>description</c>: its type code and its narratives.</summary>
/// <param name="TypeCode">The DescriptionType code (1 general, 2 objectives, 3 target groups, 4 other); 1 when the file omits it.</param>
/// <param name="Narratives">The texts.</param>
public sealed record IatiDescription(string TypeCode, ImmutableArray<IatiNarrative> Narratives);

/// <summary>An organisation as IATI names it: <c>@ref</c>, <c>@type</c> and narratives.</summary>
/// <param name="Ref">The <c>@ref</c> as written, when given.</param>
/// <param name="Identifier">The <c>@ref</c> as a domain organisation identifier, when it has that form.</param>
/// <param name="Type">The organisation type, when the code is one the domain knows.</param>
/// <param name="Names">The names.</param>
public sealed record IatiOrganisationReference(string? Ref, OrganisationIdentifier? Identifier, OrganisationType? Type, ImmutableArray<IatiNarrative> Names)
{
    /// <summary>The first name, or the <c>@ref</c>, or "(unnamed)".</summary>
    public string DisplayName => Names.IsDefaultOrEmpty ? Ref ?? "(unnamed)" : Names[0].Text;
}

/// <summary>A <c>participating-org</c>: an organisation in a role.</summary>
/// <param name="Organisation">The organisation.</param>
/// <param name="Role">The role, when the code is a valid OrganisationRole.</param>
/// <param name="ActivityId">The <c>@activity-id</c>: the organisation's own IATI activity, when given.</param>
public sealed record IatiParticipant(IatiOrganisationReference Organisation, OrganisationRole? Role, string? ActivityId);

/// <summary>The kinds of <c>activity-date</c> (ActivityDateType codelist).</summary>
public enum IatiDateType
{
    /// <summary>1 Planned start.</summary>
    PlannedStart = 1,

    /// <summary>2 Actual start.</summary>
    ActualStart = 2,

    /// <summary>3 Planned end.</summary>
    PlannedEnd = 3,

    /// <summary>4 Actual end.</summary>
    ActualEnd = 4,
}

/// <summary>An <c>activity-date</c>.</summary>
/// <param name="Type">Which date it is.</param>
/// <param name="Date">The date.</param>
/// <param name="Narratives">Its narratives, such as a note on its precision.</param>
public sealed record IatiActivityDate(IatiDateType Type, LocalDate Date, ImmutableArray<IatiNarrative> Narratives);

/// <summary>A <c>recipient-country</c>.</summary>
/// <param name="Code">The code as written, upper-cased.</param>
/// <param name="Country">The country, when the code is in the IATI Country codelist.</param>
/// <param name="Percentage">The share, when given and a number.</param>
public sealed record IatiCountryShare(string Code, Country? Country, decimal? Percentage);

/// <summary>A <c>recipient-region</c>.</summary>
/// <param name="Code">The code as written.</param>
/// <param name="Vocabulary">The RegionVocabulary code; 1 (OECD DAC) when the file omits it.</param>
/// <param name="Region">The region, for vocabulary 1 codes of the IATI Region codelist.</param>
/// <param name="Percentage">The share, when given and a number.</param>
public sealed record IatiRegionShare(string Code, string Vocabulary, IatiRegion? Region, decimal? Percentage);

/// <summary>A <c>sector</c>.</summary>
/// <param name="Code">The code as written.</param>
/// <param name="Vocabulary">The SectorVocabulary code; 1 (OECD DAC CRS 5-digit) when the file omits it.</param>
/// <param name="Percentage">The share, when given and a number.</param>
/// <param name="Narratives">Its narratives.</param>
public sealed record IatiSector(string Code, string Vocabulary, decimal? Percentage, ImmutableArray<IatiNarrative> Narratives);

/// <summary>An amount as IATI writes a <c>value</c>: the number, its currency and its value date.</summary>
/// <param name="Amount">The number.</param>
/// <param name="CurrencyCode">The currency code (its own, or the activity's default), when any.</param>
/// <param name="Money">The amount as domain money, when the currency is in the IATI Currency codelist.</param>
/// <param name="ValueDate">The <c>@value-date</c>, when given.</param>
public sealed record IatiValue(decimal Amount, string? CurrencyCode, Money? Money, LocalDate? ValueDate);

/// <summary>A <c>budget</c>.</summary>
/// <param name="TypeCode">The BudgetType code (1 original, 2 revised); 1 when the file omits it.</param>
/// <param name="StatusCode">The BudgetStatus code (1 indicative, 2 committed); 1 when the file omits it.</param>
/// <param name="Start">The <c>period-start</c>.</param>
/// <param name="End">The <c>period-end</c>.</param>
/// <param name="Value">The amount.</param>
public sealed record IatiBudget(string TypeCode, string StatusCode, LocalDate? Start, LocalDate? End, IatiValue? Value);

/// <summary>A <c>transaction</c>.</summary>
/// <param name="TypeCode">The TransactionType code, such as 11 incoming commitment or 3 disbursement.</param>
/// <param name="Date">The <c>transaction-date</c>.</param>
/// <param name="Value">The amount.</param>
/// <param name="Provider">The <c>provider-org</c>, when given.</param>
/// <param name="Receiver">The <c>receiver-org</c>, when given.</param>
public sealed record IatiTransaction(string? TypeCode, LocalDate? Date, IatiValue? Value, IatiOrganisationReference? Provider, IatiOrganisationReference? Receiver);

/// <summary>The kinds of <c>related-activity</c> (RelatedActivityType codelist): what the other activity is to this one.</summary>
public enum IatiRelationship
{
    /// <summary>1 Parent: the other activity contains this one.</summary>
    Parent = 1,

    /// <summary>2 Child: the other activity is part of this one.</summary>
    Child = 2,

    /// <summary>3 Sibling: both share a parent.</summary>
    Sibling = 3,

    /// <summary>4 Co-funded.</summary>
    CoFunded = 4,

    /// <summary>5 Third party: reported by another organisation.</summary>
    ThirdParty = 5,
}

/// <summary>A <c>related-activity</c>.</summary>
/// <param name="Ref">The other activity's identifier.</param>
/// <param name="Relationship">What it is to this activity.</param>
public sealed record IatiRelatedActivity(string Ref, IatiRelationship Relationship);

/// <summary>A <c>location</c>, read only as far as name and point.</summary>
/// <param name="Names">The <c>name</c> narratives.</param>
/// <param name="Latitude">The latitude of <c>point/pos</c>, when the point has a position.</param>
/// <param name="Longitude">The longitude of <c>point/pos</c>, when the point has a position.</param>
public sealed record IatiLocation(ImmutableArray<IatiNarrative> Names, decimal? Latitude, decimal? Longitude);

/// <summary>A <c>document-link</c>.</summary>
/// <param name="Url">The address.</param>
/// <param name="Titles">The title narratives.</param>
/// <param name="CategoryCodes">The DocumentCategory codes.</param>
public sealed record IatiDocument(string Url, ImmutableArray<IatiNarrative> Titles, ImmutableArray<string> CategoryCodes);

/// <summary>Something in an activity that could not be mapped, with where and why.</summary>
/// <param name="Path">Where, as an XPath into the file, such as <c>/iati-activities/iati-activity[3]/recipient-country[2]/@code</c>.</param>
/// <param name="Reason">Why it could not be mapped.</param>
public sealed record IatiImportProblem(string Path, string Reason)
{
    /// <summary>Path and reason on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Reason}";
}
