#region usings
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;
#endregion

namespace StAMM.Domain.Guides;

/// <summary>docs/guides/json.md (and docs/json.md): storing and exchanging documents as JSON.</summary>
public static class JsonDocuments
{
    /// <summary>The three lines of docs/json.md.</summary>
    public static void ReadWriteProject()
    {
        #region read-write
        var json = StammJson.WriteProject(Stamm.Project);               // write: indented UTF-8 text
        var result = StammJson.ReadProject(json);                       // read: the project, or every problem
        Console.WriteLine(result.IsValid ? result.OrThrow().Title : string.Join("\n", result.Problems));
        #endregion
    }

    /// <summary>Stores a request in a file and reads it back: the same value.</summary>
    public static ValidationResult<AssistanceRequest> StoreRequest(AssistanceRequest request, string path)
    {
        #region store-request
        using (var file = File.Create(path))
            StammJson.WriteRequest(request, file);

        using var stream = File.OpenRead(path);
        var read = StammJson.ReadRequest(stream);  // read.OrThrow() == request
        #endregion
        return read;
    }

    /// <summary>A request document with mistakes: every problem, with its JSON path.</summary>
    public static void ReadInvalid()
    {
        #region read-invalid
        var json = """
            { "kind": "request", "schemaVersion": "1.0", "identifier": "2026-040-RS",
              "submitted": "2026-03-02T10:00:00Z", "activityType": "fieldTrip" }
            """;
        foreach (var problem in StammJson.ReadRequest(json).Problems)
            Console.WriteLine($"{problem.Path}: {problem.Code}");
        #endregion
    }

    /// <summary>Reads a document of any kind and acts on its kind.</summary>
    public static string Describe(string json)
    {
        #region any-kind
        var description = StammJson.Read(json).Match(
            document => document switch
            {
                ProjectDocument p => $"project {p.Project.Acronym}",
                RequestDocument r => $"request {r.Request.Identifier}",
                RuleSetDocument s => $"rule set {s.RuleSet.Name} {s.RuleSet.Version}",
                _ => $"a {document.Kind} document",
            },
            failure => $"unreadable: {failure.Problems[0]}");
        #endregion
        return description;
    }

    /// <summary>Records a decision with its trace, on one line.</summary>
    public static string RecordDecision(Decision decision)
    {
        #region decision
        var record = StammJson.WriteDecision(decision, JsonWriteOptions.Compact);
        #endregion
        return record;
    }
}
