using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json;

/// <summary>
/// Thrown by System.Text.Json (<see cref="JsonSerializer"/>, ASP.NET Core model binding) when a StAMM.Domain document
/// it reads is invalid. It carries <em>every</em> problem, each with its code, JSON path and message, exactly as
/// <see cref="StammJson"/>'s readers report them.
/// </summary>
/// <remarks>
/// The problems' paths are relative to the document (<c>$</c> is the document's root); <see cref="JsonException.Path"/>,
/// set by the serializer, says where the document lies in the JSON that was deserialized. A document that is read
/// through <see cref="StammJson"/> directly never throws: its problems come back as a <see cref="ValidationFailure"/>.
/// </remarks>
public sealed class StammJsonException : JsonException
{
    /// <summary>Creates the exception for a document that could not be read.</summary>
    /// <param name="kind">The kind of document that was expected, such as <see cref="StammJson.RequestKind"/>.</param>
    /// <param name="failure">Every problem of the document.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StammJsonException(string kind, ValidationFailure failure)
        : base(Describe(Guard.Against.Null(kind), Guard.Against.Null(failure)))
    {
        Kind = kind;
        Failure = failure;
    }

    /// <summary>The kind of document that was expected, such as <see cref="StammJson.RequestKind"/>.</summary>
    public string Kind { get; }

    /// <summary>Every problem of the document.</summary>
    public ValidationFailure Failure { get; }

    /// <summary>Every problem of the document, each with its code, JSON path and message.</summary>
    public ImmutableArray<ValidationProblem> Problems => Failure.Problems;

    private static string Describe(string kind, ValidationFailure failure)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The '{kind}' document is not valid ({failure.Problems.Length} {(failure.Problems.Length == 1 ? "problem" : "problems")}):");
        foreach (var problem in failure.Problems)
        {
            text.Append('\n').Append(problem);
        }

        return text.ToString();
    }
}
