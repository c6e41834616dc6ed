namespace StAMM.Domain;

/// <summary>
/// A value derived from an immutable one on first use, without a lock: two threads that ask at once may both compute
/// it, and the first one stored wins, so every reader sees one instance. The library takes no lock (a reliability
/// test checks it), which <see cref="Lazy{T}"/>'s default mode would.
/// </summary>
/// <typeparam name="T">The derived value (a struct, such as an <c>ImmutableArray</c>, is boxed once); computing it has
/// no side effect and gives no null.</typeparam>
internal sealed class DerivedValue<T>
{
    private readonly Func<T>? _derive;
    private object? _value;

    /// <summary>A value derived on first use.</summary>
    public DerivedValue(Func<T> derive) => _derive = derive;

    /// <summary>A value known already.</summary>
    public DerivedValue(T value) => _value = value;

    /// <summary>Whether a thread has derived the value (or it was given); nothing is derived by asking.</summary>
    public bool IsDerived => Volatile.Read(ref _value) is not null;

    /// <summary>The value, derived now if no thread has derived it yet.</summary>
    public T Value => (T)(Volatile.Read(ref _value) ?? Interlocked.CompareExchange(ref _value, _derive!(), null) ?? _value)!;
}
