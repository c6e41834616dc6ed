using Ardalis.GuardClauses;

namespace StAMM.Domain.EntityFrameworkCore;

/// <summary>
/// Another writer changed what an append depended on after it was loaded: a case it appends to, a contribution whose
/// money it moves, or a case it opens that now exists. Nothing of the append was stored; load again and decide again.
/// </summary>
/// <remarks>Immutable value; equality by message.</remarks>
public sealed record StoreConflict
{
    /// <summary>Creates a conflict.</summary>
    /// <param name="message">What changed, for a person.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null, empty or white space.</exception>
    public StoreConflict(string message)
    {
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>What changed, for a person.</summary>
    public string Message { get; }

    /// <summary>Returns the message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Message;
}
