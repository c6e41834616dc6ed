using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Json;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// Writing and reading a project document with <see cref="StammJson"/> (validated domain types) against plain
/// System.Text.Json with its source generator on DTO records of the same shape (no validation). Two documents: the
/// StAMM project as shipped (three activities) and a portfolio of 10 000 activities. The DTOs reject any member they do
/// not map, and the setup checks both writers produce documents of about the same size, so both sides do the same work.
/// Both write compact JSON (<see cref="JsonWriteOptions.Compact"/>).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonBenchmarks
{
    private TechnicalAssistanceProject _project = null!;
    private ProjectDto _dto = null!;
    private byte[] _stammUtf8 = null!;
    private byte[] _dtoUtf8 = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);

    /// <summary>The StAMM project (3 activities) or a portfolio of 10 000.</summary>
    [Params("project", "portfolio10k")]
    public string Document { get; set; } = "project";

    [GlobalSetup]
    public void Setup()
    {
        _project = Document == "project" ? Stamm.Project : Portfolio(10_000);
        _stammUtf8 = System.Text.Encoding.UTF8.GetBytes(StammJson.WriteProject(_project, JsonWriteOptions.Compact));
        _dto = JsonSerializer.Deserialize(_stammUtf8, DtoContext.Default.ProjectDto)
            ?? throw new InvalidOperationException("The DTO did not read the StAMM document.");
        _dtoUtf8 = JsonSerializer.SerializeToUtf8Bytes(_dto, DtoContext.Default.ProjectDto);
        var ratio = (double)_dtoUtf8.Length / _stammUtf8.Length;
        if (_dto.Activities.Length != _project.Activities.Length || ratio is < 0.9 or > 1.1)
        {
            throw new InvalidOperationException($"The DTO document is not equivalent: {_dto.Activities.Length} activities, {ratio:P0} of the StAMM document's size.");
        }

        if (!StammJson.ReadProject(_stammUtf8).IsValid)
        {
            throw new InvalidOperationException("StammJson cannot read its own document.");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("write")]
    public int StammJsonWrite()
    {
        _buffer.ResetWrittenCount();
        StammJson.WriteProject(_project, _buffer, JsonWriteOptions.Compact);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    [BenchmarkCategory("write")]
    public int SystemTextJsonWrite()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _dto, DtoContext.Default.ProjectDto);
        return _buffer.WrittenCount;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("read")]
    public TechnicalAssistanceProject StammJsonRead() => StammJson.ReadProject(_stammUtf8).OrThrow();

    [Benchmark]
    [BenchmarkCategory("read")]
    public ProjectDto? SystemTextJsonRead() => JsonSerializer.Deserialize(_dtoUtf8, DtoContext.Default.ProjectDto);

    // The floors of the routes to read a document (issue 19: "choose by measurement and say why"). Each is a part
    // that a route cannot do without, timed alone: reading into System.Text.Json objects and mapping them to the
    // domain costs at least SystemTextJsonRead + FloorFactories; one pass on a Utf8JsonReader at least
    // FloorReaderPass + FloorFactories; the JsonDocument walk at least FloorParse + FloorFactories.

    /// <summary>Parsing into a <see cref="JsonDocument"/> without its duplicate-name check (the walk proves names distinct instead).</summary>
    [Benchmark]
    [BenchmarkCategory("floor")]
    public int FloorParse()
    {
        using var document = JsonDocument.Parse(_stammUtf8, new JsonDocumentOptions { AllowDuplicateProperties = true });
        return document.RootElement.GetPropertyCount();
    }

    /// <summary>One <see cref="Utf8JsonReader"/> pass over the document, reading nothing out of it.</summary>
    [Benchmark]
    [BenchmarkCategory("floor")]
    public long FloorReaderPass()
    {
        var reader = new Utf8JsonReader(_stammUtf8);
        while (reader.Read())
        {
        }

        return reader.BytesConsumed;
    }

    /// <summary>
    /// The domain's factories for the project and each of its activities, given parts already built: what every route
    /// pays at least to make the domain's values (the parts below an activity are not rebuilt, so this is a floor).
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("floor")]
    public TechnicalAssistanceProject FloorFactories()
    {
        var p = _project;
        var activities = new Activity[p.Activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var a = p.Activities[i];
            activities[i] = Activity.Create(
                a.Identifier, a.Type, a.Title, a.Period, a.Venue, a.Beneficiaries, a.Participants, a.Experts, a.Topics,
                a.TopicCountries, a.Funding, a.Dialogues, a.Documents, a.Summary, a.ThematicAreas).OrThrow();
        }

        return TechnicalAssistanceProject.Create(
            p.Identifier, p.Acronym, p.Title, p.Scope, p.Status, p.Period, p.Implementer, p.Contributions, activities,
            p.ThematicAreas, p.AlternativeTitles, p.Summary, p.Objective, p.OpenToFurtherDonors).OrThrow();
    }

    /// <summary>The StAMM project with <paramref name="count"/> activities, cycled from its three with new identifiers and dates.</summary>
    public static TechnicalAssistanceProject Portfolio(int count)
    {
        var p = Stamm.Project;
        var first = new LocalDate(2019, 1, 7);
        var activities = new List<Activity>(count);
        for (var i = 0; i < count; i++)
        {
            var a = p.Activities[i % p.Activities.Length];
            var start = first.PlusDays(i % 2500);
            activities.Add(Activity.Create(
                $"{a.Identifier}-{i}", a.Type, a.Title, ActivityPeriod.Exact(start, start.PlusDays(i % 3)), a.Venue, a.Beneficiaries, a.Participants,
                a.Experts, a.Topics, a.TopicCountries, a.Funding, a.Dialogues, a.Documents, a.Summary, a.ThematicAreas).OrThrow());
        }

        return TechnicalAssistanceProject.Create(
            p.Identifier, p.Acronym, p.Title, p.Scope, p.Status, p.Period, p.Implementer, p.Contributions, activities,
            p.ThematicAreas, p.AlternativeTitles, p.Summary, p.Objective, p.OpenToFurtherDonors).OrThrow();
    }
}

#pragma warning disable CA1819 // DTOs carry arrays, as a plain System.Text.Json user writes them.
public sealed record ProjectDto(
    [property: JsonPropertyName("$schema")] string? Schema,
    string Kind,
    string SchemaVersion,
    string Identifier,
    string Acronym,
    string Title,
    string[]? AlternativeTitles,
    string? Summary,
    string? Objective,
    string[]? ThematicAreas,
    ScopeDto Scope,
    string Status,
    PeriodDto Period,
    OrganisationDto Implementer,
    ContributionDto[]? Contributions,
    bool OpenToFurtherDonors,
    ActivityDto[] Activities);

public sealed record ScopeDto(string Kind, string[]? Countries, int? Region, ShareDto[]? Shares);

public sealed record ShareDto(string Country, decimal Percentage);

public sealed record PeriodDto(string? Precision, string Start, string? End, string? Month);

public sealed record OrganisationDto(string Name, string? Acronym, string Type, string? Country);

public sealed record NameDto(string Name);

public sealed record DonorDto(OrganisationDto Organisation, NameDto[]? Programmes);

public sealed record MoneyDto(decimal Amount, string Currency);

public sealed record ContributionDto(DonorDto Donor, NameDto? Programme, MoneyDto? Amount, PeriodDto? Period, EarmarksDto? Earmarks);

public sealed record EarmarksDto(string[]? Countries, string[]? ActivityTypes, string[]? Themes);

public sealed record VenueDto(string Mode, string? City, string? Country);

public sealed record InstitutionDto(string Name, string? Acronym, string Country, string Type, InstitutionDto? Parent);

public sealed record ParticipantsDto(int? Count, string[]? Countries, Dictionary<string, int>? CountByCountry, Dictionary<string, int>? BySex, string? Description);

public sealed record FundingDto(DonorDto Donor, NameDto? Programme, MoneyDto? Amount);

public sealed record DocumentDto(string Title, string? Url, string? Category, string? Published, string? Language);

public sealed record ActivityDto(
    string Identifier,
    string Type,
    string Title,
    string? Summary,
    PeriodDto Period,
    VenueDto? Venue,
    InstitutionDto[]? Beneficiaries,
    ParticipantsDto? Participants,
    int? Experts,
    string[]? Topics,
    string[]? TopicCountries,
    string[]? ThematicAreas,
    FundingDto[]? Funding,
    string[]? Dialogues,
    DocumentDto[]? Documents);
#pragma warning restore CA1819

/// <summary>The source-generated System.Text.Json context of the DTOs; unmapped members are errors, so the DTOs cover the document.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ProjectDto))]
public sealed partial class DtoContext : JsonSerializerContext;
