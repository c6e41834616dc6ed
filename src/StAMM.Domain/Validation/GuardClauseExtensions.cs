using System.Collections.Immutable;
using System.Runtime.CompilerServices;

// Custom guards live in the library's namespace of GuardClauses, as its README recommends, so that
// Guard.Against offers them wherever Ardalis.GuardClauses is imported.
namespace Ardalis.GuardClauses;

/// <summary>StAMM.Domain's own guard clauses for programmer errors, in the style of Ardalis.GuardClauses.</summary>
internal static class StammGuardClauseExtensions
{
    private const string DefaultArray = "The ImmutableArray is default (uninitialised); pass an empty array, or null where none is allowed.";

    /// <summary>Throws when a collection holds a null element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The collection.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="input"/>.</returns>
    /// <exception cref="ArgumentException">The array is <see langword="default"/>, or an element is null.</exception>
    public static ImmutableArray<T> NullElements<T>(
        this IGuardClause guardClause,
        ImmutableArray<T> input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (input.IsDefault)
        {
            throw new ArgumentException(DefaultArray, parameterName);
        }

        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] is null)
            {
                throw new ArgumentException($"Element [{i}] is null.", parameterName);
            }
        }

        return input;
    }

    /// <summary>Throws when an immutable array is default or empty.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The array.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns><paramref name="input"/>.</returns>
    /// <exception cref="ArgumentException">The array is default or empty.</exception>
    public static ImmutableArray<T> Empty<T>(
        this IGuardClause guardClause,
        ImmutableArray<T> input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (input.IsDefaultOrEmpty)
        {
            throw new ArgumentException("At least one element is required.", parameterName);
        }

        return input;
    }

    /// <summary>Copies a sequence into an immutable array, throwing on a null sequence or element.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The sequence, or <see langword="null"/> for none.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns>An immutable copy; empty for a null sequence.</returns>
    /// <exception cref="ArgumentException">An element is null, or the sequence is a <see langword="default"/>
    /// <see cref="ImmutableArray{T}"/> (which cannot be enumerated).</exception>
    /// <remarks>The copy is what keeps a caller's later change to its own list from reaching a domain value.</remarks>
    public static ImmutableArray<T> NullElements<T>(
        this IGuardClause guardClause,
        IEnumerable<T>? input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (input is null)
        {
            return [];
        }

        if (input is ImmutableArray<T> { IsDefault: true })
        {
            throw new ArgumentException(DefaultArray, parameterName);
        }

        var copy = input.ToImmutableArray();
        return guardClause.NullElements(copy, parameterName);
    }

    /// <summary>
    /// Copies a sequence of enum values into an immutable array, throwing on a null sequence element or a value the
    /// enum does not define: the one guard for every list of codes a factory takes.
    /// </summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The sequence, or <see langword="null"/> for none.</param>
    /// <param name="parameterName">The parameter's name, filled in by the compiler.</param>
    /// <returns>An immutable copy; empty for a null sequence.</returns>
    /// <exception cref="ArgumentException">The sequence is a default <see cref="ImmutableArray{T}"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An element is not a defined value.</exception>
    public static ImmutableArray<TEnum> UndefinedElements<TEnum>(
        this IGuardClause guardClause,
        IEnumerable<TEnum>? input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where TEnum : struct, Enum
    {
        var copy = guardClause.NullElements(input, parameterName);
        foreach (var value in copy)
        {
            guardClause.EnumOutOfRange(value, parameterName!);
        }

        return copy;
    }
}
