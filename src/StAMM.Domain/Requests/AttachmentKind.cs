namespace StAMM.Domain.Requests;

/// <summary>A document a request declares it comes with.</summary>
/// <remarks>Modelled on MIEUX's "written statement of interest", the TAIEX application form, the MPF and WBIF
/// letters of support, and the F&amp;T Portal's "complete … all annexes" admissibility check.</remarks>
public enum AttachmentKind
{
    /// <summary>The official request letter, signed by the head of the institution.</summary>
    OfficialRequestLetter = 1,

    /// <summary>A draft agenda or terms of reference.</summary>
    AgendaOrTermsOfReference = 2,

    /// <summary>A letter of support or endorsement from the competent central institution.</summary>
    EndorsementLetter = 3,

    /// <summary>The list of participants (for study visits).</summary>
    ParticipantList = 4,

    /// <summary>The completed request form (objective, target group, dates, participants, expected results).</summary>
    RequestForm = 5,
}
