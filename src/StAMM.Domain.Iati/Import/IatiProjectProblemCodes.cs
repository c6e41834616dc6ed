namespace StAMM.Domain.Iati.Import;

/// <summary>
/// The stable codes of the problems <see cref="IatiProjectReader"/> reports, beside the domain's own
/// <see cref="StAMM.Domain.Validation.ProblemCodes"/> (which the model's factories report for a value read from the file).
/// </summary>
public static class IatiProjectProblemCodes
{
    /// <summary>The file cannot be read at all: not well-formed, a DTD, too large or too deep, not <c>iati-activities</c>.</summary>
    public const string Unreadable = "iati-unreadable";

    /// <summary>The file has no parent activity, or more than one, so no single project can be rebuilt.</summary>
    public const string Hierarchy = "iati-hierarchy";

    /// <summary>Something the model requires is not in the file, such as an activity's type (<c>stamm:activity/@stamm:type</c>).</summary>
    public const string Missing = "iati-missing";

    /// <summary>An element or attribute that the model has no place for; it is reported rather than dropped or guessed.</summary>
    public const string Unplaced = "iati-unplaced";

    /// <summary>A value that cannot be read: an unknown code, a malformed date or number, a reference to nothing.</summary>
    public const string InvalidValue = "iati-invalid-value";

    /// <summary>Two parts of the file that must agree do not, such as a month-precision start that is not the month's first day.</summary>
    public const string Mismatch = "iati-mismatch";
}
