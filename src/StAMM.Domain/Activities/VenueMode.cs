namespace StAMM.Domain.Activities;

/// <summary>How participants attend.</summary>
public enum VenueMode
{
    /// <summary>In person at a place.</summary>
    InPerson = 1,

    /// <summary>Online only.</summary>
    Online = 2,

    /// <summary>In person at a place, with online participation.</summary>
    Hybrid = 3,
}
