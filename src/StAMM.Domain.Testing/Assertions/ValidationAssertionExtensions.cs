using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The entry point of the validation assertions: <c>result.Should().BeValid()</c>, <c>result.Should().FailWith(code, path)</c>.</summary>
public static class ValidationAssertionExtensions
{
    /// <summary>Starts assertions on a validation result.</summary>
    /// <typeparam name="T">The domain type.</typeparam>
    /// <param name="result">The result of a factory or builder.</param>
    /// <returns>The assertions.</returns>
    public static ValidationResultAssertions<T> Should<T>(this ValidationResult<T> result)
        where T : class => new(result);
}
