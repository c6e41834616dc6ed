using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NodaTime;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// The <c>parameters</c> object of a rule in a rule-set document, read as named <see cref="RuleValue"/>s: each typed
/// accessor reports a missing or mistyped parameter at its path, and <see cref="Finish"/> reports those never asked for.
/// </summary>
internal sealed class Parameters
{
    private readonly JsonWalk _walk;
    private readonly List<(string Name, RuleValue Value, ValuePath Path)> _values;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    // The parameters present whose value could not be read (its problem is reported): asked for, they are not "missing".
    private readonly HashSet<string> _unreadable;

    private Parameters(JsonWalk walk, ValuePath path, List<(string, RuleValue, ValuePath)> values, HashSet<string> unreadable)
    {
        _walk = walk;
        Path = path;
        _values = values;
        _unreadable = unreadable;
        Failed = unreadable.Count > 0;
    }

    public ValuePath Path { get; }

    /// <summary>Whether a parameter could not be read or used.</summary>
    public bool Failed { get; private set; }

    public static Parameters None(JsonWalk walk, ValuePath path) => new(walk, path, [], new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Reads every property of the object as a value.</summary>
    public static Parameters Read(JsonWalk walk, JsonElement element, ValuePath path)
    {
        var values = new List<(string, RuleValue, ValuePath)>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var distinct = true;
        foreach (var property in element.EnumerateObject())
        {
            distinct &= names.Add(property.Name);
            var valuePath = JsonPath.Property(path, property.Name);
            if (RuleReader.Value(walk, property.Value, valuePath) is { } value)
            {
                values.Add((property.Name, value, valuePath));
            }
            else
            {
                unreadable.Add(property.Name);
            }
        }

        if (distinct)
        {
            walk.CountDistinct(element);
        }

        return new Parameters(walk, path, values, unreadable);
    }

    /// <summary>Marks a parameter that the rule writes but fixes itself (such as a marker) as known, without reading it.</summary>
    public Parameters Allow(string name)
    {
        _used.Add(name);
        return this;
    }

    /// <summary>The walk whose problems these parameters report.</summary>
    public JsonWalk Walk => _walk;

    public void Problem(string code, ValuePath path, string message)
    {
        Failed = true;
        _walk.Add(code, path, message);
    }

    /// <summary>Reports a problem whose message is formatted only when it is kept (see <see cref="ProblemMessage"/>).</summary>
    public void Problem(string code, ValuePath path, [InterpolatedStringHandlerArgument("")] ref ProblemMessage message)
    {
        Failed = true;
        _walk.Add(code, path, message.ToStringAndClear());
    }

    public (RuleValue Value, ValuePath Path)? Find(string name)
    {
        _used.Add(name);
        foreach (var (n, v, p) in _values)
        {
            if (n == name)
            {
                return (v, p);
            }
        }

        return null;
    }

    public IEnumerable<(string Name, RuleValue Value, ValuePath Path)> WithPrefix(string prefix)
    {
        foreach (var entry in _values.Where(v => v.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            _used.Add(entry.Name);
            yield return entry;
        }
    }

    public int? Int(string name) => Of(name, RuleValueKind.Number, "a whole number") is { } v ? WholeNumber(v.Value.Number!.Value, v.Path, "a whole number") : null;

    /// <summary>A number as an <see cref="int"/>: a fraction is the wrong type, a whole number beyond int's range is out of range (never clamped).</summary>
    public int? WholeNumber(decimal number, ValuePath path, string what)
    {
        if (number != decimal.Truncate(number))
        {
            return Wrong<int>(path, what);
        }

        if (number is < int.MinValue or > int.MaxValue)
        {
            Problem(Validation.ProblemCodes.OutOfRange, path, string.Create(CultureInfo.InvariantCulture, $"The number is outside the range {int.MinValue} to {int.MaxValue}."));
            return null;
        }

        return (int)number;
    }

    public bool? Flag(string name) => Of(name, RuleValueKind.Flag, "a flag") is { } v ? v.Value.Flag : null;

    public LocalDate? Date(string name) => Of(name, RuleValueKind.Date, "a date") is { } v ? v.Value.Date : null;

    public ImmutableArray<string>? Codes(string name, bool optional = false)
    {
        if (optional && Find(name) is null)
        {
            return [];
        }

        return Of(name, RuleValueKind.Codes, "a list of codes") is { } v ? v.Value.Codes : null;
    }

    public ImmutableArray<Country>? Countries(string name)
    {
        if (Codes(name) is not { } codes)
        {
            return null;
        }

        var path = Find(name)?.Path;
        var builder = ImmutableArray.CreateBuilder<Country>(codes.Length);
        for (var i = 0; i < codes.Length; i++)
        {
            if (Country.TryFromCode(codes[i], out var country) && country.Code == codes[i])
            {
                builder.Add(country);
            }
            else
            {
                Problem(Validation.ProblemCodes.UnknownCode, JsonPath.Index(JsonPath.Property(path!.Value, "codes"), i), $"'{JsonWalk.Shorten(codes[i])}' is not a code of the IATI Country codelist.");
            }
        }

        return builder.Count == codes.Length ? builder.MoveToImmutable() : null;
    }

    /// <summary>Reads an amount whose unit is a currency code, as the cost ceiling writes it (<c>25000 EUR</c>).</summary>
    public Money? Money(string name)
    {
        if (Of(name, RuleValueKind.Number, "an amount with a currency code as its unit") is not { } v)
        {
            return null;
        }

        if (v.Value.Unit is { } unit && Currency.TryFromCode(unit, out var currency) && currency.Code == unit)
        {
            return Finance.Money.Of(v.Value.Number!.Value, currency);
        }

        Problem(Validation.ProblemCodes.UnknownCode, JsonPath.Property(v.Path, "unit"), $"'{JsonWalk.Shorten(v.Value.Unit ?? string.Empty)}' is not a code of the IATI Currency codelist (such as 'EUR').");
        return null;
    }

    /// <summary>
    /// Reads every parameter a kind declares, in the declaration's order, each by its type: a missing, mistyped or
    /// unknown-coded one is reported at its path, as the kind's factory is then not called.
    /// </summary>
    public void Check(RuleKind kind)
    {
        foreach (var declared in kind.Parameters)
        {
            if (declared is RuleParameterFamily family)
            {
                Family(family);
                continue;
            }

            var name = declared.Name;
            _ = declared.Type switch
            {
                RuleParameterType.WholeNumber => Int(name) is null ? 0 : 1,
                RuleParameterType.Amount => Money(name) is null ? 0 : 1,
                RuleParameterType.Flag => Flag(name) is null ? 0 : 1,
                RuleParameterType.Date when declared.AlternativeText is { } text => DateOr(name, text, declared.AlternativeMeaning!),
                RuleParameterType.Date => Date(name) is null ? 0 : 1,
                RuleParameterType.Codes => Codes(name, declared.IsOptional) is null ? 0 : 1,
                RuleParameterType.Names => Names(name, declared.Codes, declared.IsOptional),
                RuleParameterType.Countries => Countries(name) is null ? 0 : 1,
                RuleParameterType.Text => Of(name, RuleValueKind.Text, "a text") is null ? 0 : 1,
                _ => Allow(name) is null ? 0 : 1,
            };
        }
    }

    /// <summary>A date, or the one text a declaration admits instead (<c>open</c>); optional.</summary>
    private int DateOr(string name, string text, string meaning)
    {
        if (Find(name) is { } found && found.Value.Kind != RuleValueKind.Date && (found.Value.Kind != RuleValueKind.Text || found.Value.Text != text))
        {
            Problem(JsonProblemCodes.WrongType, found.Path, $"Expected a date, or the text \"{text}\" for {meaning}.");
            return 0;
        }

        return 1;
    }

    /// <summary>Camel-case codes among a declaration's (<c>studyVisit</c>), each reported at its index when unknown.</summary>
    private int Names(string name, ImmutableArray<string> known, bool optional)
    {
        if (Codes(name, optional) is not { } codes)
        {
            return 0;
        }

        var path = Find(name)?.Path;
        var ok = 1;
        for (var i = 0; i < codes.Length; i++)
        {
            if (!known.Contains(codes[i]))
            {
                ok = 0;
                Problem(JsonProblemCodes.UnknownValue, JsonPath.Index(JsonPath.Property(path!.Value, "codes"), i), $"'{JsonWalk.Shorten(codes[i])}' is not one of: {string.Join(", ", known)}.");
            }
        }

        return ok;
    }

    /// <summary>The members of a family (<c>maxDays.studyVisit</c>, <c>dacList.2024</c>): each key one of the family's, each value of its type.</summary>
    private void Family(RuleParameterFamily family)
    {
        foreach (var (name, value, path) in WithPrefix(family.Name))
        {
            var key = name[family.Name.Length..];
            if (!family.IsKey(key))
            {
                if (family.Keys.IsEmpty)
                {
                    Problem(JsonProblemCodes.WrongType, path, $"Expected {family.Expected}.");
                }
                else
                {
                    Problem(JsonProblemCodes.UnknownValue, path, $"'{JsonWalk.Shorten(key)}' is not {family.KeyDescription}; expected one of: {string.Join(", ", family.Keys)}.");
                }

                continue;
            }

            if (family.Type == RuleParameterType.WholeNumber)
            {
                if (value.Kind != RuleValueKind.Number || !family.Units.Contains(value.Unit ?? string.Empty))
                {
                    Problem(JsonProblemCodes.WrongType, path, $"Expected {family.Expected}.");
                    continue;
                }

                WholeNumber(value.Number!.Value, path, family.Expected);
            }
            else if (value.Kind != RuleValueKind.Codes)
            {
                Problem(JsonProblemCodes.WrongType, path, $"Expected {family.Expected}.");
            }
        }
    }

    /// <summary>The parameters as the document gives them, in its order.</summary>
    public ImmutableArray<RuleParameter> ToList() => [.. _values.Select(v => new RuleParameter(v.Name, v.Value))];

    /// <summary>Reports every parameter that was not asked for; for kinds of the user's own, every one counts as asked for.</summary>
    public void Finish(bool all = false)
    {
        if (all)
        {
            return;
        }

        foreach (var (name, _, path) in _values)
        {
            if (!_used.Contains(name))
            {
                if (_walk.IsFull)
                {
                    Failed = true;
                    _walk.Omit();
                    continue;
                }

                Problem(JsonProblemCodes.UnknownProperty, path, $"Unknown parameter '{JsonWalk.Shorten(name)}'.");
            }
        }
    }

    private (RuleValue Value, ValuePath Path)? Of(string name, RuleValueKind kind, string what)
    {
        if (Find(name) is not { } found)
        {
            if (_unreadable.Contains(name))
            {
                return null;
            }

            Problem(JsonProblemCodes.MissingProperty, JsonPath.Property(Path, name), $"The parameter '{name}' is required.");
            return null;
        }

        if (found.Value.Kind != kind)
        {
            var foundKind = found.Value.Kind.ToString().ToLower(CultureInfo.InvariantCulture);
            Problem(JsonProblemCodes.WrongType, found.Path, $"Expected {what}; found {(foundKind[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {foundKind} value.");
            return null;
        }

        return found;
    }

    private T? Wrong<T>(ValuePath path, string what)
        where T : struct
    {
        Problem(JsonProblemCodes.WrongType, path, $"Expected {what}.");
        return null;
    }
}
