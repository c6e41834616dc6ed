namespace StAMM.Domain.Projects;

/// <summary>Where a project is in its life, as the IATI ActivityStatus codelist codes it (the numbers are the codes).</summary>
/// <remarks>Allowed moves are given by <see cref="ProjectStatusExtensions.CanMoveTo"/>.</remarks>
public enum ProjectStatus
{
    /// <summary>1 Pipeline/identification: being scoped or planned.</summary>
    Pipeline = 1,

    /// <summary>2 Implementation: ongoing.</summary>
    Implementation = 2,

    /// <summary>3 Finalisation: activities are done; reporting and closing remain.</summary>
    Finalisation = 3,

    /// <summary>4 Closed: finished, with nothing left to do.</summary>
    Closed = 4,

    /// <summary>5 Cancelled: stopped before completion.</summary>
    Cancelled = 5,

    /// <summary>6 Suspended: paused, may resume.</summary>
    Suspended = 6,
}
