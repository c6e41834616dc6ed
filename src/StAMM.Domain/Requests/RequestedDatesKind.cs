namespace StAMM.Domain.Requests;

/// <summary>Whether a request names exact days or a window in which the activity may take place.</summary>
public enum RequestedDatesKind
{
    /// <summary>Exact days, such as 13-15 March 2026.</summary>
    Exact = 1,

    /// <summary>A window: an earliest start, a latest end and the number of days the activity lasts.</summary>
    Window = 2,
}
