using Ardalis.GuardClauses;

namespace StAMM.Domain.Validation;

/// <summary>
/// One reason why user input cannot become a domain value: a stable machine-readable
/// <see cref="Code"/>, the <see cref="Path"/> of the offending field and a human-readable <see cref="Message"/>.
/// </summary>
/// <remarks>
/// <para>Codes are part of the public contract (see <see cref="ProblemCodes"/>) and never change
/// meaning; messages are for people and may be reworded between versions.</para>
/// <para>Paths use the member names of the factory that reported them, with zero-based indexes:
/// <c>activities[2].period</c>. An empty path means the value as a whole.</para>
/// <para>Equality is by code, path and message. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ValidationProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">The stable problem code, such as <see cref="ProblemCodes.Required"/>.</param>
    /// <param name="path">The path of the field, or an empty string for the value as a whole.</param>
    /// <param name="message">A sentence that tells a person what is wrong.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationProblem(string code, string path, string message)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Path = Guard.Against.Null(path);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>The stable problem code; see <see cref="ProblemCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The path of the offending field, such as <c>activities[2].period</c>; empty for the value as a whole.</summary>
    public string Path { get; }

    /// <summary>A sentence that tells a person what is wrong.</summary>
    public string Message { get; }

    /// <summary>Returns this problem with <paramref name="prefix"/> put in front of its path.</summary>
    /// <param name="prefix">The path of the containing field, such as <c>activities[2]</c>.</param>
    /// <returns>A problem with the same code and message, nested below <paramref name="prefix"/>.</returns>
    public ValidationProblem Under(string prefix)
    {
        Guard.Against.Null(prefix);
        if (prefix.Length == 0)
        {
            return this;
        }

        var path = Path.Length == 0 ? prefix : Path[0] == '[' ? prefix + Path : prefix + "." + Path;
        return new ValidationProblem(Code, path, Message);
    }

    /// <summary>Formats the problem as <c>path: message (code)</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() =>
        Path.Length == 0 ? $"{Message} ({Code})" : $"{Path}: {Message} ({Code})";
}
