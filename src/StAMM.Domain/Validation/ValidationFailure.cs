using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace StAMM.Domain.Validation;

/// <summary>
/// The outcome of validating user input that could not become a domain value: every problem found, at once.
/// </summary>
/// <remarks>A failure always holds at least one problem. It is immutable and thread-safe.</remarks>
public sealed class ValidationFailure : IEquatable<ValidationFailure>
{
    /// <summary>Creates a failure from its problems.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or holds a null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public ValidationFailure(IEnumerable<ValidationProblem> problems)
    {
        Guard.Against.Null(problems);
        var copy = problems.ToImmutableArray();
        Guard.Against.NullElements(copy, nameof(problems));
        Guard.Against.Empty(copy, nameof(problems));
        Problems = copy;
    }

    /// <summary>Creates a failure with a single problem.</summary>
    /// <param name="code">The stable problem code.</param>
    /// <param name="path">The path of the field.</param>
    /// <param name="message">What is wrong.</param>
    public ValidationFailure(string code, string path, string message)
        : this([new ValidationProblem(code, path, message)])
    {
    }

    /// <summary>Every problem found, in the order the fields were checked; never empty.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Tells whether any problem has the given code.</summary>
    /// <param name="code">A problem code.</param>
    /// <returns><see langword="true"/> when a problem has that code.</returns>
    public bool Contains(string code)
    {
        foreach (var problem in Problems)
        {
            if (problem.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the same problems nested below <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The path of the containing field.</param>
    /// <returns>A failure whose paths start with <paramref name="prefix"/>.</returns>
    public ValidationFailure Under(string prefix) => new(Problems.Select(p => p.Under(prefix)));

    /// <inheritdoc />
    public bool Equals(ValidationFailure? other) =>
        other is not null && Problems.SequenceEqual(other.Problems);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationFailure);

    /// <inheritdoc />
    public override int GetHashCode() => Hashing.Sequence(Problems);

    /// <summary>Lists the problems, one a line.</summary>
    /// <returns>The problems as text.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Problems);
}
