using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using StAMM.Domain.Json;
using StAMM.Domain.Validation;

namespace StAMM.Domain.AspNetCore;

/// <summary>
/// RFC 9457 problem details for a document that could not be read: status 400, and an extension member
/// <c>problems</c> that lists every problem with its <c>code</c>, <c>path</c> and <c>message</c>.
/// </summary>
/// <remarks>
/// <see cref="Microsoft.Extensions.DependencyInjection.StammDomainServiceCollectionExtensions.AddStammDomain(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>
/// answers every invalid request body this way. Use <see cref="Create"/> when an endpoint reads a document itself
/// (<c>StammJson.ReadRequestAsync</c>) and returns <c>TypedResults.Problem(StammProblemDetails.Create(failure))</c>.
/// </remarks>
public static class StammProblemDetails
{
    /// <summary>The name of the extension member that lists the problems.</summary>
    public const string ProblemsMember = "problems";

    /// <summary>
    /// The problem type, a name (RFC 9457 allows a type that is not dereferenced): no address of the project is
    /// confirmed, so it names none. docs/json.md ("Problem codes") explains the documents and their problem codes.
    /// </summary>
    public const string Type = "urn:stamm-domain:problem:invalid-document";

    /// <summary>The problem details for every problem of a document.</summary>
    /// <param name="failure">The problems, as a reader returned them.</param>
    /// <returns>Problem details with status 400 and the <see cref="ProblemsMember"/> extension, in the order of the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    public static ProblemDetails Create(ValidationFailure failure)
    {
        Guard.Against.Null(failure);
        var count = failure.Problems.Length;
        return new ProblemDetails
        {
            Type = Type,
            Status = StatusCodes.Status400BadRequest,
            Title = "The document is not valid.",
            Detail = string.Create(CultureInfo.InvariantCulture, $"The document has {count} {(count == 1 ? "problem" : "problems")}; each is listed in '{ProblemsMember}' with its code, JSON path and message."),
            Extensions = { [ProblemsMember] = Problems(failure) },
        };
    }

    /// <summary>
    /// The problems as a JSON array, made here rather than by the application's serializer so that no type has to be
    /// known to it (trim- and AOT-safe) and its naming policy cannot rename the members.
    /// </summary>
    private static JsonElement Problems(ValidationFailure failure)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var problem in failure.Problems)
            {
                writer.WriteStartObject();
                writer.WriteString("code", problem.Code);
                writer.WriteString("path", problem.Path);
                writer.WriteString("message", problem.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    /// <summary>The first <see cref="StammJsonException"/> in an exception or its inner exceptions (model binding wraps it).</summary>
    internal static StammJsonException? Find(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StammJsonException found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Answers the request with the problem details, through the application's <see cref="IProblemDetailsService"/> when it has one.</summary>
    internal static Task WriteAsync(HttpContext context, StammJsonException exception)
    {
        context.Response.Clear();
        return TypedResults.Problem(Create(exception.Failure)).ExecuteAsync(context);
    }
}
