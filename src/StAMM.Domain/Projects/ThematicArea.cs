namespace StAMM.Domain.Projects;

/// <summary>
/// A theme of technical assistance: ICMPD's project tags (capacity development, governance) and the migration
/// themes that requests and donors' earmarks name.
/// </summary>
/// <remarks>The migration themes follow the four pillars of the EU Global Approach to Migration and Mobility
/// (as MIEUX uses them) plus border management, data and horizontal support.</remarks>
public enum ThematicArea
{
    /// <summary>ICMPD tag: Capacity Development.</summary>
    CapacityDevelopment = 1,

    /// <summary>ICMPD tag: Governance.</summary>
    Governance = 2,

    /// <summary>Asylum and international protection.</summary>
    Asylum = 10,

    /// <summary>Legal migration and mobility.</summary>
    LegalMigrationAndMobility = 11,

    /// <summary>Irregular migration, return and readmission.</summary>
    IrregularMigrationAndReturn = 12,

    /// <summary>Border management.</summary>
    BorderManagement = 13,

    /// <summary>Trafficking in human beings and smuggling of migrants.</summary>
    TraffickingAndSmuggling = 14,

    /// <summary>Migration and development, diaspora.</summary>
    MigrationAndDevelopment = 15,

    /// <summary>Migration data and analysis.</summary>
    MigrationDataAndAnalysis = 16,

    /// <summary>Horizontal support: strategy, legislation, communication, preparedness and contingency planning.</summary>
    Horizontal = 17,

    /// <summary>Reception and management of migration centres.</summary>
    Reception = 18,
}
