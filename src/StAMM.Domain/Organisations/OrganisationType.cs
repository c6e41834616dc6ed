namespace StAMM.Domain.Organisations;

/// <summary>The type of an organisation, as the IATI OrganisationType codelist codes it (the numbers are the codes).</summary>
public enum OrganisationType
{
    /// <summary>10 Government.</summary>
    Government = 10,

    /// <summary>11 Local Government.</summary>
    LocalGovernment = 11,

    /// <summary>15 Other Public Sector.</summary>
    OtherPublicSector = 15,

    /// <summary>21 International NGO.</summary>
    InternationalNgo = 21,

    /// <summary>22 National NGO.</summary>
    NationalNgo = 22,

    /// <summary>23 Regional NGO.</summary>
    RegionalNgo = 23,

    /// <summary>24 Partner Country based NGO.</summary>
    PartnerCountryBasedNgo = 24,

    /// <summary>30 Public Private Partnership.</summary>
    PublicPrivatePartnership = 30,

    /// <summary>40 Multilateral.</summary>
    Multilateral = 40,

    /// <summary>60 Foundation.</summary>
    Foundation = 60,

    /// <summary>70 Private Sector.</summary>
    PrivateSector = 70,

    /// <summary>71 Private Sector in Provider Country.</summary>
    PrivateSectorInProviderCountry = 71,

    /// <summary>72 Private Sector in Aid Recipient Country.</summary>
    PrivateSectorInAidRecipientCountry = 72,

    /// <summary>73 Private Sector in Third Country.</summary>
    PrivateSectorInThirdCountry = 73,

    /// <summary>80 Academic, Training and Research.</summary>
    AcademicTrainingAndResearch = 80,

    /// <summary>90 Other.</summary>
    Other = 90,
}
