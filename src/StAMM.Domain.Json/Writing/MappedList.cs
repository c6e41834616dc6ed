using System.Collections;
using System.Collections.Immutable;

namespace StAMM.Domain.Json.Writing;

/// <summary>
/// A list of contracts made from domain values as the serializer reaches each one, not all before it starts: a project of
/// 10,000 activities mapped at once kept 18 MB of contracts alive through the write, so every collection during it
/// promoted them (measured: 116 generation-1 and 32 generation-2 collections in 60 writes, about 100 ms a write). Made
/// one at a time, each contract is garbage as soon as it is written.
/// </summary>
/// <remarks>
/// The serializer enumerates each list once: the first enumeration is the list itself (as a compiler-made iterator
/// is), so a list costs one object, not two; a later or concurrent one gets an enumerator of its own.
/// </remarks>
/// <typeparam name="T">The domain value.</typeparam>
/// <typeparam name="TContract">Its contract.</typeparam>
internal sealed class MappedList<T, TContract>(ImmutableArray<T> items, Func<T, TContract> map) : IReadOnlyList<TContract>, IEnumerator<TContract>
{
    private const int Unused = -2;
    private int _index = Unused;
    private TContract _current = default!;

    public int Count => items.Length;

    public TContract Current => _current;

    object? IEnumerator.Current => _current;

    public TContract this[int index] => map(items[index]);

    public IEnumerator<TContract> GetEnumerator() =>
        Interlocked.CompareExchange(ref _index, -1, Unused) == Unused ? this : new MappedList<T, TContract>(items, map) { _index = -1 };

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool MoveNext()
    {
        if (_index + 1 >= items.Length)
        {
            _index = items.Length;
            _current = default!;
            return false;
        }

        _current = map(items[++_index]);
        return true;
    }

    public void Reset() => throw new NotSupportedException();

    public void Dispose() => _current = default!;
}
