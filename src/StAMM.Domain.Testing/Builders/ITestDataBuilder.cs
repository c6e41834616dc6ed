using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// An immutable test-data builder: every change returns a new builder, and <see cref="Build"/> makes the value through
/// the library's own validating factories, so a builder can only make what the factories accept.
/// </summary>
/// <typeparam name="T">The domain type built.</typeparam>
public interface ITestDataBuilder<T>
    where T : class
{
    /// <summary>Makes the value through the library's factories.</summary>
    /// <returns>The value, or every problem the factories reported, with paths from the value built.</returns>
    ValidationResult<T> Build();

    /// <summary>Makes the value, for the common case in which the test means it to be valid.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidDomainValueException">The factories reported problems; the message lists each of them.</exception>
    T BuildValid();
}
