namespace StAMM.Domain.Iati.Reading;

/// <summary>Thrown when an IATI file cannot be read at all: it is malformed, hostile, too large or too deep.</summary>
/// <remarks>Problems inside a readable file never throw; they are reported per activity.</remarks>
public sealed class IatiFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">Why the file cannot be read.</param>
    /// <param name="message">What is wrong, for people.</param>
    /// <param name="line">The line where reading stopped, when known.</param>
    /// <param name="innerException">The XML parser's exception, when there is one.</param>
    public IatiFileException(IatiFileProblem problem, string message, int? line = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
        Line = line;
    }

    /// <summary>Why the file cannot be read.</summary>
    public IatiFileProblem Problem { get; }

    /// <summary>The line where reading stopped, when known.</summary>
    public int? Line { get; }
}
