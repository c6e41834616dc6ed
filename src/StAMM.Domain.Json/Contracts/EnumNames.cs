using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;

namespace StAMM.Domain.Json.Contracts;

/// <summary>The camelCase names of an enum's members, as documents spell them (<c>InPerson</c> is <c>"inPerson"</c>), made once.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumName<TEnum>
    where TEnum : struct, Enum
{
    // As JsonStringEnumConverter with the camelCase policy wrote them, and the schema lists them (Enum.GetNames).
    private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Zip(Enum.GetNames<TEnum>())
        .ToDictionary(p => p.First, p => JsonNamingPolicy.CamelCase.ConvertName(p.Second));

    /// <summary>The name of a member.</summary>
    public static string Of(TEnum value) => Names[value];
}

/// <summary>
/// A set of enum values written as their names: a list of strings to the serializer (so its fast path writes it
/// without a converter), of its own type per enum (so the schema shows each enum's names).
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class EnumNames<TEnum>(ImmutableSortedSet<TEnum> values) : IReadOnlyList<string>
    where TEnum : struct, Enum
{
    public int Count => values.Count;

    public string this[int index] => EnumName<TEnum>.Of(values[index]);

    public Enumerator GetEnumerator() => new(values.GetEnumerator());

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the names without an object of its own.</summary>
    public struct Enumerator(ImmutableSortedSet<TEnum>.Enumerator values) : IEnumerator<string>
    {
        private ImmutableSortedSet<TEnum>.Enumerator _values = values;

        public readonly string Current => EnumName<TEnum>.Of(_values.Current);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => _values.MoveNext();

        public void Reset() => _values.Reset();

        public void Dispose() => _values.Dispose();
    }
}

/// <summary>Marks a text property that holds the name of a member of <see cref="Enum"/> (<see cref="EnumName{TEnum}"/>); the schema lists the names.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
internal sealed class NamesAttribute(Type @enum) : Attribute
{
    public Type Enum { get; } = @enum;
}

/// <summary>Enum values as contracts hold them: names, and sets of names.</summary>
internal static class EnumNames
{
    /// <summary>The name of a member.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumName<TEnum>.Of(value);

    /// <summary>The name of a member; null for null.</summary>
    public static string? Of<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? EnumName<TEnum>.Of(v) : null;

    /// <summary>The names of a set, written even when empty.</summary>
    public static EnumNames<TEnum> All<TEnum>(ImmutableSortedSet<TEnum> values)
        where TEnum : struct, Enum => new(values);

    /// <summary>The names of a set; null (omitted) when it is empty.</summary>
    public static EnumNames<TEnum>? NullIfEmpty<TEnum>(ImmutableSortedSet<TEnum> values)
        where TEnum : struct, Enum => values.IsEmpty ? null : new(values);
}
