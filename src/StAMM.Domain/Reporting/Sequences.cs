using System.Collections.Immutable;

namespace StAMM.Domain.Reporting;

/// <summary>Equality and hashing by content for the breakdowns the report's values hold.</summary>
internal static class Sequences
{
    public static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) => a.SequenceEqual(b);

    public static int Hash<T>(ImmutableArray<T> items) => Validation.Hashing.Sequence(items);
}
