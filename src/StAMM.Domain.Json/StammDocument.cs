using Ardalis.GuardClauses;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Json;

/// <summary>
/// A document read by <see cref="StammJson.Read(ReadOnlySpan{byte}, JsonReadOptions?)"/>, whatever its kind. Switch
/// on the derived type (<see cref="ProjectDocument"/>, <see cref="RequestDocument"/>, <see cref="RuleSetDocument"/>) or on <see cref="Kind"/>.
/// </summary>
public abstract class StammDocument
{
    private protected StammDocument(string kind) => Kind = kind;

    /// <summary>The document's kind, such as <see cref="StammJson.ProjectKind"/>.</summary>
    public string Kind { get; }
}

/// <summary>A project document: one <see cref="TechnicalAssistanceProject"/>.</summary>
public sealed class ProjectDocument : StammDocument
{
    /// <summary>Wraps a project.</summary>
    /// <param name="project">The project.</param>
    public ProjectDocument(TechnicalAssistanceProject project)
        : base(StammJson.ProjectKind) => Project = Guard.Against.Null(project);

    /// <summary>The project.</summary>
    public TechnicalAssistanceProject Project { get; }

    /// <summary>Describes the document.</summary>
    /// <returns>The kind and the project.</returns>
    public override string ToString() => $"project document: {Project}";
}

/// <summary>An assistance-request document: one <see cref="AssistanceRequest"/>.</summary>
public sealed class RequestDocument : StammDocument
{
    /// <summary>Wraps a request.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public RequestDocument(AssistanceRequest request)
        : base(StammJson.RequestKind) => Request = Guard.Against.Null(request);

    /// <summary>The request.</summary>
    public AssistanceRequest Request { get; }

    /// <summary>Describes the document.</summary>
    /// <returns>The kind and the request's identifier and title.</returns>
    public override string ToString() => $"request document: {Request.Identifier} {Request.Title}";
}

/// <summary>A rule-set document: one <see cref="Eligibility.RuleSet"/>.</summary>
public sealed class RuleSetDocument : StammDocument
{
    /// <summary>Wraps a rule set.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public RuleSetDocument(RuleSet ruleSet)
        : base(StammJson.RuleSetKind) => RuleSet = Guard.Against.Null(ruleSet);

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Describes the document.</summary>
    /// <returns>The kind and the rule set.</returns>
    public override string ToString() => $"rule-set document: {RuleSet}";
}
