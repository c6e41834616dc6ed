using StAMM.Domain.Cases;
using StAMM.Domain.Validation;

namespace StAMM.Domain.EntityFrameworkCore.Storage;

/// <summary>A case event as its JSON document (the <c>caseEvents</c> document of StAMM.Domain.Json).</summary>
internal static class EventDocuments
{
    public static string Write(CaseEvent caseEvent) =>
        throw new NotSupportedException("The caseEvents JSON document is not merged yet.");

    public static ValidationResult<CaseEvent> Read(string json) =>
        throw new NotSupportedException("The caseEvents JSON document is not merged yet.");
}
