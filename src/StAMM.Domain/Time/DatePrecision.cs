namespace StAMM.Domain.Time;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>The day is known, such as 13 March 2019.</summary>
    Day = 1,

    /// <summary>Only the month is known, such as December 2018.</summary>
    Month = 2,
}
