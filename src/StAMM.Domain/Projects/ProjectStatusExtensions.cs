using Ardalis.GuardClauses;

namespace StAMM.Domain.Projects;

/// <summary>The life cycle of <see cref="ProjectStatus"/>.</summary>
public static class ProjectStatusExtensions
{
    /// <summary>
    /// Tells whether a project may move from one status to another. Pipeline goes to implementation or is
    /// cancelled; implementation goes to finalisation, suspension or cancellation; a suspended project resumes or
    /// is cancelled; finalisation closes (or reopens to implementation). Closed and cancelled are final.
    /// Staying in the same status is not a move.
    /// </summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The status asked for.</param>
    /// <returns><see langword="true"/> when the move is allowed.</returns>
    /// <exception cref="ArgumentException">A status is not defined.</exception>
    public static bool CanMoveTo(this ProjectStatus from, ProjectStatus to)
    {
        Guard.Against.EnumOutOfRange(from);
        Guard.Against.EnumOutOfRange(to);
        return (from, to) switch
        {
            (ProjectStatus.Pipeline, ProjectStatus.Implementation or ProjectStatus.Cancelled) => true,
            (ProjectStatus.Implementation, ProjectStatus.Finalisation or ProjectStatus.Suspended or ProjectStatus.Cancelled) => true,
            (ProjectStatus.Suspended, ProjectStatus.Implementation or ProjectStatus.Cancelled) => true,
            (ProjectStatus.Finalisation, ProjectStatus.Closed or ProjectStatus.Implementation) => true,
            _ => false,
        };
    }

    /// <summary>Tells whether the status is final (closed or cancelled).</summary>
    /// <param name="status">A status.</param>
    /// <returns><see langword="true"/> for a final status.</returns>
    public static bool IsFinal(this ProjectStatus status) => status is ProjectStatus.Closed or ProjectStatus.Cancelled;

    /// <summary>Tells whether activities can take place: implementation or finalisation.</summary>
    /// <param name="status">A status.</param>
    /// <returns><see langword="true"/> when active.</returns>
    public static bool IsActive(this ProjectStatus status) => status is ProjectStatus.Implementation or ProjectStatus.Finalisation;
}
