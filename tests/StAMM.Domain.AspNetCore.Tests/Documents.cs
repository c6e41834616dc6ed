using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Requests;

namespace StAMM.Domain.AspNetCore.Tests;

/// <summary>The documents the tests send and expect.</summary>
internal static class Documents
{
    private static readonly LocalDate AsOf = new(2026, 3, 2);

    public static string RequestJson { get; } = Repository.Read("docs/samples/requests/review-workshop-ba.json");

    public static AssistanceRequest Request { get; } = StammJson.ReadRequest(RequestJson).OrThrow();

    /// <summary>The sample request with four problems at four paths.</summary>
    public static string InvalidRequestJson { get; } = RequestJson
        .Replace("\"2026-03-02T09:30:00Z\"", "\"2 March 2026\"", StringComparison.Ordinal)
        .Replace("\"email\": \"amra.hodzic@msb.gov.ba\"", "\"email\": \"amra.hodzic\"", StringComparison.Ordinal)
        .Replace("\"end\": \"2026-06-10\"", "\"end\": \"2026-06-01\"", StringComparison.Ordinal)
        .Replace("\"category\": \"travel\"", "\"category\": \"flights\"", StringComparison.Ordinal);

    public static Decision Evaluate(AssistanceRequest request) =>
        new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, AsOf).OrThrow());
}
