namespace StAMM.Domain.Iati.Validation;

/// <summary>Which check produced a finding.</summary>
public enum IatiFindingSource
{
    /// <summary>Validation against the official 2.03 XSD (rule id <c>0.3.1</c>, as IATI's Validator reports it).</summary>
    Schema = 1,

    /// <summary>A rule of the ruleset (<c>standard.json</c> unless another is given).</summary>
    Ruleset = 2,

    /// <summary>A check across activities that the IATI Validator makes besides the ruleset: unique identifiers (<c>1.1.2</c>).</summary>
    File = 3,
}
