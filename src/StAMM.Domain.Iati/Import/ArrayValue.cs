using System.Collections.Immutable;

namespace StAMM.Domain.Iati.Import;

/// <summary>An <see cref="ImmutableArray{T}"/> as part of a value: refused when default, compared and hashed element by element.</summary>
internal static class ArrayValue
{
    public static ImmutableArray<T> Given<T>(ImmutableArray<T> items, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? parameterName = null)
    {
        if (items.IsDefault)
        {
            throw new ArgumentException("The collection is default (uninitialised); pass an empty one instead.", parameterName);
        }

        // A loop, not Any(): Any boxes the array and allocates an enumerator for every value read.
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException("The collection holds null.", parameterName);
            }
        }

        return items;
    }

    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right) => left.SequenceEqual(right);

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
