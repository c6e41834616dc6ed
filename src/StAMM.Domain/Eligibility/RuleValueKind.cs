namespace StAMM.Domain.Eligibility;

/// <summary>The kind of a <see cref="RuleValue"/>.</summary>
public enum RuleValueKind
{
    /// <summary>Free text.</summary>
    Text = 1,

    /// <summary>A number, optionally with a unit (<c>days</c>, <c>EUR</c>).</summary>
    Number = 2,

    /// <summary>A calendar date.</summary>
    Date = 3,

    /// <summary>A list of codes (country codes, enum names, rule codes).</summary>
    Codes = 4,

    /// <summary>A yes/no flag.</summary>
    Flag = 5,

    /// <summary>A value that is not known, such as a contribution's amount no one gave: it is never shown as a number
    /// (text <c>unknown</c>; JSON <c>{"unknown": true}</c>, with the unit it would have).</summary>
    Unknown = 6,
}
