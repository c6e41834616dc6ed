namespace StAMM.Domain.Reliability.Tests.Fuzzing;

/// <summary>
/// Every public reader survives structure-aware mutants of valid documents: it returns a value or clear errors, never
/// another exception, a hang or unbounded allocation. The normal run tries a few hundred mutants per reader;
/// <c>tests/fuzz.sh</c> sets <c>STAMM_FUZZ_MUTANTS</c> for the long campaign.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FuzzTests
{
    private const long NormalRun = 300;

    [Fact]
    public void The_project_reader_survives_mutated_project_documents() => Survives(Targets.ProjectReader);

    [Fact]
    public void The_request_reader_survives_mutated_request_documents() => Survives(Targets.RequestReader);

    [Fact]
    public void The_rule_set_reader_survives_mutated_rule_set_documents() => Survives(Targets.RuleSetReader);

    [Fact]
    public void The_document_reader_survives_mutants_of_every_sample() => Survives(Targets.DocumentReader);

    [Fact]
    public void The_IATI_importer_survives_mutated_IATI_files() => Survives(Targets.IatiImporter, NormalRun / 3);

    [Fact]
    public void The_IATI_checker_survives_mutated_IATI_files() => Survives(Targets.IatiChecker, NormalRun / 3);

    [Fact]
    public void The_mutators_are_deterministic_so_every_mutant_can_be_rebuilt()
    {
        Targets.ProjectReader.Mutant(7, 12345).Should().Equal(Targets.ProjectReader.Mutant(7, 12345));
        Targets.IatiImporter.Mutant(7, 12345).Should().Equal(Targets.IatiImporter.Mutant(7, 12345));
        Targets.ProjectReader.Mutant(7, 1).Should().NotEqual(Targets.ProjectReader.Mutant(7, 2));
    }

    private static void Survives(FuzzTarget target, long normal = NormalRun)
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
