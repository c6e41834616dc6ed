using StAMM.Domain.Cases;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Validation;

namespace StAMM.Domain.EntityFrameworkCore.Storage;

/// <summary>A case event as its JSON document (StAMM.Domain.Json's case event).</summary>
internal static class EventDocuments
{
    /// <summary>The event's document; <paramref name="portfolio"/> holds the contribution a commitment names.</summary>
    public static string Write(CaseEvent caseEvent, Portfolio portfolio) =>
        throw new NotSupportedException("The caseEvents JSON document is not merged yet.");

    /// <summary>Reads an event onto the portfolio before it: the portfolio with the event, if the domain allows it.</summary>
    public static ValidationResult<Portfolio> Read(string json, Portfolio onto) =>
        throw new NotSupportedException("The caseEvents JSON document is not merged yet.");
}
