using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// What a rule-set document (or any other source) says about one rule: its kind, its header, its parameters and its
/// children. A <see cref="RuleKind"/> makes the rule from it; <see cref="Get{T}"/> gives a declared parameter's value.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RuleDescription
{
    /// <summary>Describes a rule.</summary>
    /// <param name="kind">The kind, such as <c>leadTime</c>.</param>
    /// <param name="code">The code, as the source gives it (a composite's factory checks its form).</param>
    /// <param name="title">The title, as the source gives it.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="stage">The stage.</param>
    /// <param name="source">The practice the rule mirrors.</param>
    /// <param name="parameters">The parameters, in the source's order.</param>
    /// <param name="children">The child rules of a composite; none otherwise.</param>
    /// <exception cref="ArgumentException">The kind is blank, an enum value is not defined, or a list holds null.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RuleDescription(string kind, string code, string title, Severity severity, RuleStage stage, SourceReference source, IEnumerable<RuleParameter> parameters, IEnumerable<EligibilityRule>? children = null)
    {
        Kind = Guard.Against.NullOrWhiteSpace(kind);
        Code = Guard.Against.Null(code);
        Title = Guard.Against.Null(title);
        Severity = Guard.Against.EnumOutOfRange(severity);
        Stage = Guard.Against.EnumOutOfRange(stage);
        Source = Guard.Against.Null(source);
        Parameters = Guard.Against.NullElements(Guard.Against.Null(parameters));
        Children = Guard.Against.NullElements(children);
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

    /// <summary>The parameters, in the source's order.</summary>
    public ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>The child rules, when the source nests any; empty otherwise.</summary>
    public ImmutableArray<EligibilityRule> Children { get; }

    /// <summary>Finds a parameter by name.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>Its value, or <see langword="null"/> when the description does not give it.</returns>
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

    /// <summary>
    /// The value of a declared parameter of the kind. Call it from the kind's factory (<see cref="RuleKind.Create{TRule}"/>),
    /// where every declared parameter has been checked: a parameter left out gives its declaration's empty value.
    /// </summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="parameter">The declaration.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameter"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A required parameter is missing or has another form (the kind was not made through its <see cref="RuleKind"/>).</exception>
    public T Get<T>(RuleParameterDeclaration<T> parameter)
    {
        Guard.Against.Null(parameter);
        var value = Parameter(parameter.Name);
        if (value is null ? !parameter.IsOptional : parameter.Mismatch(value) is not null)
        {
            throw new InvalidOperationException($"The parameter '{parameter.Name}' is missing or of another form; make the rule through its RuleKind, which checks it first.");
        }

        return parameter.Read(value);
    }

    /// <summary>The members of a declared family, by key (the name without the prefix), in the source's order.</summary>
    /// <param name="family">The family's declaration.</param>
    /// <returns>The members.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="family"/> is null.</exception>
    public ImmutableArray<KeyValuePair<string, RuleValue>> Members(RuleParameterFamily family)
    {
        Guard.Against.Null(family);
        return [.. Parameters.Where(p => p.Name.StartsWith(family.Name, StringComparison.Ordinal)).Select(p => KeyValuePair.Create(p.Name[family.Name.Length..], p.Value))];
    }

    /// <summary>
    /// The path of a parameter relative to the <c>parameters</c> object, as a kind's factory names a problem: <c>maxDays</c>,
    /// or <c>['maxDays.studyVisit']</c> for a name with other characters than letters, digits, <c>_</c> and <c>$</c>.
    /// </summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The path.</returns>
    public static string PathOf(string name)
    {
        Guard.Against.NullOrEmpty(name);
        var plain = !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');
        if (plain)
        {
            return name;
        }

        var shown = name.Length > 100 ? name[..100] + "…" : name;
        return "['" + shown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }
}
