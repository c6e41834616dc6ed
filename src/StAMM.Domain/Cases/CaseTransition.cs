namespace StAMM.Domain.Cases;

/// <summary>The result of an allowed transition: the case after it and the event that records it.</summary>
/// <remarks>Made only by the case's transitions, so <see cref="Event"/> is always the last event of <see cref="Case"/>.</remarks>
public sealed class CaseTransition
{
    internal CaseTransition(AssistanceCase @case, CaseEvent @event)
    {
        Case = @case;
        Event = @event;
    }

    /// <summary>The case after the transition.</summary>
    public AssistanceCase Case { get; }

    /// <summary>The event to store: the case's last event.</summary>
    public CaseEvent Event { get; }

    /// <summary>Returns the event.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Event.ToString();
}
