namespace StAMM.Domain.Testing;

/// <summary>
/// Text to print in a failure message exactly as it is. FluentAssertions reads <c>{...}</c> in a message as a
/// placeholder, so titles, problem messages and rule explanations go in as arguments of this type, which are
/// substituted last and printed through <see cref="ToString"/> without quotes.
/// </summary>
internal sealed class Verbatim(string text)
{
    public override string ToString() => text;
}
