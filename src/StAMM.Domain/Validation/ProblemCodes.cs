namespace StAMM.Domain.Validation;

/// <summary>
/// The stable codes of <see cref="ValidationProblem"/>s. A code never changes meaning once released; tools may switch on it.
/// </summary>
public static class ProblemCodes
{
    /// <summary>A required value is missing, empty or white space.</summary>
    public const string Required = "required";

    /// <summary>A text is longer than its limit.</summary>
    public const string TooLong = "too-long";

    /// <summary>A value does not have the form it must have (an identifier with spaces, a relative URL).</summary>
    public const string InvalidFormat = "invalid-format";

    /// <summary>A number or date lies outside its allowed range.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A code is not in the codelist it must come from.</summary>
    public const string UnknownCode = "unknown-code";

    /// <summary>A value that must be unique appears twice.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The number of countries does not fit the kind of geographic scope.</summary>
    public const string ScopeCountryCount = "scope-country-count";

    /// <summary>A percentage share is given for a country outside the scope, or a country in the scope has none.</summary>
    public const string ShareCountryMismatch = "share-country-mismatch";

    /// <summary>Percentage shares do not sum to 100 within the tolerance.</summary>
    public const string SharesSum = "shares-sum";

    /// <summary>Parts of a total (participants by country, by sex) add up to more than, or other than, the total.</summary>
    public const string PartsExceedTotal = "parts-exceed-total";

    /// <summary>An end lies before its start.</summary>
    public const string EndBeforeStart = "end-before-start";

    /// <summary>An activity's dates lie outside its project's period.</summary>
    public const string OutsideProjectPeriod = "outside-project-period";

    /// <summary>An activity's participants come from a country outside its project's geographic scope.</summary>
    public const string OutsideProjectScope = "outside-project-scope";

    /// <summary>An activity names a funder that is not a donor of its project.</summary>
    public const string FunderNotDonor = "funder-not-donor";

    /// <summary>An activity names a theme that is not among its project's thematic areas.</summary>
    public const string ThemeNotInProject = "theme-not-in-project";

    /// <summary>A funding programme is named that does not belong to the donor.</summary>
    public const string ProgrammeNotOfDonor = "programme-not-of-donor";

    /// <summary>A closed project has no end date.</summary>
    public const string ClosedWithoutEnd = "closed-without-end";

    /// <summary>A project's status may not move to the status asked for.</summary>
    public const string InvalidStatusTransition = "invalid-status-transition";

    /// <summary>Amounts that must share a currency do not, such as cost lines in two currencies.</summary>
    public const string CurrencyMismatch = "currency-mismatch";

    /// <summary>A parent institution lies in another country than its unit.</summary>
    public const string ParentInOtherCountry = "parent-in-other-country";

    /// <summary>A combination of values that the domain does not allow, such as an online study visit.</summary>
    public const string NotAllowed = "not-allowed";
}
