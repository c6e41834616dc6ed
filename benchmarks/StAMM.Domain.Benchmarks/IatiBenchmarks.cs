using BenchmarkDotNet.Attributes;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// IATI export and import of a generated project with 10,000 activities (a file of 10,001 iati-activity elements,
/// about 20 MB). The import streams: its allocations grow with the file, but what it holds at once is one activity.
/// </summary>
[MemoryDiagnoser]
public class IatiBenchmarks
{
    private const int ActivityCount = 10_000;

    private TechnicalAssistanceProject _project = null!;
    private IatiExportOptions _options = null!;
    private byte[] _file = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_project, _options) = Generated(ActivityCount);
        using var stream = new MemoryStream();
        IatiExport.Write(_project, stream, _options);
        _file = stream.ToArray();
    }

    /// <summary>A project of <paramref name="count"/> generated workshops and the options of its export: the file of the benchmarks and of <c>--iati-generate</c>.</summary>
    internal static (TechnicalAssistanceProject Project, IatiExportOptions Options) Generated(int count)
    {
        var start = new LocalDate(2019, 1, 1);
        var activities = Enumerable.Range(0, count).Select(i => Activity.Create(
            identifier: $"generated-{i}",
            type: ActivityType.Workshop,
            title: $"Generated workshop {i}",
            period: ActivityPeriod.Exact(start.PlusDays(i % 2000), start.PlusDays((i % 2000) + 1)),
            venue: Venue.InPerson("Podgorica", Country.Montenegro).OrThrow(),
            participants: Participants.Create(countries: [Country.Montenegro, Country.Serbia, Country.Kosovo]).OrThrow(),
            funding: [FundingSource.From(Stamm.StateSecretariatForMigration)],
            summary: "A generated activity for the benchmark.").OrThrow());
        var project = TechnicalAssistanceProject.Create(
            "BENCH", "BENCH", "Benchmark project", GeographicScope.Regional(CountryGroup.WesternBalkans), ProjectStatus.Implementation,
            ProjectPeriod.StartingIn(PartialDate.OfMonth(new YearMonth(2018, 12))), Stamm.Icmpd,
            [Finance.Contribution.Create(Stamm.StateSecretariatForMigration).OrThrow()], activities).OrThrow();
        var options = new IatiExportOptions(
            IatiReportingOrganisation.For(Stamm.Icmpd, OrganisationIdentifier.Parse("XI-EXAMPLE-ICMPD")),
            NodaTime.Testing.FakeClock.FromUtc(2026, 3, 1));
        return (project, options);
    }

    /// <summary>The size of the exported file in bytes.</summary>
    public int FileLength => _file.Length;

    /// <summary>Writes the 10,001 activities to a stream that discards them.</summary>
    [Benchmark]
    public void Export10000() => IatiExport.Write(_project, Stream.Null, _options);

    /// <summary>Reads the 10,001 activities, streaming, and keeps none of them.</summary>
    [Benchmark]
    public int Import10000()
    {
        using var stream = new MemoryStream(_file, writable: false);
        var problems = 0;
        foreach (var activity in IatiImport.ReadActivities(stream))
        {
            problems += activity.Problems.Length;
        }

        return problems;
    }

    /// <summary>Checks the 10,001 activities against the XSD and the standard ruleset.</summary>
    [Benchmark]
    public int Check10000()
    {
        using var stream = new MemoryStream(_file, writable: false);
        return new IatiValidator(new IatiValidatorOptions(NodaTime.Testing.FakeClock.FromUtc(2026, 3, 1))).Validate(stream).Findings.Length;
    }
}
