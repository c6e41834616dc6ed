using Ardalis.GuardClauses;
using StAMM.Domain.Projects;

namespace StAMM.Domain.Json;

/// <summary>
/// A document read by <see cref="StammJson.Read(ReadOnlySpan{byte})"/>, whatever its kind. Switch
/// on the derived type (<see cref="ProjectDocument"/>; later kinds add their own) or on <see cref="Kind"/>.
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
