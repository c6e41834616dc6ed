using Ardalis.GuardClauses;

namespace StAMM.Domain.Eligibility;

/// <summary>One named parameter of a rule, such as <c>failBelowDays = 21 days</c>.</summary>
/// <remarks>Immutable value; equality by name and value.</remarks>
public sealed record RuleParameter
{
    /// <summary>Creates a parameter.</summary>
    /// <param name="name">The name, in lower camel case, such as <c>failBelowDays</c>.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RuleParameter(string name, RuleValue value)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Value = Guard.Against.Null(value);
    }

    /// <summary>The name, in lower camel case.</summary>
    public string Name { get; }

    /// <summary>The value.</summary>
    public RuleValue Value { get; }

    /// <summary>Returns <c>name = value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} = {Value}";
}
