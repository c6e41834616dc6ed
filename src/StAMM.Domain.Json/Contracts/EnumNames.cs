using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;

namespace StAMM.Domain.Json.Contracts;

/// <summary>
/// The camelCase names of an enum's members, as documents spell them (<c>InPerson</c> is <c>"inPerson"</c>), made once:
/// the one table the readers look names up in and the writers write from.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumName<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>The names, in the order of the members' values (as the schema lists them).</summary>
    public static readonly ImmutableArray<string> Names = [.. Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))];

    /// <summary>The member of each name.</summary>
    public static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    /// <summary>The member of each name, looked up by characters (no string made for the look-up).</summary>
    public static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> ByText = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The enum's name in words for messages: <c>ThematicArea</c> is "thematic area".</summary>
    public static readonly string Description = string.Concat(typeof(TEnum).Name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static readonly Dictionary<TEnum, string> ByValue = ByName.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>The name of a member.</summary>
    public static string Of(TEnum value) => ByValue[value];
}

/// <summary>
/// A set of enum values written as their names, of its own type per enum (so the schema shows each enum's names) and
/// a list of strings to the serializer (so its fast path writes it without a converter).
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <param name="values">The values.</param>
internal sealed class EnumNames<TEnum>(ImmutableSortedSet<TEnum> values) : NameList<TEnum>(values)
    where TEnum : struct, Enum
{
    private protected override string Name(TEnum item) => EnumName<TEnum>.Of(item);
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
