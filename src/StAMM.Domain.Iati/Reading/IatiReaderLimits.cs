using Ardalis.GuardClauses;

namespace StAMM.Domain.Iati.Reading;

/// <summary>The limits every IATI file read by this package is held to, so that a hostile or broken file fails fast, in bounded time and memory.</summary>
/// <remarks>
/// <para>DTDs are always refused and no resolver is ever used, whatever the limits: a file with a <c>&lt;!DOCTYPE&gt;</c>
/// (the carrier of entity-expansion "billion laughs" and external-entity XXE attacks) is rejected. Immutable.</para>
/// <para>The defaults lie far above what real IATI files hold (a real element carries fewer than 15 attributes, a
/// real narrative a few thousand characters, a real activity well under a megabyte) and keep one activity in memory
/// to a few hundred megabytes at worst. Each overrun throws <see cref="IatiFileException"/> with its own
/// <see cref="IatiFileProblem"/>, the line and the limit.</para>
/// </remarks>
public sealed record IatiReaderLimits
{
    /// <summary>
    /// The defaults: 1 GiB of characters in the document, 32 levels of nesting, 100 attributes per element,
    /// 262,144 characters in one text or attribute value, and per activity 16,777,216 characters of texts and
    /// attribute values and 1,000,000 nodes (elements, attributes and texts).
    /// </summary>
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

    /// <summary>
    /// The most attributes one element may carry, namespace declarations included: 100 unless set (real IATI elements
    /// carry fewer than 15). More fail with <see cref="IatiFileProblem.TooManyAttributes"/>.
    /// </summary>
    public int MaxAttributesPerElement
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = 100;

    /// <summary>
    /// The most characters of one text (an identifier, a narrative, any element's text) or one attribute value:
    /// 262,144 unless set (a real narrative holds a few thousand). Longer fail with <see cref="IatiFileProblem.TextTooLong"/>;
    /// a text is read in pieces, so no more than this is ever held of it.
    /// </summary>
    public int MaxCharactersInText
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = 1 << 18;

    /// <summary>
    /// The most characters of texts and attribute values one activity (or another child of the root) may hold together:
    /// 16,777,216 unless set. More fail with <see cref="IatiFileProblem.ActivityTooLarge"/>.
    /// </summary>
    public long MaxCharactersInActivity
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = 1L << 24;

    /// <summary>
    /// The most nodes (elements, attributes and texts) one activity (or another child of the root) may hold:
    /// 1,000,000 unless set (a real activity with a thousand transactions holds about 20,000). More fail with
    /// <see cref="IatiFileProblem.ActivityTooLarge"/>.
    /// </summary>
    public int MaxNodesInActivity
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = 1_000_000;
}
