using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Validation;

namespace TestingSample;

/// <summary>
/// The outside team's own rule: an in-person activity is announced at least 30 days before it starts, so that
/// participants can arrange travel; online activities need 7 days.
/// </summary>
public sealed class AnnouncementRule(IClock clock)
{
    /// <summary>The problem code this rule reports.</summary>
    public const string TooLate = "announced-too-late";

    /// <summary>Checks an activity against the rule, as of today.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The activity, or the problem.</returns>
    public ValidationResult<Activity> Check(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var today = clock.GetCurrentInstant().InUtc().Date;
        var needed = activity.Venue?.Mode == VenueMode.Online ? 7 : 30;
        var notice = Period.Between(today, activity.Period.Start, PeriodUnits.Days).Days;
        return notice >= needed
            ? activity
            : new ValidationFailure(TooLate, "period", $"Announced {notice} days ahead; at least {needed} are needed.");
    }
}
