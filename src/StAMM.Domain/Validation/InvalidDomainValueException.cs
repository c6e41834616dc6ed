using Ardalis.GuardClauses;

namespace StAMM.Domain.Validation;

/// <summary>
/// Thrown by <see cref="ValidationResult{T}.OrThrow"/> when code asserted that input was valid and it was not.
/// </summary>
/// <remarks>It signals a programmer's mistake; user input is reported through <see cref="ValidationResult{T}"/> instead.</remarks>
public sealed class InvalidDomainValueException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="typeName">The name of the type that could not be made.</param>
    /// <param name="failure">The problems.</param>
    public InvalidDomainValueException(string typeName, ValidationFailure failure)
        : base($"Invalid {typeName}:{Environment.NewLine}{Guard.Against.Null(failure)}")
    {
        Failure = failure;
    }

    /// <summary>The problems that made the value invalid.</summary>
    public ValidationFailure Failure { get; }
}
