using StAMM.Domain.Cases;
using StAMM.Domain.Json;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Validation;

namespace StAMM.Domain.EntityFrameworkCore.Storage;

/// <summary>A case event as its JSON document: StAMM.Domain.Json's case event (one line of the caseEvents stream).</summary>
internal static class EventDocuments
{
    /// <summary>The event's document; <paramref name="portfolio"/> holds the contribution a commitment names by position.</summary>
    public static string Write(CaseEvent caseEvent, Portfolio portfolio) => StammJson.WriteCaseEvent(caseEvent, portfolio);

    /// <summary>
    /// Reads an event onto the portfolio before it: the portfolio with the event, if the domain allows it (a recorded
    /// decision is made again on that portfolio and must come out the same).
    /// </summary>
    public static ValidationResult<Portfolio> Read(string json, Portfolio onto) => StammJson.ReadCaseEvent(json, onto);
}
