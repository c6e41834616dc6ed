namespace StAMM.Domain.Portfolios;

/// <summary>
/// A value derived from an immutable one on first use, without a lock: two threads that ask at once may both compute
/// it, and the first one stored wins, so every reader sees one instance. The library takes no lock (a reliability
/// test checks it), which <see cref="Lazy{T}"/>'s default mode would.
/// </summary>
/// <typeparam name="T">The derived value; computing it has no side effect.</typeparam>
internal sealed class DerivedValue<T>
    where T : class
{
    private readonly Func<T>? _derive;
    private T? _value;

    /// <summary>A value derived on first use.</summary>
    public DerivedValue(Func<T> derive) => _derive = derive;

    /// <summary>A value known already.</summary>
    public DerivedValue(T value) => _value = value;

    /// <summary>The value if a thread has derived it; null otherwise (nothing is derived).</summary>
    public T? IfDerived => Volatile.Read(ref _value);

    /// <summary>The value, derived now if no thread has derived it yet.</summary>
    public T Value => Volatile.Read(ref _value) ?? Interlocked.CompareExchange(ref _value, _derive!(), null) ?? _value!;
}
