using Ardalis.GuardClauses;
using StAMM.Domain.Organisations;

namespace StAMM.Domain.Iati.Export;

/// <summary>
/// The organisation that publishes the IATI file (<c>reporting-org</c>): its IATI organisation identifier, its type
/// and its name. The identifier also prefixes every activity identifier.
/// </summary>
/// <remarks>
/// The domain model does not know any organisation's IATI identifier, ICMPD's included: the publisher supplies it.
/// Immutable value.
/// </remarks>
public sealed record IatiReportingOrganisation
{
    /// <summary>Creates the reporting organisation.</summary>
    /// <param name="identifier">Its IATI organisation identifier, such as <c>XM-DAC-41114</c>.</param>
    /// <param name="type">Its IATI organisation type.</param>
    /// <param name="name">Its name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or <paramref name="type"/> is not defined.</exception>
    public IatiReportingOrganisation(OrganisationIdentifier identifier, OrganisationType type, string name)
    {
        Identifier = Guard.Against.Null(identifier);
        Type = Guard.Against.EnumOutOfRange(type);
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
    }

    /// <summary>The IATI organisation identifier (<c>reporting-org/@ref</c>).</summary>
    public OrganisationIdentifier Identifier { get; }

    /// <summary>The IATI organisation type (<c>reporting-org/@type</c>).</summary>
    public OrganisationType Type { get; }

    /// <summary>The name (<c>reporting-org/narrative</c>).</summary>
    public string Name { get; }

    /// <summary>The reporting organisation for <paramref name="organisation"/>, under the given identifier.</summary>
    /// <param name="organisation">A domain organisation, such as <c>Stamm.Icmpd</c>.</param>
    /// <param name="identifier">Its IATI organisation identifier.</param>
    /// <returns>The reporting organisation with the organisation's type and name.</returns>
    public static IatiReportingOrganisation For(Organisation organisation, OrganisationIdentifier identifier)
    {
        Guard.Against.Null(organisation);
        return new IatiReportingOrganisation(identifier, organisation.Type, organisation.Name);
    }
}
