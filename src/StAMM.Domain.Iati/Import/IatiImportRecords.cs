using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;

namespace StAMM.Domain.Iati.Import;

/// <summary>A text in one language, as IATI's <c>narrative</c> holds it.</summary>
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiNarrative
{
    /// <summary>Creates the value.</summary>
    /// <param name="text">The text, trimmed.</param>
    /// <param name="language">The language code, lower-case: the narrative's <c>xml:lang</c>, or else the activity's default; <see langword="null"/> when neither is given.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    public IatiNarrative(string text, string? language)
    {
        Text = Guard.Against.Null(text);
        Language = language;
    }

    /// <summary>The text, trimmed.</summary>
    public string Text { get; }

    /// <summary>The language code, lower-case: the narrative's <c>xml:lang</c>, or else the activity's default; <see langword="null"/> when neither is given.</summary>
    public string? Language { get; }

}

/// <summary>A <c>description</c>: its type code and its narratives.</summary>
/// <remarks>Immutable value: equal when every property is equal, collections element by element.</remarks>
public sealed record IatiDescription
{
    /// <summary>Creates the value.</summary>
    /// <param name="typeCode">The DescriptionType code (1 general, 2 objectives, 3 target groups, 4 other); 1 when the file omits it.</param>
    /// <param name="narratives">The texts.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentException">A collection is default or holds null.</exception>
    public IatiDescription(string typeCode, ImmutableArray<IatiNarrative> narratives)
    {
        TypeCode = Guard.Against.Null(typeCode);
        Narratives = ArrayValue.Given(narratives);
    }

    /// <summary>The DescriptionType code (1 general, 2 objectives, 3 target groups, 4 other); 1 when the file omits it.</summary>
    public string TypeCode { get; }

    /// <summary>The texts.</summary>
    public ImmutableArray<IatiNarrative> Narratives { get; }


    /// <summary>Whether <paramref name="other"/> has equal properties, collections compared element by element.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IatiDescription? other) =>
        other is not null && Equals(TypeCode, other.TypeCode) && ArrayValue.Equal(Narratives, other.Narratives);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TypeCode, ArrayValue.Hash(Narratives));
}

/// <summary>An organisation as IATI names it: <c>@ref</c>, <c>@type</c> and narratives.</summary>
/// <remarks>Immutable value: equal when every property is equal, collections element by element.</remarks>
public sealed record IatiOrganisationReference
{
    /// <summary>Creates the value.</summary>
    /// <param name="reference">The <c>@ref</c> as written, when given.</param>
    /// <param name="identifier">The <c>@ref</c> as a domain organisation identifier, when it has that form.</param>
    /// <param name="type">The organisation type, when the code is one the domain knows.</param>
    /// <param name="names">The names.</param>
    /// <exception cref="ArgumentException">A collection is default or holds null.</exception>
    public IatiOrganisationReference(string? reference, OrganisationIdentifier? identifier, OrganisationType? type, ImmutableArray<IatiNarrative> names)
    {
        Ref = reference;
        Identifier = identifier;
        Type = type;
        Names = ArrayValue.Given(names);
    }

    /// <summary>The <c>@ref</c> as written, when given.</summary>
    public string? Ref { get; }

    /// <summary>The <c>@ref</c> as a domain organisation identifier, when it has that form.</summary>
    public OrganisationIdentifier? Identifier { get; }

    /// <summary>The organisation type, when the code is one the domain knows.</summary>
    public OrganisationType? Type { get; }

    /// <summary>The names.</summary>
    public ImmutableArray<IatiNarrative> Names { get; }

    /// <summary>The first name, or the <c>@ref</c>, or "(unnamed)".</summary>
    public string DisplayName => Names.IsEmpty ? Ref ?? "(unnamed)" : Names[0].Text;

    /// <summary>Whether <paramref name="other"/> has equal properties, collections compared element by element.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IatiOrganisationReference? other) =>
        other is not null && Equals(Ref, other.Ref) && Equals(Identifier, other.Identifier) && Equals(Type, other.Type) && ArrayValue.Equal(Names, other.Names);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Ref, Identifier, Type, ArrayValue.Hash(Names));
}

/// <summary>A <c>participating-org</c>: an organisation in a role.</summary>
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiParticipant
{
    /// <summary>Creates the value.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="role">The role, when the code is a valid OrganisationRole.</param>
    /// <param name="activityId">The <c>@activity-id</c>: the organisation's own IATI activity, when given.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    public IatiParticipant(IatiOrganisationReference organisation, OrganisationRole? role, string? activityId)
    {
        Organisation = Guard.Against.Null(organisation);
        Role = role;
        ActivityId = activityId;
    }

    /// <summary>The organisation.</summary>
    public IatiOrganisationReference Organisation { get; }

    /// <summary>The role, when the code is a valid OrganisationRole.</summary>
    public OrganisationRole? Role { get; }

    /// <summary>The <c>@activity-id</c>: the organisation's own IATI activity, when given.</summary>
    public string? ActivityId { get; }

}

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
/// <remarks>Immutable value: equal when every property is equal, collections element by element.</remarks>
public sealed record IatiActivityDate
{
    /// <summary>Creates the value.</summary>
    /// <param name="type">Which date it is.</param>
    /// <param name="date">The date.</param>
    /// <param name="narratives">Its narratives, such as a note on its precision.</param>
    /// <exception cref="ArgumentException">A collection is default or holds null or an enum value is not defined.</exception>
    public IatiActivityDate(IatiDateType type, LocalDate date, ImmutableArray<IatiNarrative> narratives)
    {
        Type = Guard.Against.EnumOutOfRange(type);
        Date = date;
        Narratives = ArrayValue.Given(narratives);
    }

    /// <summary>Which date it is.</summary>
    public IatiDateType Type { get; }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>Its narratives, such as a note on its precision.</summary>
    public ImmutableArray<IatiNarrative> Narratives { get; }


    /// <summary>Whether <paramref name="other"/> has equal properties, collections compared element by element.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IatiActivityDate? other) =>
        other is not null && Equals(Type, other.Type) && Equals(Date, other.Date) && ArrayValue.Equal(Narratives, other.Narratives);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Date, ArrayValue.Hash(Narratives));
}

/// <summary>A <c>recipient-country</c>.</summary>
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiCountryShare
{
    /// <summary>Creates the value.</summary>
    /// <param name="code">The code as written, upper-cased.</param>
    /// <param name="country">The country, when the code is in the IATI Country codelist.</param>
    /// <param name="percentage">The share, when given and a number.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    public IatiCountryShare(string code, Country? country, decimal? percentage)
    {
        Code = Guard.Against.Null(code);
        Country = country;
        Percentage = percentage;
    }

    /// <summary>The code as written, upper-cased.</summary>
    public string Code { get; }

    /// <summary>The country, when the code is in the IATI Country codelist.</summary>
    public Country? Country { get; }

    /// <summary>The share, when given and a number.</summary>
    public decimal? Percentage { get; }

}

/// <summary>A <c>recipient-region</c>.</summary>
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiRegionShare
{
    /// <summary>Creates the value.</summary>
    /// <param name="code">The code as written.</param>
    /// <param name="vocabulary">The RegionVocabulary code; 1 (OECD DAC) when the file omits it.</param>
    /// <param name="region">The region, for vocabulary 1 codes of the IATI Region codelist.</param>
    /// <param name="percentage">The share, when given and a number.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    public IatiRegionShare(string code, string vocabulary, IatiRegion? region, decimal? percentage)
    {
        Code = Guard.Against.Null(code);
        Vocabulary = Guard.Against.Null(vocabulary);
        Region = region;
        Percentage = percentage;
    }

    /// <summary>The code as written.</summary>
    public string Code { get; }

    /// <summary>The RegionVocabulary code; 1 (OECD DAC) when the file omits it.</summary>
    public string Vocabulary { get; }

    /// <summary>The region, for vocabulary 1 codes of the IATI Region codelist.</summary>
    public IatiRegion? Region { get; }

    /// <summary>The share, when given and a number.</summary>
    public decimal? Percentage { get; }

}

/// <summary>A <c>sector</c>.</summary>
/// <remarks>Immutable value: equal when every property is equal, collections element by element.</remarks>
public sealed record IatiSector
{
    /// <summary>Creates the value.</summary>
    /// <param name="code">The code as written.</param>
    /// <param name="vocabulary">The SectorVocabulary code; 1 (OECD DAC CRS 5-digit) when the file omits it.</param>
    /// <param name="percentage">The share, when given and a number.</param>
    /// <param name="narratives">Its narratives.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentException">A collection is default or holds null.</exception>
    public IatiSector(string code, string vocabulary, decimal? percentage, ImmutableArray<IatiNarrative> narratives)
    {
        Code = Guard.Against.Null(code);
        Vocabulary = Guard.Against.Null(vocabulary);
        Percentage = percentage;
        Narratives = ArrayValue.Given(narratives);
    }

    /// <summary>The code as written.</summary>
    public string Code { get; }

    /// <summary>The SectorVocabulary code; 1 (OECD DAC CRS 5-digit) when the file omits it.</summary>
    public string Vocabulary { get; }

    /// <summary>The share, when given and a number.</summary>
    public decimal? Percentage { get; }

    /// <summary>Its narratives.</summary>
    public ImmutableArray<IatiNarrative> Narratives { get; }


    /// <summary>Whether <paramref name="other"/> has equal properties, collections compared element by element.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IatiSector? other) =>
        other is not null && Equals(Code, other.Code) && Equals(Vocabulary, other.Vocabulary) && Equals(Percentage, other.Percentage) && ArrayValue.Equal(Narratives, other.Narratives);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Vocabulary, Percentage, ArrayValue.Hash(Narratives));
}

/// <summary>A <c>tag</c>: a code of some vocabulary that the activity is about (such as a UN SDG goal), or of the reporting organisation's own vocabulary (99) named by its URI.</summary>
public sealed record IatiTag
{
    /// <summary>Creates the value.</summary>
    /// <param name="code">The code as written.</param>
    /// <param name="vocabulary">The TagVocabulary code as written; 1 (Agrovoc) when the file omits it, as IATI assumes.</param>
    /// <param name="vocabularyUri">The <c>vocabulary-uri</c>, when given.</param>
    /// <param name="narratives">Its narratives.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentException">A collection is default or holds null.</exception>
    public IatiTag(string code, string vocabulary, string? vocabularyUri, ImmutableArray<IatiNarrative> narratives)
    {
        Code = Guard.Against.Null(code);
        Vocabulary = Guard.Against.Null(vocabulary);
        VocabularyUri = vocabularyUri;
        Narratives = ArrayValue.Given(narratives);
    }

    /// <summary>The code as written.</summary>
    public string Code { get; }

    /// <summary>The TagVocabulary code as written; 1 (Agrovoc) when the file omits it, as IATI assumes.</summary>
    public string Vocabulary { get; }

    /// <summary>The <c>vocabulary-uri</c>, when given; it names the vocabulary of a reporting organisation's own tags (vocabulary 99).</summary>
    public string? VocabularyUri { get; }

    /// <summary>Its narratives.</summary>
    public ImmutableArray<IatiNarrative> Narratives { get; }

    /// <summary>Whether <paramref name="other"/> has equal properties, collections compared element by element.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IatiTag? other) =>
        other is not null && Equals(Code, other.Code) && Equals(Vocabulary, other.Vocabulary) && Equals(VocabularyUri, other.VocabularyUri) && ArrayValue.Equal(Narratives, other.Narratives);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Vocabulary, VocabularyUri, ArrayValue.Hash(Narratives));
}

/// <summary>An amount as IATI writes a <c>value</c>: the number, its currency and its value date.</summary>
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiValue
{
    /// <summary>Creates the value.</summary>
    /// <param name="amount">The number.</param>
    /// <param name="currencyCode">The currency code (its own, or the activity's default), when any.</param>
    /// <param name="money">The amount as domain money, when the currency is in the IATI Currency codelist.</param>
    /// <param name="valueDate">The <c>@value-date</c>, when given.</param>
    public IatiValue(decimal amount, string? currencyCode, Money? money, LocalDate? valueDate)
    {
        Amount = amount;
        CurrencyCode = currencyCode;
        Money = money;
        ValueDate = valueDate;
    }

    /// <summary>The number.</summary>
    public decimal Amount { get; }

    /// <summary>The currency code (its own, or the activity's default), when any.</summary>
    public string? CurrencyCode { get; }

    /// <summary>The amount as domain money, when the currency is in the IATI Currency codelist.</summary>
    public Money? Money { get; }

    /// <summary>The <c>@value-date</c>, when given.</summary>
    public LocalDate? ValueDate { get; }

}

/// <summary>A <c>budget</c>.</summary>
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiBudget
{
    /// <summary>Creates the value.</summary>
    /// <param name="typeCode">The BudgetType code (1 original, 2 revised); 1 when the file omits it.</param>
    /// <param name="statusCode">The BudgetStatus code (1 indicative, 2 committed); 1 when the file omits it.</param>
    /// <param name="start">The <c>period-start</c>.</param>
    /// <param name="end">The <c>period-end</c>.</param>
    /// <param name="value">The amount.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    public IatiBudget(string typeCode, string statusCode, LocalDate? start, LocalDate? end, IatiValue? value)
    {
        TypeCode = Guard.Against.Null(typeCode);
        StatusCode = Guard.Against.Null(statusCode);
        Start = start;
        End = end;
        Value = value;
    }

    /// <summary>The BudgetType code (1 original, 2 revised); 1 when the file omits it.</summary>
    public string TypeCode { get; }

    /// <summary>The BudgetStatus code (1 indicative, 2 committed); 1 when the file omits it.</summary>
    public string StatusCode { get; }

    /// <summary>The <c>period-start</c>.</summary>
    public LocalDate? Start { get; }

    /// <summary>The <c>period-end</c>.</summary>
    public LocalDate? End { get; }

    /// <summary>The amount.</summary>
    public IatiValue? Value { get; }

}

/// <summary>A <c>transaction</c>.</summary>
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiTransaction
{
    /// <summary>Creates the value.</summary>
    /// <param name="typeCode">The TransactionType code, such as 11 incoming commitment or 3 disbursement.</param>
    /// <param name="date">The <c>transaction-date</c>.</param>
    /// <param name="value">The amount.</param>
    /// <param name="provider">The <c>provider-org</c>, when given.</param>
    /// <param name="receiver">The <c>receiver-org</c>, when given.</param>
    public IatiTransaction(string? typeCode, LocalDate? date, IatiValue? value, IatiOrganisationReference? provider, IatiOrganisationReference? receiver)
    {
        TypeCode = typeCode;
        Date = date;
        Value = value;
        Provider = provider;
        Receiver = receiver;
    }

    /// <summary>The TransactionType code, such as 11 incoming commitment or 3 disbursement.</summary>
    public string? TypeCode { get; }

    /// <summary>The <c>transaction-date</c>.</summary>
    public LocalDate? Date { get; }

    /// <summary>The amount.</summary>
    public IatiValue? Value { get; }

    /// <summary>The <c>provider-org</c>, when given.</summary>
    public IatiOrganisationReference? Provider { get; }

    /// <summary>The <c>receiver-org</c>, when given.</summary>
    public IatiOrganisationReference? Receiver { get; }

}

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
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiRelatedActivity
{
    /// <summary>Creates the value.</summary>
    /// <param name="reference">The other activity's identifier.</param>
    /// <param name="relationship">What it is to this activity.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentException">an enum value is not defined.</exception>
    public IatiRelatedActivity(string reference, IatiRelationship relationship)
    {
        Ref = Guard.Against.Null(reference);
        Relationship = Guard.Against.EnumOutOfRange(relationship);
    }

    /// <summary>The other activity's identifier.</summary>
    public string Ref { get; }

    /// <summary>What it is to this activity.</summary>
    public IatiRelationship Relationship { get; }

}

/// <summary>A <c>location</c>, read only as far as name and point.</summary>
/// <remarks>Immutable value: equal when every property is equal, collections element by element.</remarks>
public sealed record IatiLocation
{
    /// <summary>Creates the value.</summary>
    /// <param name="names">The <c>name</c> narratives.</param>
    /// <param name="latitude">The latitude of <c>point/pos</c>, when the point has a position.</param>
    /// <param name="longitude">The longitude of <c>point/pos</c>, when the point has a position.</param>
    /// <exception cref="ArgumentException">A collection is default or holds null.</exception>
    public IatiLocation(ImmutableArray<IatiNarrative> names, decimal? latitude, decimal? longitude)
    {
        Names = ArrayValue.Given(names);
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>The <c>name</c> narratives.</summary>
    public ImmutableArray<IatiNarrative> Names { get; }

    /// <summary>The latitude of <c>point/pos</c>, when the point has a position.</summary>
    public decimal? Latitude { get; }

    /// <summary>The longitude of <c>point/pos</c>, when the point has a position.</summary>
    public decimal? Longitude { get; }


    /// <summary>Whether <paramref name="other"/> has equal properties, collections compared element by element.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IatiLocation? other) =>
        other is not null && ArrayValue.Equal(Names, other.Names) && Equals(Latitude, other.Latitude) && Equals(Longitude, other.Longitude);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ArrayValue.Hash(Names), Latitude, Longitude);
}

/// <summary>A <c>document-link</c>.</summary>
/// <remarks>Immutable value: equal when every property is equal, collections element by element.</remarks>
public sealed record IatiDocument
{
    /// <summary>Creates the value.</summary>
    /// <param name="url">The address.</param>
    /// <param name="titles">The title narratives.</param>
    /// <param name="categoryCodes">The DocumentCategory codes.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentException">A collection is default or holds null.</exception>
    public IatiDocument(string url, ImmutableArray<IatiNarrative> titles, ImmutableArray<string> categoryCodes)
    {
        Url = Guard.Against.Null(url);
        Titles = ArrayValue.Given(titles);
        CategoryCodes = ArrayValue.Given(categoryCodes);
    }

    /// <summary>The address.</summary>
    public string Url { get; }

    /// <summary>The title narratives.</summary>
    public ImmutableArray<IatiNarrative> Titles { get; }

    /// <summary>The DocumentCategory codes.</summary>
    public ImmutableArray<string> CategoryCodes { get; }


    /// <summary>Whether <paramref name="other"/> has equal properties, collections compared element by element.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IatiDocument? other) =>
        other is not null && Equals(Url, other.Url) && ArrayValue.Equal(Titles, other.Titles) && ArrayValue.Equal(CategoryCodes, other.CategoryCodes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Url, ArrayValue.Hash(Titles), ArrayValue.Hash(CategoryCodes));
}

/// <summary>Something in an activity that could not be mapped, with where and why.</summary>
/// <remarks>Immutable value: equal when every property is equal.</remarks>
public sealed record IatiImportProblem
{
    /// <summary>Creates the value.</summary>
    /// <param name="path">Where, as an XPath into the file, such as <c>/iati-activities/iati-activity[3]/recipient-country[2]/@code</c>.</param>
    /// <param name="reason">Why it could not be mapped.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    public IatiImportProblem(string path, string reason)
    {
        Path = Guard.Against.Null(path);
        Reason = Guard.Against.Null(reason);
    }

    /// <summary>Where, as an XPath into the file, such as <c>/iati-activities/iati-activity[3]/recipient-country[2]/@code</c>.</summary>
    public string Path { get; }

    /// <summary>Why it could not be mapped.</summary>
    public string Reason { get; }

    /// <summary>Path and reason on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Reason}";
}
