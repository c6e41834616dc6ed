using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// The rule kinds a reader of rule-set documents knows, each a <see cref="RuleKind"/> that declares its parameters and
/// makes its rules. The built-in kinds are registered here like any other (<c>StammRuleSet.Kinds</c>); add your own
/// with <see cref="With(RuleKind)"/>: <c>StammRuleSet.Kinds.With(MyRule.Declaration)</c>. Writing needs no
/// registration: every rule is written through its <see cref="EligibilityRule.Kind"/>, header and
/// <see cref="EligibilityRule.Parameters"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleKindRegistry
{
    private readonly FrozenDictionary<string, RuleKind> _kinds;

    private RuleKindRegistry(FrozenDictionary<string, RuleKind> kinds) => _kinds = kinds;

    /// <summary>No kinds at all; start from <c>StammRuleSet.Kinds</c> to keep the built-in ones.</summary>
    public static RuleKindRegistry Empty { get; } = new(FrozenDictionary<string, RuleKind>.Empty);

    /// <summary>The registered kinds' names, sorted.</summary>
    public ImmutableArray<string> Kinds => [.. _kinds.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The registered kinds, sorted by name.</summary>
    public ImmutableArray<RuleKind> Declarations => [.. _kinds.Values.OrderBy(k => k.Name, StringComparer.Ordinal)];

    /// <summary>Adds a kind.</summary>
    /// <param name="kind">The kind's declaration.</param>
    /// <returns>A registry with the kind added.</returns>
    /// <exception cref="ArgumentException">A kind of the same name is registered already.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public RuleKindRegistry With(RuleKind kind)
    {
        Guard.Against.Null(kind);
        if (_kinds.ContainsKey(kind.Name))
        {
            throw new ArgumentException($"'{kind.Name}' is already registered.", nameof(kind));
        }

        var kinds = new Dictionary<string, RuleKind>(_kinds, StringComparer.Ordinal) { [kind.Name] = kind };
        return new RuleKindRegistry(kinds.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Adds a kind whose parameters are not declared (<see cref="RuleKind.Undeclared"/>).</summary>
    /// <param name="kind">The kind, as your rule's <see cref="EligibilityRule.Kind"/> returns it.</param>
    /// <param name="read">Makes the rule from its description; problem paths are relative to the rule's object.</param>
    /// <returns>A registry with the kind added.</returns>
    /// <exception cref="ArgumentException">The kind is blank or already registered.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public RuleKindRegistry With(string kind, Func<RuleDescription, ValidationResult<EligibilityRule>> read) => With(RuleKind.Undeclared(kind, read));

    /// <summary>Tells whether a kind is registered.</summary>
    /// <param name="kind">A kind's name.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    public bool Contains(string kind) => _kinds.ContainsKey(Guard.Against.Null(kind));

    /// <summary>Finds a kind by name.</summary>
    /// <param name="kind">A kind's name.</param>
    /// <returns>The kind, or <see langword="null"/> when it is not registered.</returns>
    public RuleKind? Find(string kind) => _kinds.GetValueOrDefault(Guard.Against.Null(kind));
}
