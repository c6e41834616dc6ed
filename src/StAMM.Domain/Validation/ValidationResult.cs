using System.Collections.Immutable;
using Ardalis.GuardClauses;
using OneOf;

namespace StAMM.Domain.Validation;

/// <summary>
/// Either a valid domain value or the <see cref="ValidationFailure"/> that lists every problem with the input.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <remarks>
/// <para>Factories that take user input return this instead of throwing, so a caller sees all the problems of a
/// request or a file at once. Consume it exhaustively with <c>Match</c> or <c>Switch</c> (from
/// <see cref="OneOfBase{T0, T1}"/>), or test <see cref="IsValid"/>.</para>
/// <para>It never holds an invalid value: the only way to make one is from a value a factory accepted, or from a failure.</para>
/// </remarks>
public sealed class ValidationResult<T> : OneOfBase<T, ValidationFailure>
    where T : class
{
    private ValidationResult(OneOf<T, ValidationFailure> input)
        : base(input)
    {
    }

    /// <summary>Wraps a valid value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator ValidationResult<T>(T value) => new(Guard.Against.Null(value));

    /// <summary>Wraps a failure.</summary>
    /// <param name="failure">The failure.</param>
    public static implicit operator ValidationResult<T>(ValidationFailure failure) => new(Guard.Against.Null(failure));

    /// <summary><see langword="true"/> when the input was valid and a value was made.</summary>
    public bool IsValid => IsT0;

    /// <summary>The problems; empty when the result <see cref="IsValid"/>.</summary>
    public ImmutableArray<ValidationProblem> Problems => IsT1 ? AsT1.Problems : [];

    /// <summary>
    /// Returns the value, or throws when the input was invalid. Use it where invalid input would be a
    /// programmer's mistake (built-in data, tests), never on input from users.
    /// </summary>
    /// <returns>The valid value.</returns>
    /// <exception cref="InvalidDomainValueException">The result holds problems.</exception>
    public T OrThrow() => IsT0 ? AsT0 : throw new InvalidDomainValueException(typeof(T).Name, AsT1);

    /// <summary>Returns the value when valid, otherwise <see langword="null"/>.</summary>
    /// <returns>The value or <see langword="null"/>.</returns>
    public T? OrNull() => IsT0 ? AsT0 : null;

    /// <summary>
    /// Turns a valid value into another value; a failure passes through unchanged. Like NodaTime's
    /// <c>ParseResult&lt;T&gt;.Convert</c>: <c>LeadTimeRule.Create(…).Map(EligibilityRule (r) =&gt; r)</c> is a
    /// <c>ValidationResult&lt;EligibilityRule&gt;</c>, with no cast.
    /// </summary>
    /// <typeparam name="TResult">The type of the new value.</typeparam>
    /// <param name="map">Makes the new value from the valid one; called only when the result is valid.</param>
    /// <returns>The new value, or this result's failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null, or returns null.</exception>
    public ValidationResult<TResult> Map<TResult>(Func<T, TResult> map)
        where TResult : class
    {
        Guard.Against.Null(map);
        return IsT0 ? Guard.Against.Null(map(AsT0), nameof(map)) : AsT1;
    }

    /// <summary>
    /// Validates further from a valid value: the result of <paramref name="bind"/>, or this result's failure when it
    /// has one (then <paramref name="bind"/> is not called).
    /// </summary>
    /// <typeparam name="TResult">The type of the next value.</typeparam>
    /// <param name="bind">The next validating step.</param>
    /// <returns>The next step's result, or this result's failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bind"/> is null, or returns null.</exception>
    public ValidationResult<TResult> Bind<TResult>(Func<T, ValidationResult<TResult>> bind)
        where TResult : class
    {
        Guard.Against.Null(bind);
        return IsT0 ? Guard.Against.Null(bind(AsT0), nameof(bind)) : AsT1;
    }

    /// <summary>Describes the result.</summary>
    /// <returns>The value's text, or the problems.</returns>
    public override string ToString() => IsT0 ? AsT0.ToString() ?? typeof(T).Name : AsT1.ToString();
}
