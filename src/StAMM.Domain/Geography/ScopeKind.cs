namespace StAMM.Domain.Geography;

/// <summary>How wide a geographic scope is; mirrors the IATI ActivityScope ideas of national, multi-national and regional.</summary>
public enum ScopeKind
{
    /// <summary>One country.</summary>
    National = 1,

    /// <summary>Several countries named one by one.</summary>
    MultiCountry = 2,

    /// <summary>The countries of a region, such as the Western Balkans, addressed as a region.</summary>
    Regional = 3,
}
