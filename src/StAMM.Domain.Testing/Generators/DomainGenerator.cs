using System.Collections.Immutable;
using CsCheck;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// CsCheck generators for a domain type that a factory validates: valid values, and values that the factory must
/// refuse in exactly one named way.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <remarks>
/// <para>Every generator is composed with <c>Select</c> and <c>SelectMany</c> over generators of valid parts, so the
/// values CsCheck shrinks to are still valid (or still carry exactly their one flaw): a shrunk counter-example means
/// something.</para>
/// <para>The arguments a generator passes to the factory are its own business: a change of a factory's signature
/// changes no test that uses <see cref="Valid"/> or <see cref="WithFlaw(string)"/>.</para>
/// <para>Get one from <see cref="Generate"/>, such as <c>Generate.Activity</c>.</para>
/// </remarks>
public abstract class DomainGenerator<T>
    where T : class
{
    private protected DomainGenerator()
    {
    }

    /// <summary>Valid values, made through the type's factory.</summary>
    public abstract Gen<T> Valid { get; }

    /// <summary>The names of the flaws this generator can produce, such as <c>BlankTitle</c>.</summary>
    public abstract ImmutableArray<string> Flaws { get; }

    /// <summary>Any one of the <see cref="Flaws"/>.</summary>
    public Gen<Flawed<T>> AnyFlaw => Gen.OneOf([.. Flaws.Select(f => (IGen<Flawed<T>>)FlawedBy(f))]);

    /// <summary>Attempts that are invalid in exactly one way: the factory reports exactly one problem, the flaw's.</summary>
    /// <param name="flaw">One of <see cref="Flaws"/>, such as <c>"BlankTitle"</c>.</param>
    /// <returns>The generator of flawed attempts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flaw"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flaw"/> is not one of <see cref="Flaws"/>.</exception>
    public Gen<Flawed<T>> WithFlaw(string flaw)
    {
        ArgumentNullException.ThrowIfNull(flaw);
        if (!Flaws.Contains(flaw, StringComparer.Ordinal))
        {
            throw new ArgumentOutOfRangeException(nameof(flaw), flaw, $"{typeof(T).Name} has no such flaw; it has {string.Join(", ", Flaws)}.");
        }

        return FlawedBy(flaw);
    }

    internal abstract Gen<Flawed<T>> FlawedBy(string flaw);
}

/// <summary>
/// An attempt to make a <typeparamref name="T"/> that is invalid in exactly one named way, with the one problem the
/// factory must report. <see cref="Create"/> calls the factory.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <remarks>Immutable; equality by the flaw, the problem and the factory's arguments.</remarks>
public sealed class Flawed<T> : IEquatable<Flawed<T>>
    where T : class
{
    private readonly IFactoryInput<T> _input;

    internal Flawed(string flaw, string code, string path, IFactoryInput<T> input)
    {
        Flaw = flaw;
        Code = code;
        Path = path;
        _input = input;
    }

    /// <summary>The flaw's name, one of <see cref="DomainGenerator{T}.Flaws"/>.</summary>
    public string Flaw { get; }

    /// <summary>The problem code the factory must report, such as <see cref="ProblemCodes.Required"/>.</summary>
    public string Code { get; }

    /// <summary>The path it must report it at, such as <c>activities[2].period</c>.</summary>
    public string Path { get; }

    /// <summary>Calls the factory with the flawed arguments.</summary>
    /// <returns>The factory's result, which should fail with exactly (<see cref="Code"/>, <see cref="Path"/>).</returns>
    public ValidationResult<T> Create() => _input.Create();

    /// <inheritdoc />
    public bool Equals(Flawed<T>? other) =>
        other is not null && Flaw == other.Flaw && Code == other.Code && Path == other.Path && _input.Equals(other._input);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Flawed<T>);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Flaw, Code, Path, _input);

    /// <summary>Returns the flaw, the problem expected and the arguments.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Flaw}: {Code} at {Path} from {_input}";
}

/// <summary>The raw inputs of a domain factory, with the call that makes the value.</summary>
/// <typeparam name="T">The domain type the factory makes.</typeparam>
internal interface IFactoryInput<T>
    where T : class
{
    /// <summary>Calls the library's factory with these inputs.</summary>
    ValidationResult<T> Create();
}

/// <summary>Factory inputs that are invalid in exactly one named way, with the one problem the factory must report.</summary>
internal sealed record FlawedInput<T, TInput, TFlaw>(TInput Input, TFlaw Flaw, string Code, string Path)
    where T : class
    where TInput : IFactoryInput<T>
    where TFlaw : struct, Enum
{
    /// <summary>Calls the factory with the flawed inputs.</summary>
    public ValidationResult<T> Create() => Input.Create();
}

/// <summary>
/// A <see cref="DomainGenerator{T}"/> that draws the factory's arguments (<typeparamref name="TInput"/>) and names its
/// flaws by an enum; both stay inside this package, so they may follow the factories' signatures freely.
/// </summary>
internal abstract class FactoryGenerator<T, TInput, TFlaw> : DomainGenerator<T>
    where T : class
    where TInput : IFactoryInput<T>
    where TFlaw : struct, Enum
{
    private static readonly ImmutableArray<string> Names = [.. Enum.GetNames<TFlaw>()];

    /// <summary>Every flaw this type's generator can produce.</summary>
    public ImmutableArray<TFlaw> FlawValues { get; } = [.. Enum.GetValues<TFlaw>()];

    /// <inheritdoc />
    public override ImmutableArray<string> Flaws => Names;

    /// <summary>Valid factory inputs.</summary>
    public abstract Gen<TInput> Input { get; }

    /// <inheritdoc />
    public override Gen<T> Valid => Input.Select(i => i.Create().OrThrow());

    /// <summary>Inputs that are invalid in exactly one way.</summary>
    public Gen<FlawedInput<T, TInput, TFlaw>> JustInvalid(TFlaw flaw)
    {
        if (!Enum.IsDefined(flaw))
        {
            throw new ArgumentOutOfRangeException(nameof(flaw), flaw, $"Not a {typeof(TFlaw).Name}.");
        }

        return Flawed(flaw);
    }

    /// <summary>Inputs with any one of the flaws.</summary>
    public Gen<FlawedInput<T, TInput, TFlaw>> AnyJustInvalid => Gen.OneOf([.. FlawValues.Select(f => (IGen<FlawedInput<T, TInput, TFlaw>>)Flawed(f))]);

    internal override Gen<Flawed<T>> FlawedBy(string flaw)
    {
        var name = flaw;
        return Flawed(Enum.Parse<TFlaw>(flaw)).Select(f => new Flawed<T>(name, f.Code, f.Path, f.Input));
    }

    private protected abstract Gen<FlawedInput<T, TInput, TFlaw>> Flawed(TFlaw flaw);

    private protected static FlawedInput<T, TInput, TFlaw> Flaw(TInput input, TFlaw flaw, string code, string path) => new(input, flaw, code, path);
}
