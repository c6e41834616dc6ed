using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// What would satisfy a rule that warned or failed, as structured data and as a sentence: "Start on or after
/// 2027-02-01", "Attach the official request letter". Its <see cref="Kind"/> says who acts; its <see cref="Values"/>
/// name what changes (such as <c>startOnOrAfter</c> = 2027-02-01); its <see cref="Text"/> says it to people.
/// </summary>
/// <remarks>
/// <para>A remedy is derived on demand from an outcome and its request (<see cref="RuleOutcome.RemedyFor"/>,
/// <see cref="EligibilityRule.DescribeRemedy"/>), like the outcome's message: an evaluation formats none.</para>
/// <para>Immutable value; equality by kind, values (in order) and text.</para>
/// </remarks>
public sealed class Remedy : IEquatable<Remedy>
{
    private Remedy(RemedyKind kind, ImmutableArray<RuleParameter> values, string text)
    {
        Kind = kind;
        Values = values;
        Text = text;
    }

    /// <summary>Who or what acts.</summary>
    public RemedyKind Kind { get; }

    /// <summary>What changes, as named values in a fixed order (such as <c>startOnOrAfter</c> or <c>attach</c>); may be empty.</summary>
    public ImmutableArray<RuleParameter> Values { get; }

    /// <summary>The remedy in a sentence for people.</summary>
    public string Text { get; }

    /// <summary>Creates a remedy.</summary>
    /// <param name="kind">Who or what acts.</param>
    /// <param name="text">The sentence; not blank.</param>
    /// <param name="values">The named values; distinct names.</param>
    /// <returns>The remedy.</returns>
    /// <exception cref="ArgumentException">The kind is not defined, the text is blank, a value is null or a name is given twice.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Remedy Create(RemedyKind kind, string text, IEnumerable<RuleParameter> values)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.NullOrWhiteSpace(text);
        var list = Guard.Against.NullElements(Guard.Against.Null(values));
        for (var i = 0; i < list.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (list[j].Name == list[i].Name)
                {
                    throw new ArgumentException($"The value '{list[i].Name}' is named twice.", nameof(values));
                }
            }
        }

        return new(kind, list, text);
    }

    /// <summary>Creates a remedy of a change of the request.</summary>
    /// <param name="text">The sentence; not blank.</param>
    /// <param name="values">The named values; distinct names.</param>
    /// <returns>The remedy.</returns>
    /// <exception cref="ArgumentException">The text is blank, a value is null or a name is given twice.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Remedy ChangeRequest(string text, params ReadOnlySpan<RuleParameter> values) => Create(RemedyKind.ChangeRequest, text, values.ToArray());

    /// <summary>Creates a remedy that a person's check or decision settles.</summary>
    /// <param name="text">The sentence; not blank.</param>
    /// <returns>The remedy.</returns>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    public static Remedy PersonDecides(string text) => Create(RemedyKind.PersonDecides, text, []);

    /// <summary>Creates a remedy outside the request.</summary>
    /// <param name="text">The sentence; not blank.</param>
    /// <param name="values">The named values; distinct names.</param>
    /// <returns>The remedy.</returns>
    /// <exception cref="ArgumentException">The text is blank, a value is null or a name is given twice.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Remedy OutsideRequest(string text, params ReadOnlySpan<RuleParameter> values) => Create(RemedyKind.OutsideRequest, text, values.ToArray());

    /// <summary>Creates the remedy of a rule that cannot name one, saying so.</summary>
    /// <param name="text">The sentence; not blank.</param>
    /// <returns>The remedy.</returns>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    public static Remedy NotNamed(string text) => Create(RemedyKind.NotNamed, text, []);

    /// <summary>The value of a name, if the remedy has it.</summary>
    /// <param name="name">A value's name, such as <c>startOnOrAfter</c>.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public RuleValue? ValueOf(string name)
    {
        foreach (var value in Values)
        {
            if (value.Name == name)
            {
                return value.Value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Remedy? other) =>
        other is not null && (ReferenceEquals(this, other) || (Kind == other.Kind && Text == other.Text && Values.SequenceEqual(other.Values)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Remedy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Text, Hashing.Sequence(Values));

    /// <summary>Returns the text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    /// <summary>Compares by value.</summary>
    /// <param name="left">A remedy.</param>
    /// <param name="right">A remedy.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Remedy? left, Remedy? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A remedy.</param>
    /// <param name="right">A remedy.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Remedy? left, Remedy? right) => !(left == right);
}
