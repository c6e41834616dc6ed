namespace StAMM.Domain.Eligibility.Rules;

/// <summary>A field of the request form that <see cref="FormCompleteRule"/> can require.</summary>
public enum FormField
{
    /// <summary>The venue.</summary>
    Venue = 1,

    /// <summary>The expected number of participants.</summary>
    ParticipantCount = 2,

    /// <summary>The participants' countries.</summary>
    ParticipantCountries = 3,

    /// <summary>At least one cost line.</summary>
    Costs = 4,

    /// <summary>The obligation or strategy the request serves.</summary>
    ServesObligation = 5,

    /// <summary>The language of the request.</summary>
    Language = 6,

    /// <summary>The contact's telephone number.</summary>
    ContactPhone = 7,
}
