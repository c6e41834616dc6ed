namespace StAMM.Cli.Tests;

public sealed class IatiCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("stamm-iati-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    private string Exported()
    {
        var file = PathOf("stamm.xml");
        CliRun.Of("export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD", "--out", file).ExitCode.Should().Be(0);
        return file;
    }

    [Fact]
    public void Export_without_a_reporting_org_says_why_it_is_required()
    {
        var run = CliRun.Of("export", "iati");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--reporting-org <ref> is required").And.Contain("not built in");
    }

    [Fact]
    public void Export_refuses_a_reporting_org_that_is_not_an_identifier() =>
        CliRun.Of("export", "iati", "--reporting-org", "ICMPD").ExitCode.Should().Be(2);

    [Fact]
    public void Export_of_a_portfolio_writes_its_cases_money_checks_clean_and_imports_without_a_problem()
    {
        var file = PathOf("portfolio.xml");
        var sample = Path.Combine(Samples.Root, "docs", "samples", "portfolio", "stamm-portfolio.json");

        var run = CliRun.Of("export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD", "--portfolio", sample, "--out", file);

        run.ExitCode.Should().Be(0, run.Error);
        var xml = File.ReadAllText(file);
        xml.Should().Contain("stamm:event=\"approved\"").And.Contain("stamm:event=\"delivered\"").And.Contain("<transaction-type code=\"4\" />");
        CliRun.Of("check", "iati", file, "--org-id-prefix", "XI-EXAMPLE").ExitCode.Should().Be(0);
        CliRun.Of("import", "iati", file).Output.Should().Contain(" activities read; 0 problems.");
        CliRun.Of("import", "iati", file, "--as-project", "--format", "json").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Export_of_a_portfolio_that_cannot_be_read_exits_2_and_writes_nothing()
    {
        var file = PathOf("portfolio.xml");

        var run = CliRun.Of("export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD", "--portfolio", PathOf("missing.json"), "--out", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("missing.json");
        File.Exists(file).Should().BeFalse();
    }

    [Fact]
    public void Export_writes_the_StAMM_project_to_standard_output()
    {
        var run = CliRun.Of("export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("<iati-identifier>XI-EXAMPLE-ICMPD-StAMM</iati-identifier>").And.Contain("<narrative>Kosovo*</narrative>");
    }

    [Fact]
    public void Export_uses_the_chosen_Kosovo_footnote() =>
        CliRun.Of("export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD", "--kosovo-footnote", "un").Output.Should()
            .Contain("* This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999.<");

    [Fact]
    public void Export_to_a_file_then_check_with_the_example_prefix_accepted_is_clean()
    {
        var run = CliRun.Of("check", "iati", Exported(), "--org-id-prefix", "XI-EXAMPLE");

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("4 activities checked: 0 errors, 0 warnings.");
    }

    [Fact]
    public void Check_evaluates_the_org_id_prefix_rule_from_the_embedded_codelist_without_naming_a_dotnet_type()
    {
        var run = CliRun.Of("check", "iati", Exported());

        run.ExitCode.Should().Be(1, run.Output);
        run.Output.Should().Contain("1.14.8").And.Contain("'XI-EXAMPLE-ICMPD' does not start with a known registration-agency prefix")
            .And.NotContain("not evaluated").And.NotContain("IatiValidatorOptions");
    }

    [Fact]
    public void Import_prints_each_activity_and_its_problems()
    {
        var run = CliRun.Of("import", "iati", Exported());

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Activity 1: XI-EXAMPLE-ICMPD-StAMM").And
            .Contain("Status:        Implementation").And
            .Contain("AL 16.67%").And
            .Contain("Related:       child XI-EXAMPLE-ICMPD-StAMM-2020-12-covid-19-assessment").And
            .Contain("Tags:          capacityDevelopment (vocabulary 99)").And
            .Contain("Problems (0)").And
            .Contain("4 activities read; 0 problems."); // the tags (thematic areas, dialogues) are read, the extension is allowed
    }

    [Fact]
    public void Import_lists_the_problems_of_an_imperfect_file()
    {
        var file = PathOf("imperfect.xml");
        File.WriteAllText(file, """
            <iati-activities version="2.03"><iati-activity><iati-identifier>XM-EXAMPLE-1-A</iati-identifier>
            <title><narrative>A</narrative></title><recipient-country code="QQ"/></iati-activity></iati-activities>
            """);

        var run = CliRun.Of("import", "iati", file);

        run.Output.Should().Contain("/iati-activities/iati-activity[1]/recipient-country[1]/@code: 'QQ' is not a code of the IATI Country codelist.");
    }

    [Fact]
    public void Import_refuses_an_unknown_format() =>
        CliRun.Of("import", "iati", Exported(), "--format", "xml").ExitCode.Should().Be(2);

    [Fact]
    public void Check_prints_each_failure_and_exits_1()
    {
        var file = PathOf("broken.xml");
        File.WriteAllText(file, File.ReadAllText(Exported()).Replace("percentage=\"16.67\"", "percentage=\"50\"", StringComparison.Ordinal));

        var run = CliRun.Of("check", "iati", file);

        run.ExitCode.Should().Be(1);
        // The project names its region (89), so the countries' percentages are summed with it: rule 3.4.2, not 3.1.2.
        run.Output.Should().Contain("error 3.4.2 [XI-EXAMPLE-ICMPD-StAMM] /iati-activities/iati-activity[1]");
    }

    [Fact]
    public void Check_of_a_hostile_file_exits_2_and_names_the_DTD()
    {
        var file = PathOf("xxe.xml");
        File.WriteAllText(file, """<?xml version="1.0"?><!DOCTYPE x [ <!ENTITY e SYSTEM "file:///etc/passwd"> ]><iati-activities version="2.03">&e;</iati-activities>""");

        var run = CliRun.Of("check", "iati", file);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("DtdProhibited");
    }

    [Fact]
    public void Check_of_a_missing_file_exits_2() =>
        CliRun.Of("check", "iati", PathOf("none.xml")).ExitCode.Should().Be(2);

    [Fact]
    public void Export_to_standard_output_then_import_from_standard_input_round_trips()
    {
        var exported = CliRun.Of("export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD").Output;

        var run = CliRun.WithInput(exported, "import", "iati", "-");

        run.Output.Should().Contain("Activity 1: XI-EXAMPLE-ICMPD-StAMM").And.Contain("4 activities read; 0 problems.");
    }

    [Fact]
    public void An_exported_project_imported_as_a_project_is_the_built_in_project_document()
    {
        var exported = CliRun.Of("export", "iati", "--reporting-org", "XI-EXAMPLE-ICMPD").Output;

        var run = CliRun.WithInput(exported, "import", "iati", "-", "--as-project", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(CliRun.Of("project", "show", "--format", "json").Output);
    }

    [Fact]
    public void A_file_without_a_project_hierarchy_imported_as_a_project_lists_its_problems_and_exits_1()
    {
        const string Xml = """<iati-activities version="2.03"><iati-activity><iati-identifier>XX-1</iati-identifier></iati-activity></iati-activities>""";

        var run = CliRun.WithInput(Xml, "import", "iati", "-", "--as-project");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("iati-");
    }
}
