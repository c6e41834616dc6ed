using Ardalis.GuardClauses;
using StAMM.Domain.Activities;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>The longest an activity of one type may last: a number of calendar days or of working days.</summary>
/// <remarks>Immutable value; equality by all members.</remarks>
public sealed record DurationLimit
{
    /// <summary>Creates a limit; <see cref="MaxDurationRule.Create"/> checks it.</summary>
    /// <param name="type">The activity type.</param>
    /// <param name="days">The most days.</param>
    /// <param name="workingDays">Whether the days are working days (Monday to Friday) rather than calendar days.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not defined.</exception>
    public DurationLimit(ActivityType type, int days, bool workingDays = false)
    {
        Type = Guard.Against.EnumOutOfRange(type);
        Days = days;
        WorkingDays = workingDays;
    }

    /// <summary>The activity type.</summary>
    public ActivityType Type { get; }

    /// <summary>The most days.</summary>
    public int Days { get; }

    /// <summary>Whether <see cref="Days"/> counts working days rather than calendar days.</summary>
    public bool WorkingDays { get; }

    /// <summary>Returns <c>expert mission: 5 working days</c>, <c>workshop: 1 day</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Wording.Words(Type)}: {Wording.Count(Days, WorkingDays ? "working days" : "days")}";
}
