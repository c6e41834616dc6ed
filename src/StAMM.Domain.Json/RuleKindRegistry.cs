using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json;

/// <summary>
/// What a rule-set document says about one rule of a kind the library does not know: its header, its parameters and
/// its children, already read and checked for form. A <see cref="RuleKindRegistry"/> reader turns it into a rule.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RuleDescription
{
    internal RuleDescription(string kind, string code, string title, Severity severity, RuleStage stage, SourceReference source, ImmutableArray<RuleParameter> parameters, ImmutableArray<EligibilityRule> children)
    {
        Kind = kind;
        Code = code;
        Title = title;
        Severity = severity;
        Stage = stage;
        Source = source;
        Parameters = parameters;
        Children = children;
    }

    /// <summary>The rule's <c>kind</c>, such as <c>maxCostPerParticipant</c>.</summary>
    public string Kind { get; }

    /// <summary>The rule's code.</summary>
    public string Code { get; }

    /// <summary>The rule's title.</summary>
    public string Title { get; }

    /// <summary>The rule's severity.</summary>
    public Severity Severity { get; }

    /// <summary>The rule's stage.</summary>
    public RuleStage Stage { get; }

    /// <summary>The practice the rule mirrors.</summary>
    public SourceReference Source { get; }

    /// <summary>The parameters, in the document's order.</summary>
    public ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>The child rules, when the document nests any under <c>children</c>; empty otherwise.</summary>
    public ImmutableArray<EligibilityRule> Children { get; }

    /// <summary>Finds a parameter by name.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>Its value, or <see langword="null"/> when the document does not give it.</returns>
    public RuleValue? Parameter(string name)
    {
        Guard.Against.Null(name);
        foreach (var parameter in Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter.Value;
            }
        }

        return null;
    }
}

/// <summary>
/// The rule kinds of your own that rule-set documents may hold, each with the reader that makes the rule: pass it in
/// <see cref="JsonReadOptions.RuleKinds"/>. Writing needs no registration: every rule is written through its
/// <see cref="EligibilityRule.Kind"/>, header and <see cref="EligibilityRule.Parameters"/>.
/// </summary>
/// <remarks>
/// <para>A reader returns the rule or its problems; their paths are read as relative to the rule's object, so a
/// problem at <c>parameters.maxCost</c> is reported at <c>$.rules[4].parameters.maxCost</c>. Call your rule's
/// validating factory there, as the built-in kinds do.</para>
/// <para>The built-in kinds (<c>leadTime</c>, <c>allOf</c>, ...) cannot be registered again. Immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleKindRegistry
{
    private readonly FrozenDictionary<string, Func<RuleDescription, ValidationResult<EligibilityRule>>> _readers;

    private RuleKindRegistry(FrozenDictionary<string, Func<RuleDescription, ValidationResult<EligibilityRule>>> readers) => _readers = readers;

    /// <summary>No kinds of your own: only the built-in kinds are read.</summary>
    public static RuleKindRegistry Empty { get; } = new(FrozenDictionary<string, Func<RuleDescription, ValidationResult<EligibilityRule>>>.Empty);

    /// <summary>The registered kinds, sorted.</summary>
    public ImmutableArray<string> Kinds => [.. _readers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Adds a kind of your own.</summary>
    /// <param name="kind">The kind, as your rule's <see cref="EligibilityRule.Kind"/> returns it.</param>
    /// <param name="read">Makes the rule from its description, through your rule's validating factory.</param>
    /// <returns>A registry with the kind added.</returns>
    /// <exception cref="ArgumentException">The kind is blank, built in, or already registered.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public RuleKindRegistry With(string kind, Func<RuleDescription, ValidationResult<EligibilityRule>> read)
    {
        Guard.Against.NullOrWhiteSpace(kind);
        Guard.Against.Null(read);
        if (Reading.RuleReader.BuiltInKinds.Contains(kind))
        {
            throw new ArgumentException($"'{kind}' is a built-in rule kind.", nameof(kind));
        }

        if (_readers.ContainsKey(kind))
        {
            throw new ArgumentException($"'{kind}' is already registered.", nameof(kind));
        }

        var readers = new Dictionary<string, Func<RuleDescription, ValidationResult<EligibilityRule>>>(_readers, StringComparer.Ordinal) { [kind] = read };
        return new RuleKindRegistry(readers.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Tells whether a kind is registered.</summary>
    /// <param name="kind">A kind.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    public bool Contains(string kind) => _readers.ContainsKey(Guard.Against.Null(kind));

    internal Func<RuleDescription, ValidationResult<EligibilityRule>>? Find(string kind) => _readers.GetValueOrDefault(kind);
}
