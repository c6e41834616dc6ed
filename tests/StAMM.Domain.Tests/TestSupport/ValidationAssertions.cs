using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.TestSupport;

/// <summary>Assertions on <see cref="ValidationResult{T}"/>, so that each test states the exact problems it expects.</summary>
internal static class ValidationAssertions
{
    /// <summary>Asserts that the result is valid and returns its value.</summary>
    public static T ShouldBeValid<T>(this ValidationResult<T> result)
        where T : class
    {
        result.Problems.Should().BeEmpty("the input is valid, yet the factory reported {0}", result);
        result.IsValid.Should().BeTrue();
        return result.OrThrow();
    }

    /// <summary>Asserts that the result failed with exactly these problems (code and path), in this order.</summary>
    public static void ShouldFailWith<T>(this ValidationResult<T> result, params (string Code, string Path)[] expected)
        where T : class
    {
        result.IsValid.Should().BeFalse("the input is invalid");
        result.OrNull().Should().BeNull();
        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal(expected);
    }

    /// <summary>Asserts that the result failed with exactly one problem.</summary>
    public static void ShouldFailWith<T>(this ValidationResult<T> result, string code, string path)
        where T : class =>
        result.ShouldFailWith((code, path));
}
