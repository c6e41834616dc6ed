using Ardalis.GuardClauses;
using StAMM.Domain.Organisations;

namespace StAMM.Domain.Projects;

/// <summary>An organisation in one of its roles in a project, as IATI's <c>participating-org</c> lists them.</summary>
/// <remarks>Immutable value.</remarks>
public sealed record ParticipatingOrganisation
{
    /// <summary>Creates the pair.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="role">Its role.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="role"/> is not defined.</exception>
    public ParticipatingOrganisation(Organisation organisation, OrganisationRole role)
    {
        Organisation = Guard.Against.Null(organisation);
        Role = Guard.Against.EnumOutOfRange(role);
    }

    /// <summary>The organisation.</summary>
    public Organisation Organisation { get; }

    /// <summary>Its role.</summary>
    public OrganisationRole Role { get; }
}
