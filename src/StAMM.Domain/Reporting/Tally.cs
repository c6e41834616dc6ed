namespace StAMM.Domain.Reporting;

/// <summary>A count under one key of a breakdown, such as the activities of one type or the requests of one country.</summary>
/// <typeparam name="TKey">What is counted by: an activity type, a country, a month, a decision.</typeparam>
/// <remarks>Made by <see cref="PortfolioReport"/> only; the count is above zero. Immutable value; equality by key and count.</remarks>
public sealed record Tally<TKey>
    where TKey : notnull
{
    internal Tally(TKey key, int count)
    {
        Key = key;
        Count = count;
    }

    /// <summary>What is counted by.</summary>
    public TKey Key { get; }

    /// <summary>How many; above zero.</summary>
    public int Count { get; }

    /// <summary>Returns the key and count, such as <c>Training: 4</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key}: {Count}";
}
