using System.Collections.Immutable;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// A list given, or derived on first use without a lock: two threads that ask at once may both derive it, and the
/// first one stored wins, so every reader sees one instance (as <c>Portfolios.DerivedValue</c> does for classes).
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class DerivedList<T>
{
    private readonly Func<ImmutableArray<T>>? _derive;
    private ImmutableArray<T>[]? _value;

    /// <summary>A list already known.</summary>
    public DerivedList(ImmutableArray<T> value) => _value = [value];

    /// <summary>A list derived on first use; deriving it has no side effect.</summary>
    public DerivedList(Func<ImmutableArray<T>> derive) => _derive = derive;

    /// <summary>The list, derived now if no thread has derived it yet.</summary>
    public ImmutableArray<T> Value =>
        (Volatile.Read(ref _value) ?? Interlocked.CompareExchange(ref _value, [_derive!()], null) ?? _value!)[0];
}
