namespace StAMM.Domain.Eligibility;

/// <summary>
/// What a declared rule parameter holds (see <see cref="RuleParameterDeclaration"/>): each type is one form of
/// <see cref="RuleValue"/>, checked the same way for every rule kind when a rule is read.
/// </summary>
public enum RuleParameterType
{
    /// <summary>A whole number (<c>{"number": 21, "unit": "days"}</c>); read as an <see cref="int"/>.</summary>
    WholeNumber = 1,

    /// <summary>An amount whose unit is a currency code (<c>{"number": 25000, "unit": "EUR"}</c>); read as money.</summary>
    Amount = 2,

    /// <summary>A yes/no flag (<c>{"flag": true}</c>).</summary>
    Flag = 3,

    /// <summary>A date (<c>{"date": "2018-12-01"}</c>); a declaration may also admit one text instead (<c>open</c>).</summary>
    Date = 4,

    /// <summary>A list of codes of any form (<c>{"codes": ["en"]}</c>).</summary>
    Codes = 5,

    /// <summary>A list of enum values as camelCase codes (<c>{"codes": ["studyVisit"]}</c>); each must be one of the declared codes.</summary>
    Names = 6,

    /// <summary>A list of country codes of the IATI Country codelist (<c>{"codes": ["AL", "XK"]}</c>).</summary>
    Countries = 7,

    /// <summary>A text (<c>{"text": "*"}</c>).</summary>
    Text = 8,

    /// <summary>Any value: the rule writes it to say what it fixes itself (such as the attachment it requires) and ignores it when read.</summary>
    Any = 9,
}
