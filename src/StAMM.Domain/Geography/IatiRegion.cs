using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using StAMM.Domain.Codelists;

namespace StAMM.Domain.Geography;

/// <summary>A region from the IATI Region codelist (OECD DAC vocabulary), such as 89 "Europe, regional".</summary>
/// <remarks>One instance per code; equality by code. Immutable and thread-safe.</remarks>
public sealed class IatiRegion : IEquatable<IatiRegion>
{
    private static readonly ImmutableArray<IatiRegion> AllRegions =
        [.. IatiCodelists.Region.Select(r => new IatiRegion(int.Parse(r.Code, CultureInfo.InvariantCulture), r.Name, r.Withdrawn))];

    private static readonly FrozenDictionary<int, IatiRegion> ByCode = AllRegions.ToFrozenDictionary(r => r.Code);

    private IatiRegion(int code, string name, bool isWithdrawn)
    {
        Code = code;
        Name = name;
        IsWithdrawn = isWithdrawn;
    }

    /// <summary>Every region of the codelist, withdrawn ones included.</summary>
    public static ImmutableArray<IatiRegion> All => AllRegions;

    /// <summary>88 "States Ex-Yugoslavia unspecified".</summary>
    public static IatiRegion StatesExYugoslaviaUnspecified { get; } = FromCode(88);

    /// <summary>89 "Europe, regional".</summary>
    public static IatiRegion EuropeRegional { get; } = FromCode(89);

    /// <summary>The numeric code.</summary>
    public int Code { get; }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary><see langword="true"/> when the codelist marks the code withdrawn.</summary>
    public bool IsWithdrawn { get; }

    /// <summary>Returns the region with the given code.</summary>
    /// <param name="code">A code of the IATI Region codelist.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentException">The codelist has no such code.</exception>
    public static IatiRegion FromCode(int code) =>
        TryFromCode(code, out var region)
            ? region
            : throw new ArgumentException($"{code} is not a code of the IATI Region codelist.", nameof(code));

    /// <summary>Looks up a region by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="region">The region, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(int code, [NotNullWhen(true)] out IatiRegion? region) => ByCode.TryGetValue(code, out region);

    /// <inheritdoc />
    public bool Equals(IatiRegion? other) => other is not null && other.Code == Code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IatiRegion);

    /// <inheritdoc />
    public override int GetHashCode() => Code;

    /// <summary>Returns code and name, such as <c>89 Europe, regional</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {Name}");

    /// <summary>Compares by code.</summary>
    /// <param name="left">A region.</param>
    /// <param name="right">A region.</param>
    /// <returns>Whether they are the same region.</returns>
    public static bool operator ==(IatiRegion? left, IatiRegion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by code.</summary>
    /// <param name="left">A region.</param>
    /// <param name="right">A region.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IatiRegion? left, IatiRegion? right) => !(left == right);

}
