namespace StAMM.Domain.Json.Contracts;

/// <summary>What a contract property's text or number means, beyond its JSON type; the schema generator turns it into keywords.</summary>
internal enum ValueForm
{
    /// <summary>An ISO date, <c>2019-03-13</c>.</summary>
    Date = 1,

    /// <summary>An ISO month, <c>2018-12</c>.</summary>
    Month,

    /// <summary>A date known to the day or to the month: <c>2019-03-13</c> or <c>2018-12</c>.</summary>
    PartialDate,

    /// <summary>A code of the IATI Country codelist, <c>BA</c>.</summary>
    CountryCode,

    /// <summary>A code of the IATI Currency codelist, <c>EUR</c>.</summary>
    CurrencyCode,

    /// <summary>A code of the IATI Region codelist, <c>89</c>.</summary>
    RegionCode,

    /// <summary>A code of the IATI DocumentCategory codelist, <c>A08</c>.</summary>
    DocumentCategory,

    /// <summary>An absolute http or https address.</summary>
    Url,

    /// <summary>A count: an integer, zero or more.</summary>
    Count,

    /// <summary>A percentage share: above 0, at most 100.</summary>
    Percentage,

    /// <summary>The document's schema version.</summary>
    SchemaVersion,

    /// <summary>The reference to the document's schema: a file name relative to the document, or an address.</summary>
    SchemaAddress,

    /// <summary>An instant in UTC, ISO 8601 with a <c>Z</c>: <c>2026-03-02T09:00:00Z</c>.</summary>
    Instant,

    /// <summary>A two-letter ISO 639-1 language code in lower case, <c>en</c>.</summary>
    Language,

    /// <summary>A whole number, one or more.</summary>
    Positive,

    /// <summary>An eligibility rule's code: upper-case letters, digits and hyphens, <c>ACT-LEAD-TIME</c>.</summary>
    RuleCode,

    /// <summary>The marker of a value that is not known: <c>true</c> when present.</summary>
    UnknownMarker,
}

/// <summary>Marks a contract property with its <see cref="ValueForm"/>; for arrays and maps it applies to the items.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
internal sealed class FormAttribute(ValueForm form) : Attribute
{
    public ValueForm Form { get; } = form;
}
