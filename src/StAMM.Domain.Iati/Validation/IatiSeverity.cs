namespace StAMM.Domain.Iati.Validation;

/// <summary>How serious a finding is, in the IATI Validator's terms.</summary>
public enum IatiSeverity
{
    /// <summary>The file breaks the XML schema; IATI's Validator calls these critical.</summary>
    Critical = 1,

    /// <summary>A rule of the standard ruleset that data must meet.</summary>
    Error = 2,

    /// <summary>A rule of the standard ruleset that data should meet.</summary>
    Warning = 3,
}
