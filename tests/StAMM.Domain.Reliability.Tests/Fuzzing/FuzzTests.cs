namespace StAMM.Domain.Reliability.Tests.Fuzzing;

// Every public reader survives structure-aware mutants of valid documents: it returns a value or clear errors, never
// another exception, a hang or unbounded allocation. The normal run tries a few hundred mutants per reader;
// tests/fuzz.sh sets STAMM_FUZZ_MUTANTS for the long campaign. One class per reader, so readers run in parallel.

[Trait("Category", "Fuzz")]
public sealed class ProjectReaderFuzzTests
{
    [Fact]
    public void The_project_reader_survives_mutated_project_documents() => Fuzz.Survives(Targets.ProjectReader);
}

[Trait("Category", "Fuzz")]
public sealed class RequestReaderFuzzTests
{
    [Fact]
    public void The_request_reader_survives_mutated_request_documents() => Fuzz.Survives(Targets.RequestReader);
}

[Trait("Category", "Fuzz")]
public sealed class RuleSetReaderFuzzTests
{
    [Fact]
    public void The_rule_set_reader_survives_mutated_rule_set_documents() => Fuzz.Survives(Targets.RuleSetReader);
}

[Trait("Category", "Fuzz")]
public sealed class DocumentReaderFuzzTests
{
    [Fact]
    public void The_document_reader_survives_mutants_of_every_sample() => Fuzz.Survives(Targets.DocumentReader);
}

[Trait("Category", "Fuzz")]
public sealed class IatiImporterFuzzTests
{
    [Fact]
    public void The_IATI_importer_survives_mutated_IATI_files() => Fuzz.Survives(Targets.IatiImporter, Fuzz.NormalRun / 3);
}

[Trait("Category", "Fuzz")]
public sealed class IatiCheckerFuzzTests
{
    [Fact]
    public void The_IATI_checker_survives_mutated_IATI_files() => Fuzz.Survives(Targets.IatiChecker, Fuzz.NormalRun / 3);
}

[Trait("Category", "Fuzz")]
public sealed class IatiProjectReaderFuzzTests
{
    [Fact]
    public void The_IATI_project_reader_survives_mutated_IATI_files() => Fuzz.Survives(Targets.IatiProjectReader, Fuzz.NormalRun / 3);
}

[Trait("Category", "Fuzz")]
public sealed class PortfolioReaderFuzzTests
{
    [Fact]
    public void The_portfolio_reader_survives_mutated_portfolio_documents() => Fuzz.Survives(Targets.PortfolioReader, Fuzz.NormalRun / 3);
}

[Trait("Category", "Fuzz")]
public sealed class CaseEventsReaderFuzzTests
{
    [Fact]
    public void The_case_events_reader_survives_mutated_case_events_documents() => Fuzz.Survives(Targets.CaseEventsReader);
}

public sealed partial class MutatorTests
{
    [Fact]
    public void The_mutators_are_deterministic_so_every_mutant_can_be_rebuilt()
    {
        Targets.ProjectReader.Mutant(7, 12345).Should().Equal(Targets.ProjectReader.Mutant(7, 12345));
        Targets.IatiImporter.Mutant(7, 12345).Should().Equal(Targets.IatiImporter.Mutant(7, 12345));
        Targets.ProjectReader.Mutant(7, 1).Should().NotEqual(Targets.ProjectReader.Mutant(7, 2));
    }

    [Fact]
    public void A_mutant_seed_is_the_same_in_every_process()
    {
        // Pinned values: a seed derived from HashCode.Combine (randomised per process) would differ on every run.
        FuzzCampaign.MutantSeed(20260301, 0, 1000).Should().Be(FuzzCampaign.MutantSeed(20260301, 0, 1000));
        new[] { FuzzCampaign.MutantSeed(20260301, 0, 1000), FuzzCampaign.MutantSeed(20260301, 1, 1000), FuzzCampaign.MutantSeed(7, 12345, 1, 'x') }
            .Should().Equal(260278098, 178594767, -826933898);
    }

    [Fact]
    public void The_JSON_mutants_of_a_normal_run_include_escaped_surrogates_inexact_numbers_and_problem_floods()
    {
        var mutants = Enumerable.Range(0, (int)Fuzz.NormalRun).Select(i => System.Text.Encoding.UTF8.GetString(Targets.RequestReader.Mutant(FuzzCampaign.Seed, i))).ToList();

        mutants.Should().Contain(m => LoneHighSurrogate().IsMatch(m), "escaped lone high surrogates are in the palette");
        mutants.Should().Contain(m => m.Contains("\\udc00", StringComparison.Ordinal), "escaped lone low surrogates are in the palette");
        mutants.Should().Contain(m => LoneSurrogateName().IsMatch(m), "names that spell surrogates are in the palette");
        mutants.Should().Contain(m => m.Contains("1E-400", StringComparison.Ordinal) || m.Contains("1.00000000000000000000000000000000001", StringComparison.Ordinal), "inexact numbers are in the palette");
        mutants.Should().Contain(m => m.Contains("\"flood999\"", StringComparison.Ordinal) || m.Contains(string.Concat(Enumerable.Repeat(",\"a\":1", 1000)), StringComparison.Ordinal), "problem floods are in the palette");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])")]
    private static partial System.Text.RegularExpressions.Regex LoneHighSurrogate();

    [System.Text.RegularExpressions.GeneratedRegex(@"""[^""]*\\u[dD][89a-fA-F][0-9a-fA-F]{2}[^""]*"":")]
    private static partial System.Text.RegularExpressions.Regex LoneSurrogateName();
}

internal static class Fuzz
{
    public const long NormalRun = 300;

    public static void Survives(FuzzTarget target, long normal = NormalRun)
    {
        var report = FuzzCampaign.Run(target, FuzzCampaign.Count(normal), FuzzCampaign.Seed);
        FuzzCampaign.Publish(report);
        report.Failures.Should().BeEmpty(
            "every mutant must give a value or clear errors (rebuild one with seed {0} and its index; saved files: {1})",
            report.Seed,
            string.Join(", ", report.Failures.Select(f => f.SavedAs)));
        report.Values.Should().BeGreaterThan(0, "some mutants stay valid, so the value checks ran");
        report.Errors.Should().BeGreaterThan(0, "most mutants are broken, so the error paths ran");
    }
}

public sealed class XmlMutatorPaletteTests
{
    [Fact]
    public void Some_IATI_mutants_flood_an_element_with_attributes()
    {
        var flooded = Enumerable.Range(0, 400)
            .Select(i => System.Text.Encoding.UTF8.GetString(Targets.IatiImporter.Mutant(11, i)))
            .Count(text => text.Contains(" flood99=\"\"", StringComparison.Ordinal));

        flooded.Should().BeGreaterThan(0, "attribute floods are in the palette");
    }
}
