namespace StAMM.Domain.Organisations;

/// <summary>What kind of body a beneficiary institution is; eligibility rules decide on it.</summary>
public enum InstitutionType
{
    /// <summary>A ministry of a central government (interior, security, labour, foreign affairs, justice).</summary>
    Ministry = 1,

    /// <summary>A central agency or a unit of a ministry: a migration, asylum or foreigners' service.</summary>
    CentralAgency = 2,

    /// <summary>A law-enforcement body, such as border police.</summary>
    LawEnforcement = 3,

    /// <summary>A court or prosecution service.</summary>
    Judiciary = 4,

    /// <summary>A parliament or its services.</summary>
    Parliament = 5,

    /// <summary>An ombudsperson's office.</summary>
    Ombudsperson = 6,

    /// <summary>A municipality or other local authority.</summary>
    LocalAuthority = 7,

    /// <summary>A regional or international organisation.</summary>
    RegionalOrganisation = 8,

    /// <summary>A civil-society organisation.</summary>
    CivilSociety = 9,

    /// <summary>A university or research institute.</summary>
    Academic = 10,

    /// <summary>A company.</summary>
    PrivateCompany = 11,
}
