namespace StAMM.Domain.Eligibility;

/// <summary>Why a contribution cannot fund a request; the first reason found, in this order.</summary>
public enum DonorRejectionReason
{
    /// <summary>Its country earmark excludes a country the request involves.</summary>
    CountryNotEarmarked = 1,

    /// <summary>Its activity-type earmark excludes the requested kind of assistance.</summary>
    ActivityTypeNotEarmarked = 2,

    /// <summary>Its theme earmark allows none of the request's themes.</summary>
    ThemeNotEarmarked = 3,

    /// <summary>Its period cannot hold the requested dates.</summary>
    OutsidePeriod = 4,

    /// <summary>Its amount is not known, so its remaining balance cannot be confirmed.</summary>
    BalanceUnknown = 5,

    /// <summary>Its balance is in another currency than the request's estimate.</summary>
    CurrencyMismatch = 6,

    /// <summary>Its remaining balance is smaller than the request's estimated cost.</summary>
    InsufficientBalance = 7,
}
