using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// One parameter of a rule kind, declared once: its name, its type, what it means, its range and the codes it may
/// hold (its default is the kind's default rule's, <see cref="RuleKind.DefaultRule"/>). The declaration drives reading the parameter (its type checked, its problems named at its path),
/// writing it (<see cref="RuleParameterDeclaration{T}.Of"/>), the rule-set JSON Schema and the rules page. Make one
/// with the static factories (<see cref="WholeNumber"/>, <see cref="Names{TEnum}"/>, ...) and list it in
/// <see cref="RuleKind.Create{TRule}"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract class RuleParameterDeclaration
{
    private protected RuleParameterDeclaration(string name, RuleParameterType type, string description)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Type = Guard.Against.EnumOutOfRange(type);
        Description = Guard.Against.NullOrWhiteSpace(description);
    }

    /// <summary>The name, in lower camel case, such as <c>failBelowDays</c>; for a <see cref="RuleParameterFamily"/> the prefix of its members' names (<c>maxDays.</c>).</summary>
    public string Name { get; }

    /// <summary>What the parameter holds.</summary>
    public RuleParameterType Type { get; }

    /// <summary>What the parameter means, in a sentence, as the schema and the rules page say it.</summary>
    public string Description { get; }

    /// <summary>Whether a rule may leave the parameter out (a list is then empty, a date open).</summary>
    public bool IsOptional { get; private protected init; }

    /// <summary>The units a number is written with, such as <c>days</c>; empty when it has none.</summary>
    public ImmutableArray<string> Units { get; private protected init; } = [];

    /// <summary>The least value a number may have, when declared (the rule's factory reports a value below it).</summary>
    public decimal? Minimum { get; private protected init; }

    /// <summary>The greatest value a number may have, when declared (the rule's factory reports a value above it).</summary>
    public decimal? Maximum { get; private protected init; }

    /// <summary>Whether a number must lie above <see cref="Minimum"/> rather than at least at it (an amount is above zero).</summary>
    public bool IsMinimumExclusive { get; private protected init; }

    /// <summary>The codes a <see cref="RuleParameterType.Names"/> or <see cref="RuleParameterType.Countries"/> list may hold, in their order; empty for any code.</summary>
    public ImmutableArray<string> Codes { get; private protected init; } = [];

    /// <summary>For a <see cref="RuleParameterType.Date"/>: the one text admitted instead of a date (<c>open</c>), or <see langword="null"/>.</summary>
    public string? AlternativeText { get; private protected init; }

    /// <summary>What <see cref="AlternativeText"/> stands for (<c>a phase without an end</c>).</summary>
    public string? AlternativeMeaning { get; private protected init; }

    /// <summary>A whole number, such as a number of days.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <param name="unit">The unit it is written with (<c>days</c>), if any.</param>
    /// <param name="minimum">The least value, if the rule's factory has one.</param>
    /// <param name="maximum">The greatest value, if the rule's factory has one.</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterDeclaration<int> WholeNumber(string name, string description, string? unit = null, int? minimum = null, int? maximum = null) =>
        new(name, RuleParameterType.WholeNumber, description, v => (int)v!.Number!.Value, v => RuleValue.OfNumber(v, unit))
        {
            Units = unit is null ? [] : [unit],
            Minimum = minimum,
            Maximum = maximum,
        };

    /// <summary>An amount of money above zero: a number whose unit is a currency code.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterDeclaration<Money> Amount(string name, string description) =>
        new(name, RuleParameterType.Amount, description, v => Money.Of(v!.Number!.Value, Currency.FromCode(v.Unit!)), Write)
        {
            Minimum = 0,
            IsMinimumExclusive = true,
        };

    /// <summary>A yes/no flag.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterDeclaration<bool> Flag(string name, string description) =>
        new(name, RuleParameterType.Flag, description, v => v!.Flag!.Value, RuleValue.OfFlag)
        {
        };

    /// <summary>A date.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterDeclaration<LocalDate> Date(string name, string description) =>
        new(name, RuleParameterType.Date, description, v => v!.Date!.Value, RuleValue.OfDate)
        {
        };

    /// <summary>A date, or one text instead of it (such as <c>open</c> for no end); optional, and left out it reads as that text.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <param name="text">The text admitted instead of a date, such as <c>open</c>.</param>
    /// <param name="meaning">What the text stands for, such as <c>a phase without an end</c>.</param>
    /// <returns>The declaration; its value is <see langword="null"/> for the text.</returns>
    public static RuleParameterDeclaration<LocalDate?> DateOrText(string name, string description, string text, string meaning)
    {
        Guard.Against.NullOrWhiteSpace(text);
        Guard.Against.NullOrWhiteSpace(meaning);
        return new(name, RuleParameterType.Date, description, v => v?.Kind == RuleValueKind.Date ? v.Date : null, v => v is { } d ? RuleValue.OfDate(d) : RuleValue.OfText(text))
        {
            IsOptional = true,
            AlternativeText = text,
            AlternativeMeaning = meaning,
        };
    }

    /// <summary>A list of codes of any form, such as language codes.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <param name="optional">Whether it may be left out (the list is then empty).</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterDeclaration<ImmutableArray<string>> CodeList(string name, string description, bool optional = false) =>
        new(name, RuleParameterType.Codes, description, v => v is null ? [] : v.Codes, v => RuleValue.OfCodes(v))
        {
            IsOptional = optional,
        };

    /// <summary>A list of enum values, written as their camelCase codes (<c>studyVisit</c>).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <param name="optional">Whether it may be left out (the list is then empty).</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterDeclaration<ImmutableArray<TEnum>> Names<TEnum>(string name, string description, bool optional = false)
        where TEnum : struct, Enum
    {
        var byCode = Enum.GetValues<TEnum>().ToDictionary(Wording.Code, StringComparer.Ordinal);
        return new(name, RuleParameterType.Names, description, v => v is null ? [] : [.. v.Codes.Select(c => byCode[c])], v => RuleValue.OfNames(v))
        {
            IsOptional = optional,
            Codes = [.. Enum.GetValues<TEnum>().Select(Wording.Code)],
        };
    }

    /// <summary>A list of countries, written as codes of the IATI Country codelist.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterDeclaration<ImmutableArray<Country>> Countries(string name, string description) =>
        new(name, RuleParameterType.Countries, description, v => [.. v!.Codes.Select(Country.FromCode)], v => RuleValue.OfCodes(v.Select(c => c.Code)))
        {
            Codes = [.. Country.All.Select(c => c.Code)],
        };

    /// <summary>A text.</summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterDeclaration<string> Text(string name, string description) =>
        new(name, RuleParameterType.Text, description, v => v!.Text!, RuleValue.OfText)
        {
        };

    /// <summary>
    /// A value the rule fixes itself and writes to say so (such as the attachment it requires): optional, any value is
    /// accepted when read, and the rule ignores it.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="description">What it means.</param>
    /// <param name="value">The value the rule writes.</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterDeclaration<RuleValue> Fixed(string name, string description, RuleValue value)
    {
        Guard.Against.Null(value);
        return new(name, RuleParameterType.Any, description, v => v ?? value, v => v)
        {
            IsOptional = true,
        };
    }

    /// <summary>Tells what a value lacks to be of this declaration's form; <see langword="null"/> when it fits.</summary>
    internal virtual string? Mismatch(RuleValue value) => Type switch
    {
        RuleParameterType.WholeNumber => value.Kind == RuleValueKind.Number && value.Number == decimal.Truncate(value.Number!.Value) && value.Number is >= int.MinValue and <= int.MaxValue ? null : "a whole number",
        RuleParameterType.Amount => value.Kind == RuleValueKind.Number && value.Unit is { } u && Currency.TryFromCode(u, out var c) && c.Code == u ? null : "an amount with a currency code as its unit",
        RuleParameterType.Flag => value.Kind == RuleValueKind.Flag ? null : "a flag",
        RuleParameterType.Date => value.Kind == RuleValueKind.Date || (AlternativeText is { } t && value.Kind == RuleValueKind.Text && value.Text == t) ? null : "a date",
        RuleParameterType.Codes => value.Kind == RuleValueKind.Codes ? null : "a list of codes",
        RuleParameterType.Names or RuleParameterType.Countries => value.Kind == RuleValueKind.Codes && value.Codes.All(Codes.Contains) ? null : $"a list of codes among {string.Join(", ", Codes)}",
        RuleParameterType.Text => value.Kind == RuleValueKind.Text ? null : "a text",
        _ => null,
    };

    /// <summary>The value of a parameter as <paramref name="value"/> gives it, boxed.</summary>
    internal abstract object? ReadBoxed(RuleValue? value);

    /// <summary>
    /// The problem a number outside the declared range makes (<see cref="ProblemCodes.OutOfRange"/> at <paramref name="path"/>,
    /// <c>At least 1 expert; 0 was given.</c>), or <see langword="null"/> within it: the one range check of every rule's factory.
    /// </summary>
    internal ValidationProblem? RangeProblem(decimal value, string path, string? unit)
    {
        var bound = (Minimum, Maximum) switch
        {
            ({ } min, _) when IsMinimumExclusive && value <= min => min == 0 ? "Above zero" : "Above " + Quantity(min, unit),
            ({ } min, _) when !IsMinimumExclusive && value < min => min == 0 ? "Not negative" : "At least " + Quantity(min, unit),
            (_, { } max) when value > max => "At most " + Quantity(max, unit),
            _ => null,
        };
        return bound is null ? null : new ValidationProblem(ProblemCodes.OutOfRange, path, string.Create(CultureInfo.InvariantCulture, $"{bound}; {value} was given."));
    }

    // A unit whose singular Wording does not know is left out of "1" rather than written "1 words".
    private static string Quantity(decimal bound, string? unit) => unit is null || (Math.Abs(bound) == 1 && Wording.Unit(bound, unit) == unit)
        ? bound.ToString(CultureInfo.InvariantCulture)
        : Wording.Count(bound, unit);

    private static RuleValue Write(Money money) => RuleValue.OfNumber(money.Amount, money.Currency.Code);
}

/// <summary>A declared rule parameter whose value is a <typeparamref name="T"/>: it reads as one and writes one.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleParameterDeclaration<T> : RuleParameterDeclaration
{
    private readonly Func<RuleValue?, T> _read;
    private readonly Func<T, RuleValue> _write;

    internal RuleParameterDeclaration(string name, RuleParameterType type, string description, Func<RuleValue?, T> read, Func<T, RuleValue> write)
        : base(name, type, description)
    {
        _read = read;
        _write = write;
    }

    /// <summary>The parameter with a value, as the rule lists it in <see cref="EligibilityRule.Parameters"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The named parameter.</returns>
    public RuleParameter Of(T value) => new(Name, _write(value));

    /// <summary>
    /// Checks a value against the declared range (<see cref="RuleParameterDeclaration.Minimum"/>,
    /// <see cref="RuleParameterDeclaration.Maximum"/>), as the rule's validating factory reports it: a problem
    /// <see cref="ProblemCodes.OutOfRange"/> at the parameter's path (<c>failBelowDays</c>), such as
    /// <c>At least 1 expert; 0 was given.</c>, <c>Not negative; -1 was given.</c> or <c>Above zero; 0 was given.</c>
    /// </summary>
    /// <param name="value">The value, as the factory receives it.</param>
    /// <returns>The problem, or <see langword="null"/> when the value is within the range (or the parameter is not a number).</returns>
    public ValidationProblem? ProblemWith(T value) =>
        _write(value) is { Kind: RuleValueKind.Number, Number: { } number } written
            ? RangeProblem(number, RuleDescription.PathOf(Name), Units.IsEmpty ? null : written.Unit)
            : null;

    /// <summary>The parameter with the value the rule writes when it fixes it itself (<see cref="RuleParameterDeclaration.Fixed"/>).</summary>
    internal RuleParameter OfFixedValue() => Type == RuleParameterType.Any ? Of(_read(null)) : throw new InvalidOperationException($"'{Name}' is not fixed.");

    /// <summary>Reads a value of this declaration's form; <see langword="null"/> for a parameter left out.</summary>
    internal T Read(RuleValue? value) => _read(value);

    internal override object? ReadBoxed(RuleValue? value) => _read(value);
}

/// <summary>
/// A family of parameters that share a prefix and differ by a key, such as <c>maxDays.studyVisit</c> or
/// <c>dacList.2024</c>: each member is a value of the family's <see cref="RuleParameterDeclaration.Type"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleParameterFamily : RuleParameterDeclaration
{
    private readonly Regex? _key;

    private RuleParameterFamily(string prefix, RuleParameterType type, string description, string expected)
        : base(prefix, type, description)
    {
        Expected = Guard.Against.NullOrWhiteSpace(expected);
        IsOptional = true;
    }

    /// <summary>The keys a member may have (enum codes), in their order; empty when <see cref="KeyPattern"/> says.</summary>
    public ImmutableArray<string> Keys { get; private init; } = [];

    /// <summary>What a key names, such as <c>an activity type</c>.</summary>
    public string KeyDescription { get; private init; } = "a key";

    /// <summary>The regular expression a key matches, when the keys are not listed (<c>^[0-9]{4}$</c>).</summary>
    public string? KeyPattern
    {
        get;
        private init
        {
            field = value;
            _key = value is null ? null : new Regex(value, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>What a member holds, for a reader's message: <c>a whole number of "days" or "working days"</c>.</summary>
    public string Expected { get; }

    /// <summary>Members keyed by an enum's camelCase codes (<c>maxDays.studyVisit</c>), each a whole number in one of <paramref name="units"/>.</summary>
    /// <typeparam name="TEnum">The enum of the keys.</typeparam>
    /// <param name="prefix">The members' common prefix, such as <c>maxDays.</c>.</param>
    /// <param name="description">What a member means.</param>
    /// <param name="keyDescription">What a key names, such as <c>an activity type</c>.</param>
    /// <param name="units">The units a member may have; at least one.</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterFamily WholeNumbers<TEnum>(string prefix, string description, string keyDescription, params string[] units)
        where TEnum : struct, Enum
    {
        Guard.Against.NullOrEmpty(units);
        return new(prefix, RuleParameterType.WholeNumber, description, $"a whole number of {string.Join(" or ", units.Select(u => $"\"{u}\""))}")
        {
            Keys = [.. Enum.GetValues<TEnum>().Select(Wording.Code)],
            KeyDescription = Guard.Against.NullOrWhiteSpace(keyDescription),
            Units = [.. units],
            Minimum = 1,
        };
    }

    /// <summary>Members keyed by a text of a pattern (<c>dacList.2024</c>), each a list of codes.</summary>
    /// <param name="prefix">The members' common prefix, such as <c>dacList.</c>.</param>
    /// <param name="description">What a member means.</param>
    /// <param name="keyDescription">What a key names, such as <c>year</c>.</param>
    /// <param name="keyPattern">The regular expression a key matches, such as <c>^[0-9]{4}$</c>.</param>
    /// <param name="expected">What a member holds, for a reader's message.</param>
    /// <returns>The declaration.</returns>
    public static RuleParameterFamily CodeLists(string prefix, string description, string keyDescription, string keyPattern, string expected) =>
        new(prefix, RuleParameterType.Codes, description, expected)
        {
            KeyDescription = Guard.Against.NullOrWhiteSpace(keyDescription),
            KeyPattern = Guard.Against.NullOrWhiteSpace(keyPattern),
        };

    /// <summary>A member of the family.</summary>
    /// <param name="key">The key, such as <c>studyVisit</c> or <c>2024</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The named parameter (<c>maxDays.studyVisit</c>).</returns>
    public RuleParameter Member(string key, RuleValue value) => new(Name + Guard.Against.NullOrWhiteSpace(key), value);

    /// <summary>Tells whether a key is one of the family's.</summary>
    /// <param name="key">A key, the name without the prefix.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool IsKey(string key) => _key is null ? Keys.Contains(Guard.Against.Null(key)) : _key.IsMatch(Guard.Against.Null(key));

    internal override string? Mismatch(RuleValue value) => Type == RuleParameterType.WholeNumber
        ? value.Kind == RuleValueKind.Number && value.Number == decimal.Truncate(value.Number!.Value) && value.Number is >= int.MinValue and <= int.MaxValue && Units.Contains(value.Unit ?? string.Empty) ? null : Expected
        : value.Kind == RuleValueKind.Codes ? null : Expected;

    internal override object? ReadBoxed(RuleValue? value) => value;
}
