using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// A value a rule is parameterised with or reports as evidence: text, a number with an optional unit, a date, a list
/// of codes, a flag, or an unknown (which never reads as a number). Serialisers and the command line print any rule's parameters through it, without knowing the rule.
/// </summary>
/// <remarks>Immutable value; equality by kind and content.</remarks>
public sealed class RuleValue : IEquatable<RuleValue>
{
    /// <summary>Whether the codes are camelCase names printed as words (<c>studyVisit</c> as <c>study visit</c>).</summary>
    private readonly bool _names;

    private RuleValue(RuleValueKind kind, string? text, decimal? number, string? unit, LocalDate? date, ImmutableArray<string> codes, bool? flag)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Unit = unit;
        Date = date;
        Codes = codes;
        Flag = flag;
    }

    /// <summary>A list of camelCase codes that stand for words (enum values): text prints them as words.</summary>
    private RuleValue(ImmutableArray<string> names)
        : this(RuleValueKind.Codes, null, null, null, null, names, null)
    {
        _names = true;
    }

    /// <summary>What kind of value this is.</summary>
    public RuleValueKind Kind { get; }

    /// <summary>The text of a <see cref="RuleValueKind.Text"/> value.</summary>
    public string? Text { get; }

    /// <summary>The number of a <see cref="RuleValueKind.Number"/> value.</summary>
    public decimal? Number { get; }

    /// <summary>The unit of a number, such as <c>days</c>, <c>working days</c>, <c>months</c> or a currency code; for an
    /// unknown value, the unit it would have.</summary>
    public string? Unit { get; }

    /// <summary>The date of a <see cref="RuleValueKind.Date"/> value.</summary>
    public LocalDate? Date { get; }

    /// <summary>The codes of a <see cref="RuleValueKind.Codes"/> value, in their given order; empty otherwise.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>The flag of a <see cref="RuleValueKind.Flag"/> value.</summary>
    public bool? Flag { get; }

    /// <summary>A text value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    public static RuleValue OfText(string text) => new(RuleValueKind.Text, Guard.Against.Null(text), null, null, null, [], null);

    /// <summary>A number, with an optional unit.</summary>
    /// <param name="number">The number.</param>
    /// <param name="unit">The unit, if any.</param>
    /// <returns>The value.</returns>
    public static RuleValue OfNumber(decimal number, string? unit = null) => new(RuleValueKind.Number, null, number, unit, null, [], null);

    /// <summary>A date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    public static RuleValue OfDate(LocalDate date) => new(RuleValueKind.Date, null, null, null, date, [], null);

    /// <summary>A list of codes.</summary>
    /// <param name="codes">The codes.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">A code is null.</exception>
    public static RuleValue OfCodes(IEnumerable<string> codes) => new(RuleValueKind.Codes, null, null, null, null, Guard.Against.NullElements(Guard.Against.Null(codes)), null);

    /// <summary>
    /// A list of enum values, such as activity types or themes: their codes are the camelCase member names
    /// (<c>studyVisit</c>), as every document writes enum values, and <see cref="ToString"/> prints them as words
    /// (<c>study visit</c>).
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="values">The values.</param>
    /// <returns>The value, with the codes in the given order.</returns>
    public static RuleValue OfNames<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        Guard.Against.Null(values);
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var value in values)
        {
            builder.Add(Wording.Code(value));
        }

        return new(builder.ToImmutable());
    }

    /// <summary>A list of camelCase codes printed as words, for names that are no enum member (<c>workingLanguage</c>).</summary>
    internal static RuleValue OfNameCodes(ImmutableArray<string> codes) => new(codes);

    /// <summary>A yes/no flag.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns>The value.</returns>
    public static RuleValue OfFlag(bool flag) => new(RuleValueKind.Flag, null, null, null, null, [], flag);

    /// <summary>A value that is not known, such as the amount of a contribution no one gave; it reads as
    /// <c>unknown</c>, never as a number.</summary>
    /// <param name="unit">The unit the value would have, such as a currency code, if any.</param>
    /// <returns>The value.</returns>
    public static RuleValue Unknown(string? unit = null) => new(RuleValueKind.Unknown, null, null, unit, null, [], null);

    /// <inheritdoc />
    public bool Equals(RuleValue? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && Number == other.Number && Unit == other.Unit
        && Date == other.Date && Codes.SequenceEqual(other.Codes) && Flag == other.Flag && _names == other._names;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Text, Number, Unit, Date, Hashing.Sequence(Codes), Flag);

    /// <summary>
    /// Returns the value in invariant form for people: <c>21 days</c>, <c>1 day</c>, <c>2018-12-01</c>, <c>AL, BA</c>,
    /// <c>study visit, workshop</c> (enum values as words), <c>true</c>, <c>unknown</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        RuleValueKind.Text => Text!,
        RuleValueKind.Number => Unit is null
            ? Number!.Value.ToString(CultureInfo.InvariantCulture)
            : Wording.Count(Number!.Value, Unit),
        RuleValueKind.Date => LocalDatePattern.Iso.Format(Date!.Value),
        RuleValueKind.Codes => Codes.IsEmpty ? "(none)" : string.Join(", ", _names ? Codes.Select(Wording.Words) : Codes),
        RuleValueKind.Unknown => "unknown",
        _ => Flag!.Value ? "true" : "false",
    };

    /// <summary>Compares by value.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(RuleValue? left, RuleValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(RuleValue? left, RuleValue? right) => !(left == right);
}
