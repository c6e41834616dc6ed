namespace StAMM.Domain.Activities;

/// <summary>An inter-regional migration dialogue that an activity serves.</summary>
public enum MigrationDialogue
{
    /// <summary>The Prague Process: EU, Schengen, Eastern Partnership, Western Balkans, Central Asia and Türkiye.</summary>
    PragueProcess = 1,

    /// <summary>The Budapest Process: EU, Wider Europe and Southern Asia (Silk Routes); ICMPD is its secretariat.</summary>
    BudapestProcess = 2,

    /// <summary>The Rabat Process: the Euro-African dialogue on migration and development.</summary>
    RabatProcess = 3,

    /// <summary>The Khartoum Process: the EU-Horn of Africa migration route initiative.</summary>
    KhartoumProcess = 4,
}
