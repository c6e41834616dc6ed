using System.Collections.Immutable;
using CsCheck;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The raw inputs of a domain factory, as a test passes them, with the call that makes the value.</summary>
/// <typeparam name="T">The domain type the factory makes.</typeparam>
public interface IFactoryInput<T>
    where T : class
{
    /// <summary>Calls the library's factory with these inputs.</summary>
    /// <returns>The factory's result.</returns>
    ValidationResult<T> Create();
}

/// <summary>Factory inputs that are invalid in exactly one named way, with the one problem the factory must report.</summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <typeparam name="TInput">The inputs.</typeparam>
/// <typeparam name="TFlaw">The type's enum of flaws.</typeparam>
/// <param name="Input">The inputs.</param>
/// <param name="Flaw">The flaw they carry.</param>
/// <param name="Code">The problem code the factory must report, such as <see cref="ProblemCodes.Required"/>.</param>
/// <param name="Path">The path it must report it at, such as <c>activities[2].period</c>.</param>
public sealed record FlawedInput<T, TInput, TFlaw>(TInput Input, TFlaw Flaw, string Code, string Path)
    where T : class
    where TInput : IFactoryInput<T>
    where TFlaw : struct, Enum
{
    /// <summary>Calls the factory with the flawed inputs.</summary>
    /// <returns>The factory's result, which should fail with exactly (<see cref="Code"/>, <see cref="Path"/>).</returns>
    public ValidationResult<T> Create() => Input.Create();
}

/// <summary>
/// CsCheck generators for a domain type that a factory validates: valid inputs and values, and inputs that are
/// invalid in exactly one named way.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <typeparam name="TInput">The factory's inputs.</typeparam>
/// <typeparam name="TFlaw">The type's enum of flaws.</typeparam>
/// <remarks>
/// <para>Every generator is composed with <c>Select</c> and <c>SelectMany</c> over generators of valid parts, so the
/// values CsCheck shrinks to are still valid (or still carry exactly their one flaw): a shrunk counter-example means
/// something.</para>
/// <para>Get one from <see cref="Generate"/>, such as <c>Generate.Activity</c>.</para>
/// </remarks>
public abstract class DomainGenerator<T, TInput, TFlaw>
    where T : class
    where TInput : IFactoryInput<T>
    where TFlaw : struct, Enum
{
    private protected DomainGenerator()
    {
    }

    /// <summary>Every flaw this type's generator can produce.</summary>
    public ImmutableArray<TFlaw> Flaws { get; } = [.. Enum.GetValues<TFlaw>()];

    /// <summary>Valid factory inputs.</summary>
    public abstract Gen<TInput> Input { get; }

    /// <summary>Valid values, made through the factory from <see cref="Input"/>.</summary>
    public Gen<T> Valid => Input.Select(i => i.Create().OrThrow());

    /// <summary>Inputs that are invalid in exactly one way: the factory reports exactly one problem, the flaw's.</summary>
    /// <param name="flaw">The flaw.</param>
    /// <returns>The generator of flawed inputs.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flaw"/> is not defined.</exception>
    public Gen<FlawedInput<T, TInput, TFlaw>> JustInvalid(TFlaw flaw)
    {
        if (!Enum.IsDefined(flaw))
        {
            throw new ArgumentOutOfRangeException(nameof(flaw), flaw, $"Not a {typeof(TFlaw).Name}.");
        }

        return Flawed(flaw);
    }

    /// <summary>Inputs with any one of the <see cref="Flaws"/>.</summary>
    public Gen<FlawedInput<T, TInput, TFlaw>> AnyJustInvalid => Gen.OneOf([.. Flaws.Select(f => (IGen<FlawedInput<T, TInput, TFlaw>>)Flawed(f))]);

    private protected abstract Gen<FlawedInput<T, TInput, TFlaw>> Flawed(TFlaw flaw);

    private protected static FlawedInput<T, TInput, TFlaw> Flaw(TInput input, TFlaw flaw, string code, string path) => new(input, flaw, code, path);
}
