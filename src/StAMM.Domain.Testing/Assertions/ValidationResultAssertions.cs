using System.Globalization;
using System.Text;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// FluentAssertions assertions on a <see cref="ValidationResult{T}"/>: that it is valid, or that it failed with given
/// problems. Every failure message lists every problem of the result, so a failing test shows what the factory said.
/// </summary>
/// <typeparam name="T">The domain type the result holds.</typeparam>
/// <remarks>Get one with <c>result.Should()</c> (see <see cref="ValidationAssertionExtensions"/>).</remarks>
public sealed class ValidationResultAssertions<T> : ReferenceTypeAssertions<ValidationResult<T>, ValidationResultAssertions<T>>
    where T : class
{
    /// <summary>Creates the assertions for a result.</summary>
    /// <param name="subject">The result under test.</param>
    public ValidationResultAssertions(ValidationResult<T> subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "validation result";

    /// <summary>Asserts that the result is valid: the factory accepted the input.</summary>
    /// <param name="because">A phrase that says why the assertion is needed.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the valid value, for chaining.</returns>
    public AndWhichConstraint<ValidationResultAssertions<T>, T> BeValid(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is { IsValid: true })
            .FailWith("Expected {context:validation result} of {0} to be valid{reason}, but {1}", new Verbatim(typeof(T).Name), new Verbatim(Describe(Subject)));
        return new AndWhichConstraint<ValidationResultAssertions<T>, T>(this, Subject?.OrNull()!);
    }

    /// <summary>
    /// Asserts that the result failed with a problem of the given code at the given path; other problems may be
    /// reported too (use <see cref="FailWithExactly(ValueTuple{string, string}[])"/> to rule them out).
    /// </summary>
    /// <param name="code">The expected problem code, such as <see cref="ProblemCodes.Required"/>.</param>
    /// <param name="path">The expected path, such as <c>activities[2].period</c>; empty for the value as a whole.</param>
    /// <param name="because">A phrase that says why the assertion is needed.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the first matching problem, for checking its message.</returns>
    public AndWhichConstraint<ValidationResultAssertions<T>, ValidationProblem> FailWith(string code, string path, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(path);
        var match = Subject?.Problems.FirstOrDefault(p => p.Code == code && p.Path == path);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(match is not null)
            .FailWith("Expected {context:validation result} of {0} to fail with {1}{reason}, but {2}", new Verbatim(typeof(T).Name), new Verbatim(Format(code, path)), new Verbatim(Describe(Subject)));
        return new AndWhichConstraint<ValidationResultAssertions<T>, ValidationProblem>(this, match!);
    }

    /// <summary>Asserts that the result failed with exactly one problem: the given code at the given path.</summary>
    /// <param name="code">The expected problem code.</param>
    /// <param name="path">The expected path; empty for the value as a whole.</param>
    /// <returns>A constraint for chaining.</returns>
    public AndConstraint<ValidationResultAssertions<T>> FailWithExactly(string code, string path) =>
        FailWithExactly((code, path));

    /// <summary>
    /// Asserts that the result failed with exactly these problems, compared by code and path, in the order the
    /// factory reports them (the order in which it checks the fields).
    /// </summary>
    /// <param name="expected">The expected problems as (code, path) pairs; at least one.</param>
    /// <returns>A constraint for chaining.</returns>
    /// <exception cref="ArgumentException">No problem is expected: use <see cref="BeValid"/> for that.</exception>
    public AndConstraint<ValidationResultAssertions<T>> FailWithExactly(params (string Code, string Path)[] expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (expected.Length == 0)
        {
            throw new ArgumentException("Name at least one expected problem; to expect none, use BeValid().", nameof(expected));
        }

        var actual = Subject?.Problems.Select(p => (p.Code, p.Path)).ToArray() ?? [];
        var wanted = new StringBuilder();
        foreach (var (code, path) in expected)
        {
            wanted.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  - {Format(code, path)}");
        }

        Execute.Assertion
            .ForCondition(Subject is not null && actual.SequenceEqual(expected))
            .FailWith("Expected {context:validation result} of {0} to fail with exactly:{1}" + Environment.NewLine + "but {2}", new Verbatim(typeof(T).Name), new Verbatim(wanted.ToString()), new Verbatim(Describe(Subject)));
        return new AndConstraint<ValidationResultAssertions<T>>(this);
    }

    private static string Format(string code, string path) => path.Length == 0 ? $"{code} on the value as a whole" : $"{code} at {path}";

    /// <summary>Describes the result for a failure message: the valid value, or every problem, one a line.</summary>
    private static string Describe(ValidationResult<T>? result)
    {
        if (result is null)
        {
            return "found <null>.";
        }

        if (result.IsValid)
        {
            return $"it was valid: {result.OrThrow()}.";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"it failed with {result.Problems.Length} problem{(result.Problems.Length == 1 ? string.Empty : "s")}:");
        foreach (var problem in result.Problems)
        {
            var path = problem.Path.Length == 0 ? "(value)" : problem.Path;
            text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  - {problem.Code} at {path}: {problem.Message}");
        }

        return text.ToString();
    }
}
