namespace StAMM.Domain.Eligibility;

/// <summary>
/// The stages of evaluation, in the order of the practice notes' "suggested evaluation order" (section 7); traces
/// list outcomes by stage, then by rule code.
/// </summary>
public enum RuleStage
{
    /// <summary>Is the request complete and readable (attachments, form)?</summary>
    Admissibility = 1,

    /// <summary>Is it within the project's scope (country, institution, endorsement, theme, activity type)?</summary>
    Scope = 2,

    /// <summary>Do the dates work (lead time, duration, span, project period)?</summary>
    Timing = 3,

    /// <summary>Does the format fit (experts, delegation size, participants)?</summary>
    Format = 4,

    /// <summary>Can it be paid for (donor earmarks, ceilings, balance, cost lines)?</summary>
    Money = 5,

    /// <summary>Does it duplicate other assistance?</summary>
    Duplication = 6,

    /// <summary>Can its outputs and reporting be done right (Kosovo designation, ODA coding)?</summary>
    Reporting = 7,
}
