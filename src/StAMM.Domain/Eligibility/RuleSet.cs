using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// A named, versioned set of eligibility rules with the days it is in force, such as "StAMM eligibility 2026.1,
/// in force from 2018-12-01". A decision records the name and version of the set that made it.
/// </summary>
/// <remarks>
/// <para>The rules are kept ordered by stage, then by code, whatever order they were given in, so a set's trace and
/// its decision never depend on the order of the input. Codes are unique within a set.</para>
/// <para>A donor may add or tighten rules: <see cref="Layer"/> puts a donor's set on top of the project's, replacing
/// rules with the same code and adding the others.</para>
/// <para>Immutable value; equality by name, version, dates and rules. Thread-safe.</para>
/// </remarks>
public sealed class RuleSet : IEquatable<RuleSet>
{
    private readonly EligibilityRule[] _rules;

    private RuleSet(string name, string version, LocalDate inForceFrom, LocalDate? inForceUntil, EligibilityRule[] rules)
    {
        Name = name;
        Version = version;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
        _rules = rules;
        Rules = [.. rules];
    }

    /// <summary>The name, such as <c>StAMM eligibility</c>.</summary>
    public string Name { get; }

    /// <summary>The version, such as <c>2026.1</c>.</summary>
    public string Version { get; }

    /// <summary>The first day the set is in force.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The last day the set is in force; <see langword="null"/> while it has no end.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>The rules, ordered by stage, then code.</summary>
    public ImmutableArray<EligibilityRule> Rules { get; }

    internal EligibilityRule[] RuleArray => _rules;

    /// <summary>Validates and creates a rule set.</summary>
    /// <param name="name">The name.</param>
    /// <param name="version">The version.</param>
    /// <param name="inForceFrom">The first day in force.</param>
    /// <param name="inForceUntil">The last day in force, if any; not before the first.</param>
    /// <param name="rules">At least one rule; codes unique.</param>
    /// <returns>The set, or the problems (paths <c>name</c>, <c>version</c>, <c>inForceUntil</c>, <c>rules[i]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> holds a null.</exception>
    public static ValidationResult<RuleSet> Create(string? name, string? version, LocalDate inForceFrom, LocalDate? inForceUntil, IEnumerable<EligibilityRule> rules)
    {
        Guard.Against.Null(rules);
        var list = Guard.Against.NullElements(rules);
        var problems = new ProblemCollector();
        var validName = Text.Required(problems, name, "name");
        var validVersion = Text.Required(problems, version, "version", 50);
        if (inForceUntil is { } until && until < inForceFrom)
        {
            problems.Add(ProblemCodes.EndBeforeStart, "inForceUntil", $"The set cannot end ({Iso(until)}) before it starts ({Iso(inForceFrom)}).");
        }

        if (list.IsEmpty)
        {
            problems.Add(ProblemCodes.Required, "rules", "A rule set has at least one rule.");
        }

        problems.AddDuplicates(list.AsSpan(), r => r.Code, "rules", (r, first) => $"The code {r.Code} is used by rules[{first}] too.");

        return problems.Finish(() => new RuleSet(validName, validVersion, inForceFrom, inForceUntil, Sorted(list)));
    }

    /// <summary>Tells whether the set is in force on a day.</summary>
    /// <param name="date">A day.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool IsInForceOn(LocalDate date) => date >= InForceFrom && (InForceUntil is null || date <= InForceUntil.Value);

    /// <summary>Finds a rule by code.</summary>
    /// <param name="code">A rule code.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public EligibilityRule? Find(string code)
    {
        Guard.Against.Null(code);
        foreach (var rule in _rules)
        {
            if (rule.Code == code)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>
    /// Puts a donor's (or any other) set on top of this one: its rules replace this set's rules of the same code, and
    /// its other rules are added. The result is named <c>"{this} + {layer}"</c>, versioned <c>"{this}+{layer}"</c>,
    /// and is in force on the days both sets are.
    /// </summary>
    /// <param name="layer">The set on top.</param>
    /// <returns>The layered set, or the problem (path <c>inForceUntil</c>) when the two are never in force together.</returns>
    public ValidationResult<RuleSet> Layer(RuleSet layer)
    {
        Guard.Against.Null(layer);
        var rules = new List<EligibilityRule>(_rules.Length + layer._rules.Length);
        foreach (var rule in _rules)
        {
            rules.Add(layer.Find(rule.Code) ?? rule);
        }

        foreach (var rule in layer._rules)
        {
            if (Find(rule.Code) is null)
            {
                rules.Add(rule);
            }
        }

        var from = InForceFrom > layer.InForceFrom ? InForceFrom : layer.InForceFrom;
        LocalDate? until = InForceUntil is null ? layer.InForceUntil
            : layer.InForceUntil is null ? InForceUntil
            : InForceUntil < layer.InForceUntil ? InForceUntil : layer.InForceUntil;
        return Create($"{Name} + {layer.Name}", $"{Version}+{layer.Version}", from, until, rules);
    }

    /// <inheritdoc />
    public bool Equals(RuleSet? other) =>
        other is not null && Name == other.Name && Version == other.Version && InForceFrom == other.InForceFrom
        && InForceUntil == other.InForceUntil && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Version, InForceFrom, InForceUntil, _rules.Length);

    /// <summary>Returns the name, version and days in force, such as <c>StAMM eligibility 2026.1 (2018-12-01/..)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} {Version} ({Iso(InForceFrom)}/{(InForceUntil is { } u ? Iso(u) : "..")})";

    /// <summary>Compares by value.</summary>
    /// <param name="left">A set.</param>
    /// <param name="right">A set.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(RuleSet? left, RuleSet? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A set.</param>
    /// <param name="right">A set.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(RuleSet? left, RuleSet? right) => !(left == right);

    private static EligibilityRule[] Sorted(ImmutableArray<EligibilityRule> rules)
    {
        var array = rules.ToArray();
        Array.Sort(array, static (a, b) =>
        {
            var c = a.Stage.CompareTo(b.Stage);
            return c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
        });
        return array;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
