using System.Text.RegularExpressions;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Time;

namespace StAMM.Domain.Tests.Readme;

/// <summary>The README's example, compiled and run; a test fails when the README's copy drifts from it.</summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public void The_README_example_runs_and_prints_what_it_promises()
    {
        var output = Run();

        output.Should().Be("StAMM: 3 activities since 2018-12\n4 activities\nKosovo*\n");
    }

    [Fact]
    public void The_README_shows_this_example_verbatim()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests/StAMM.Domain.Tests/Readme/ReadmeExampleTests.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var example = ExampleBody().Match(source).Groups["body"].Value;
        var unindented = string.Join("\n", example.Split('\n').Select(l => l.Length >= 8 ? l[8..] : l.TrimStart())).Trim();

        readme.Should().Contain(unindented);
    }

    private static string Run()
    {
        var writer = new StringWriter { NewLine = "\n" };
        var original = Console.Out;
        Console.SetOut(writer);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(original);
        }

        return writer.ToString();
    }

    private static void Example()
    {
        // README-BEGIN
        // The built-in StAMM project.
        var stamm = Stamm.Project;
        Console.WriteLine($"{stamm.Acronym}: {stamm.Activities.Length} activities since {stamm.Period.Start}");

        // A new activity: the factory returns the activity or every problem with the input.
        var result = Activity.Create(
            identifier: "2021-05-asylum-workshop",
            type: ActivityType.Workshop,
            title: "Regional workshop on asylum procedures",
            period: ActivityPeriod.Exact(new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 11)),
            venue: Venue.InPerson("Podgorica", Country.Montenegro).OrThrow(),
            funding: [FundingSource.From(Stamm.StateSecretariatForMigration)]);

        // Putting it into the project checks that it fits: dates, scope, donors.
        var updated = result.IsValid ? stamm.WithActivity(result.OrThrow()) : null;
        Console.WriteLine(updated?.IsValid == true
            ? $"{updated.OrThrow().Activities.Length} activities"
            : string.Join(Environment.NewLine, updated?.Problems ?? result.Problems));

        // Kosovo as the EU designates it.
        Console.WriteLine(KosovoDesignation.Default.DisplayName(Country.Kosovo)); // Kosovo*
        // README-END
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StAMM.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (StAMM.Domain.sln) was not found.");
    }

    [GeneratedRegex(@"// README-BEGIN\n(?<body>.*?)\n\s*// README-END", RegexOptions.Singleline)]
    private static partial Regex ExampleBody();
}
