using System.Net;
using System.Text.Json;
using StAMM.Domain.Validation;

namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>Reads an RFC 9457 problem-details response and its <c>problems</c> member.</summary>
internal sealed record ProblemResponse(HttpStatusCode Status, string? ContentType, JsonElement Body)
{
    public static async Task<ProblemResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonElement.Parse(text.Length == 0 ? "null" : text));
    }

    public IReadOnlyList<ValidationProblem> Problems() =>
        Body.GetProperty("problems").EnumerateArray()
            .Select(p => new ValidationProblem(p.GetProperty("code").GetString()!, p.GetProperty("path").GetString()!, p.GetProperty("message").GetString()!))
            .ToList();
}
