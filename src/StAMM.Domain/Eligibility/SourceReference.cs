using Ardalis.GuardClauses;

namespace StAMM.Domain.Eligibility;

/// <summary>The real-world practice a rule mirrors: a citation and, when there is one, the address of the source.</summary>
/// <remarks>Immutable value; equality by text and address.</remarks>
public sealed record SourceReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="text">The citation, such as <c>TAIEX-REGIO Peer2Peer FAQ: "max. 2 visiting experts"</c>.</param>
    /// <param name="url">The source's address, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public SourceReference(string text, Uri? url = null)
    {
        Text = Guard.Against.NullOrWhiteSpace(text);
        Url = url;
    }

    /// <summary>The citation.</summary>
    public string Text { get; }

    /// <summary>The source's address, if any.</summary>
    public Uri? Url { get; }

    /// <summary>Returns the citation and address.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Url is null ? Text : $"{Text} ({Url})";
}
