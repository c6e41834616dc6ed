using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// A kind of rule, declared once: its <see cref="Name"/> (the <c>kind</c> of rule-set documents), what it checks, its
/// parameters and the factory that makes a rule of it. Register it in a <see cref="RuleKindRegistry"/>: the built-in
/// kinds are registered the same way (<c>StammRuleSet.Kinds</c>), and the declaration drives reading, the
/// rule-set JSON Schema and the rules page.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleKind
{
    private readonly Func<RuleDescription, ValidationResult<EligibilityRule>> _make;
    private readonly Func<EligibilityRule>? _makeDefaultRule;

    // Made when first asked for; two threads may both make it, and both get the kind's one default rule.
    private EligibilityRule? _defaultRule;

    private RuleKind(string name, string description, ImmutableArray<RuleParameterDeclaration> parameters, bool hasChildren, bool declaresParameters, Func<RuleDescription, ValidationResult<EligibilityRule>> make, Func<EligibilityRule>? defaultRule = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Description = Guard.Against.NullOrWhiteSpace(description);
        Parameters = parameters;
        HasChildren = hasChildren;
        DeclaresParameters = declaresParameters;
        _make = Guard.Against.Null(make);
        _makeDefaultRule = defaultRule;
        var duplicate = parameters.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The parameter '{duplicate.Key}' is declared twice.", nameof(parameters));
        }
    }

    /// <summary>The kind's name, such as <c>leadTime</c>: the rule's <see cref="EligibilityRule.Kind"/>.</summary>
    public string Name { get; }

    /// <summary>What a rule of the kind checks, in a sentence.</summary>
    public string Description { get; }

    /// <summary>The declared parameters, in the order the rule writes them.</summary>
    public ImmutableArray<RuleParameterDeclaration> Parameters { get; }

    /// <summary>Whether a rule of the kind nests child rules (<c>allOf</c>, <c>anyOf</c>, <c>not</c>).</summary>
    public bool HasChildren { get; }

    /// <summary>
    /// Whether the kind declares its parameters (every kind made by <see cref="Create{TRule}"/> or
    /// <see cref="Composite{TRule}"/>); one made by <see cref="Undeclared"/> receives whatever parameters a document gives.
    /// </summary>
    public bool DeclaresParameters { get; }

    /// <summary>The kind's default rule, whose parameter values are the defaults the schema and the rules page give; <see langword="null"/> when the kind has none.</summary>
    public EligibilityRule? DefaultRule => _defaultRule ??= _makeDefaultRule?.Invoke();

    /// <summary>Declares a kind of rule with its parameters and the factory that makes a rule of it.</summary>
    /// <typeparam name="TRule">The rule's type.</typeparam>
    /// <param name="name">The kind's name, as the rule's <see cref="EligibilityRule.Kind"/> returns it.</param>
    /// <param name="description">What a rule of the kind checks, in a sentence.</param>
    /// <param name="parameters">The parameters, in the order the rule writes them.</param>
    /// <param name="make">
    /// Makes the rule from a description whose parameters are checked against the declarations (read them with
    /// <see cref="RuleDescription.Get{T}"/>): call the rule's validating factory, whose problem paths name the parameters
    /// (<c>failBelowDays</c>), as they are read relative to the <c>parameters</c> object.
    /// </param>
    /// <param name="defaultRule">The kind's default rule, if it has one (its parameters' values are the defaults); called when first needed.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentException">The name or description is blank, or a parameter is declared twice.</exception>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="defaultRule"/> is null.</exception>
    public static RuleKind Create<TRule>(string name, string description, IEnumerable<RuleParameterDeclaration> parameters, Func<RuleDescription, ValidationResult<TRule>> make, Func<TRule>? defaultRule = null)
        where TRule : EligibilityRule
    {
        Guard.Against.Null(make);
        return new(name, description, Guard.Against.NullElements(Guard.Against.Null(parameters)), hasChildren: false, declaresParameters: true, d => make(d).Map(Widen) switch
        {
            var made when made.IsValid => made,
            var failed => new ValidationFailure(failed.Problems.Select(p => p.Under("parameters"))),
        }, defaultRule);
    }

    /// <summary>
    /// Declares a kind of rule made of child rules: it takes its header from the document and its rules from
    /// <c>children</c>; its only parameter is <c>rules</c>, the children's codes it writes.
    /// </summary>
    /// <typeparam name="TRule">The rule's type.</typeparam>
    /// <param name="name">The kind's name.</param>
    /// <param name="description">What a rule of the kind checks.</param>
    /// <param name="make">Makes the rule from the description's header and children; problem paths are relative to the rule (<c>code</c>, <c>children</c>).</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentException">The name or description is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RuleKind Composite<TRule>(string name, string description, Func<RuleDescription, ValidationResult<TRule>> make)
        where TRule : EligibilityRule
    {
        Guard.Against.Null(make);
        return new(name, description, [CompositeRules], hasChildren: true, declaresParameters: true, d => make(d).Map(Widen));
    }

    /// <summary>
    /// A kind whose parameters are not declared: a reader passes every parameter a document gives, and the schema
    /// leaves them open. Prefer <see cref="Create{TRule}"/>, which checks them and types them in the schema.
    /// </summary>
    /// <param name="name">The kind's name.</param>
    /// <param name="make">Makes the rule; problem paths are relative to the rule's object (<c>parameters.maxCost</c>).</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="make"/> is null.</exception>
    public static RuleKind Undeclared(string name, Func<RuleDescription, ValidationResult<EligibilityRule>> make) =>
        new(name, $"A rule of the kind '{name}', whose parameters are not declared.", [], hasChildren: false, declaresParameters: false, make);

    /// <summary>The declaration of a composite's <c>rules</c>: the codes of its children, written for people, ignored when read.</summary>
    internal static RuleParameterDeclaration<RuleValue> CompositeRules { get; } = RuleParameterDeclaration.Fixed(
        "rules", "The codes of the child rules, written for people; the children themselves are in 'children'.", RuleValue.OfCodes([]));

    /// <summary>The value a parameter has in the kind's <see cref="DefaultRule"/>; for a family, its members.</summary>
    /// <param name="parameter">One of the kind's declarations.</param>
    /// <returns>The values, by name; empty when the kind has no default rule or it leaves the parameter out.</returns>
    public ImmutableArray<RuleParameter> DefaultsOf(RuleParameterDeclaration parameter)
    {
        Guard.Against.Null(parameter);
        return DefaultRule is { } rule
            ? [.. rule.Parameters.Where(p => parameter is RuleParameterFamily ? p.Name.StartsWith(parameter.Name, StringComparison.Ordinal) : p.Name == parameter.Name)]
            : [];
    }

    /// <summary>Finds a declared parameter by a parameter's name (a family by its prefix).</summary>
    /// <param name="name">A parameter's name.</param>
    /// <returns>The declaration, or <see langword="null"/> when none declares the name.</returns>
    public RuleParameterDeclaration? Find(string name)
    {
        Guard.Against.Null(name);
        foreach (var parameter in Parameters)
        {
            if (parameter is RuleParameterFamily family ? name.StartsWith(family.Name, StringComparison.Ordinal) : parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>
    /// Makes a rule of this kind: checks the parameters against the declarations (a missing, unknown or mistyped one is
    /// a problem at <c>parameters.{name}</c>), then calls the kind's factory. A document reader checks them first with
    /// its own codes; this check serves any other source.
    /// </summary>
    /// <param name="description">The rule's description.</param>
    /// <returns>The rule, or its problems with paths relative to the rule's object.</returns>
    /// <exception cref="ArgumentException">The description is of another kind.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public ValidationResult<EligibilityRule> Make(RuleDescription description)
    {
        Guard.Against.Null(description);
        if (description.Kind != Name)
        {
            throw new ArgumentException($"The description is of the kind '{description.Kind}', not '{Name}'.", nameof(description));
        }

        var problems = new ProblemCollector();
        if (!HasChildren && !description.Children.IsEmpty)
        {
            problems.Add(ProblemCodes.NotAllowed, "children", $"A '{Name}' rule has no children.");
        }

        if (DeclaresParameters)
        {
            foreach (var parameter in Parameters)
            {
                if (parameter is not RuleParameterFamily && !parameter.IsOptional && description.Parameter(parameter.Name) is null)
                {
                    problems.Add(ProblemCodes.Required, ParameterPath(parameter.Name), $"The parameter '{parameter.Name}' is required.");
                }
            }

            foreach (var given in description.Parameters)
            {
                var path = ParameterPath(given.Name);
                if (Find(given.Name) is not { } declared)
                {
                    problems.Add(ProblemCodes.NotAllowed, path, $"Unknown parameter '{given.Name}'.");
                }
                else if (declared is RuleParameterFamily family && !family.IsKey(given.Name[family.Name.Length..]))
                {
                    problems.Add(ProblemCodes.NotAllowed, path, $"'{given.Name[family.Name.Length..]}' is not {family.KeyDescription}.");
                }
                else if (declared.Mismatch(given.Value) is { } expected)
                {
                    problems.Add(ProblemCodes.InvalidFormat, path, $"Expected {expected}.");
                }
            }
        }

        return problems.HasProblems ? problems.ToFailure() : _make(description);
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static EligibilityRule Widen(EligibilityRule rule) => rule;

    private static string ParameterPath(string name) => RuleDescription.PathOf(name) is var p && p[0] == '[' ? "parameters" + p : "parameters." + p;
}
