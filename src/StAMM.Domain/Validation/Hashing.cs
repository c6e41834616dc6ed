using System.Collections.Immutable;

namespace StAMM.Domain.Validation;

/// <summary>Hash codes over the immutable collections that domain values hold, so equality can be by content.</summary>
internal static class Hashing
{
    public static int Sequence<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public static int Sequence<T>(IEnumerable<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
