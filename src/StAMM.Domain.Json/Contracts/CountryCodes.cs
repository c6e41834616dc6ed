using System.Collections;
using System.Collections.Immutable;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Json.Contracts;

/// <summary>
/// A sorted set written as names: a list of strings to the serializer, read from the domain's set as it is written (no
/// array of names, and the serializer's fast path enumerates it without an enumerator object).
/// </summary>
/// <typeparam name="T">What the set holds.</typeparam>
/// <param name="items">The set.</param>
internal abstract class NameList<T>(ImmutableSortedSet<T> items) : IReadOnlyList<string>
{
    public int Count => items.Count;

    public string this[int index] => Name(items[index]);

    public Enumerator GetEnumerator() => new(this, items.GetEnumerator());

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The name an item is written as.</summary>
    private protected abstract string Name(T item);

    /// <summary>Enumerates the names without an object of its own.</summary>
    public struct Enumerator(NameList<T> list, ImmutableSortedSet<T>.Enumerator items) : IEnumerator<string>
    {
        private ImmutableSortedSet<T>.Enumerator _items = items;

        public readonly string Current => list.Name(_items.Current);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => _items.MoveNext();

        public void Reset() => _items.Reset();

        public void Dispose() => _items.Dispose();
    }
}

/// <summary>A set of countries written as their codes.</summary>
/// <param name="countries">The countries.</param>
internal sealed class CountryCodes(ImmutableSortedSet<Country> countries) : NameList<Country>(countries)
{
    private protected override string Name(Country item) => item.Code;
}
