namespace StAMM.Domain.EntityFrameworkCore;

/// <summary>The problem codes of <see cref="StammStore"/> and of the rows it refuses to load.</summary>
public static class StoreProblemCodes
{
    /// <summary>No portfolio of the project is stored.</summary>
    public const string UnknownProject = "unknown-project";

    /// <summary>A stored value is not one the domain accepts (a document that does not read, an unknown code).</summary>
    public const string CorruptValue = "stored-value-invalid";

    /// <summary>A stored row contradicts another (a column that disagrees with its document, a donor the project lacks, a gap in positions).</summary>
    public const string Inconsistent = "stored-row-inconsistent";
}
