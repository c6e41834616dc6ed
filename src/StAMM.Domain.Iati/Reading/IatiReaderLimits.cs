using Ardalis.GuardClauses;

namespace StAMM.Domain.Iati.Reading;

/// <summary>The limits every IATI file read by this package is held to, so that a hostile or broken file fails fast.</summary>
/// <remarks>
/// DTDs are always refused and no resolver is ever used, whatever the limits: a file with a <c>&lt;!DOCTYPE&gt;</c>
/// (the carrier of entity-expansion "billion laughs" and external-entity XXE attacks) is rejected. Immutable.
/// </remarks>
public sealed record IatiReaderLimits
{
    /// <summary>The defaults: 1 GiB of characters and 32 levels of nesting (real IATI files need about 8).</summary>
    public static IatiReaderLimits Default { get; } = new();

    /// <summary>The most characters a document may hold; larger files fail with <see cref="IatiFileProblem.TooLarge"/>.</summary>
    public long MaxCharactersInDocument
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = 1L << 30;

    /// <summary>The deepest element nesting allowed (the root is level 0); deeper files fail with <see cref="IatiFileProblem.TooDeep"/>.</summary>
    public int MaxDepth
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = 32;
}
