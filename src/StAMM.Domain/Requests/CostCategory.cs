namespace StAMM.Domain.Requests;

/// <summary>What a line of a request's estimated cost pays for.</summary>
/// <remarks>The categories follow the TAIEX-REGIO Peer2Peer cost matrix (travel, per diem, expert fee, other costs)
/// and the PRAG exclusions (staff salaries, equipment, individual scholarships).</remarks>
public enum CostCategory
{
    /// <summary>Travel of experts or participants.</summary>
    Travel = 1,

    /// <summary>Accommodation and daily subsistence allowance (per diem).</summary>
    AccommodationAndPerDiem = 2,

    /// <summary>Experts' fees (daily rates).</summary>
    ExpertFee = 3,

    /// <summary>Interpretation and translation.</summary>
    InterpretationAndTranslation = 4,

    /// <summary>Venue hire and catering.</summary>
    VenueAndCatering = 5,

    /// <summary>Equipment.</summary>
    Equipment = 6,

    /// <summary>Salaries of the beneficiary's own staff.</summary>
    Salaries = 7,

    /// <summary>Individual scholarships.</summary>
    Scholarships = 8,

    /// <summary>Anything else; needs a description.</summary>
    Other = 9,
}
