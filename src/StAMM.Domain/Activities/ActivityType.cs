namespace StAMM.Domain.Activities;

/// <summary>The closed family of short-term technical-assistance formats.</summary>
/// <remarks>Modelled on the formats of TAIEX (expert mission, workshop, study visit, peer review) and MIEUX
/// (seminars, assessment missions, action-plan and legal review), and on StAMM's own activities.</remarks>
public enum ActivityType
{
    /// <summary>A training for staff of beneficiary institutions, in person or online.</summary>
    Training = 1,

    /// <summary>A workshop, seminar or conference for a wider audience.</summary>
    Workshop = 2,

    /// <summary>Experts travel to the beneficiary institution to advise.</summary>
    ExpertMission = 3,

    /// <summary>A delegation of the beneficiary visits an administration elsewhere.</summary>
    StudyVisit = 4,

    /// <summary>An assessment, gap analysis or comparative report.</summary>
    Assessment = 5,

    /// <summary>A peer review of an institution or procedure.</summary>
    PeerReview = 6,

    /// <summary>Support in drafting a strategy, action plan or law.</summary>
    PolicySupport = 7,

    /// <summary>A stand-alone conference. Requested at times, but not a short-term technical-assistance format by default.</summary>
    Conference = 8,

    /// <summary>Supply of equipment. Not technical assistance; the eligibility rules reject it by default.</summary>
    EquipmentSupply = 9,

    /// <summary>Individual scholarships or sponsorships. Not technical assistance; the eligibility rules reject them by default.</summary>
    Scholarship = 10,
}
