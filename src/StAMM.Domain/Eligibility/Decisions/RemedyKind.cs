namespace StAMM.Domain.Eligibility;

/// <summary>Who or what acts on a <see cref="Remedy"/>.</summary>
public enum RemedyKind
{
    /// <summary>The rule cannot name what would satisfy it (the default of a rule that does not say).</summary>
    NotNamed = 1,

    /// <summary>A change of the request, described by the remedy's values; the changed request passes the rule.</summary>
    ChangeRequest = 2,

    /// <summary>A person's check or decision settles the finding (a review, a confirmation); no change of the request is known to settle it.</summary>
    PersonDecides = 3,

    /// <summary>Something outside the request must change: the project, its contributions or the rule set's configuration.</summary>
    OutsideRequest = 4,
}
