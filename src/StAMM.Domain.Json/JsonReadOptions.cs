using Ardalis.GuardClauses;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Json;

/// <summary>Limits that protect a reader of untrusted documents; each exceeded limit is a problem, never an exception.</summary>
/// <remarks>Immutable; <see cref="Default"/> suits files exchanged between systems.</remarks>
public sealed record JsonReadOptions
{
    /// <summary>
    /// The highest <see cref="MaxDocumentBytes"/>, 128 MiB: the most for which every reader's buffers (the document,
    /// its parsed tree of up to 8 bytes per input byte) stay within .NET's largest array.
    /// </summary>
    internal const int LargestDocumentBytes = 128 * 1024 * 1024;

    /// <summary>The default limits: 16 MiB, depth 64, strings of 1 MiB, 1000 problems.</summary>
    public static JsonReadOptions Default { get; } = new();

    /// <summary>
    /// The largest document accepted, in bytes of UTF-8; 16 MiB unless set, at most 128 MiB (134,217,728). A larger
    /// input is rejected before it is parsed; a stream is read no further than one byte past the limit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 1 and 134,217,728.</exception>
    public int MaxDocumentBytes
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(MaxDocumentBytes), 1, LargestDocumentBytes);
    } = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted; 64 unless set (a project document needs about 12).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 1 and 1000.</exception>
    public int MaxDepth
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(MaxDepth), 1, 1000);
    } = 64;

    /// <summary>The longest string or property name accepted, in bytes as written in the document; 1 MiB unless set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxStringBytes
    {
        get;
        init => field = Guard.Against.NegativeOrZero(value);
    } = 1024 * 1024;

    /// <summary>
    /// The most problems reported for one document; 1000 unless set. When a document has more, the first ones (in
    /// document order) are reported, followed by one <see cref="JsonProblemCodes.TooManyProblems"/> problem that counts
    /// the rest; the rest are counted, not kept, so a flood of problems costs no memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 1 and 1,000,000.</exception>
    public int MaxProblems
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(MaxProblems), 1, 1_000_000);
    } = 1000;

    /// <summary>
    /// The rule kinds rule-set documents may hold; <see cref="StammRuleSet.Kinds"/> (the built-in kinds) unless set.
    /// To read kinds of your own, add them to the built-in ones: <c>StammRuleSet.Kinds.With(MyRule.Declaration)</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public RuleKindRegistry RuleKinds
    {
        get;
        init => field = Guard.Against.Null(value);
    } = StammRuleSet.Kinds;
}
