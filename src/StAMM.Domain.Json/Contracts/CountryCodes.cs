using System.Collections;
using System.Collections.Immutable;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Json.Contracts;

/// <summary>
/// A set of countries written as their codes: a list of strings to the serializer, read from the domain's set as it is
/// written (no array of codes, and the serializer's fast path enumerates it without an enumerator object).
/// </summary>
internal sealed class CountryCodes(ImmutableSortedSet<Country> countries) : IReadOnlyList<string>
{
    public int Count => countries.Count;

    public string this[int index] => countries[index].Code;

    public Enumerator GetEnumerator() => new(countries.GetEnumerator());

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates the codes without an object of its own.</summary>
    public struct Enumerator(ImmutableSortedSet<Country>.Enumerator countries) : IEnumerator<string>
    {
        private ImmutableSortedSet<Country>.Enumerator _countries = countries;

        public readonly string Current => _countries.Current.Code;

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => _countries.MoveNext();

        public void Reset() => _countries.Reset();

        public void Dispose() => _countries.Dispose();
    }
}
