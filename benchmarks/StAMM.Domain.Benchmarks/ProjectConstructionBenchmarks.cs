using BenchmarkDotNet.Attributes;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Benchmarks;

/// <summary>What it costs to build and validate the StAMM project through the public factories.</summary>
[MemoryDiagnoser]
public class ProjectConstructionBenchmarks
{
    private readonly TechnicalAssistanceProject _stamm = Stamm.Project;

    /// <summary>The project factory with its three activities: every invariant is checked.</summary>
    [Benchmark(Baseline = true)]
    public ValidationResult<TechnicalAssistanceProject> BuildStammProject() => TechnicalAssistanceProject.Create(
        identifier: _stamm.Identifier,
        acronym: _stamm.Acronym,
        title: _stamm.Title,
        scope: _stamm.Scope,
        status: _stamm.Status,
        period: _stamm.Period,
        implementer: _stamm.Implementer,
        contributions: _stamm.Contributions,
        activities: _stamm.Activities,
        thematicAreas: _stamm.ThematicAreas,
        alternativeTitles: _stamm.AlternativeTitles,
        summary: _stamm.Summary,
        objective: _stamm.Objective,
        openToFurtherDonors: _stamm.OpenToFurtherDonors);

    /// <summary>One activity factory call, as the JSON reader and request intake make it.</summary>
    [Benchmark]
    public ValidationResult<Activity> BuildNegotiationTraining()
    {
        var a = Stamm.NegotiationSkillsTraining;
        return Activity.Create(
            a.Identifier,
            a.Type,
            a.Title,
            a.Period,
            a.Venue,
            a.Beneficiaries,
            a.Participants,
            a.Experts,
            a.Topics,
            a.TopicCountries,
            a.Funding,
            a.Dialogues,
            a.Documents,
            a.Summary,
            a.ThematicAreas);
    }

    /// <summary>A regional scope over the Western Balkans six, the commonest scope.</summary>
    [Benchmark]
    public GeographicScope BuildWesternBalkansScope() => GeographicScope.Regional(CountryGroup.WesternBalkans);
}
