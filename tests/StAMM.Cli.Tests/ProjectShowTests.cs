namespace StAMM.Cli.Tests;

public sealed class ProjectShowTests
{
    [Fact]
    public void Project_show_succeeds() => CliRun.Of("project", "show").ExitCode.Should().Be(0);

    [Fact]
    public void Project_show_prints_the_title() =>
        CliRun.Of("project", "show").Output.Should().StartWith("StAMM: Short-term technical assistance on Asylum, Migration, and Mobility in Western Balkans");

    [Fact]
    public void Project_show_prints_the_status_and_period() =>
        CliRun.Of("project", "show").Output.Should()
            .Contain("Status:        ongoing").And
            .Contain("Period:        December 2018 to an end not yet known");

    [Fact]
    public void Project_show_names_Kosovo_with_the_designation_and_prints_the_EU_footnote()
    {
        var output = CliRun.Of("project", "show").Output;

        output.Should().Contain("Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia, Serbia");
        output.Should().Contain("* This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.");
    }

    [Fact]
    public void Project_show_uses_the_chosen_footnote() =>
        CliRun.Of("project", "show", "--kosovo-footnote", "icmpd").Output.Should()
            .Contain("* This reference should be understood in the context of UNSCR 1244/99.").And
            .NotContain("ICJ Opinion");

    [Fact]
    public void Project_show_lists_the_donors() =>
        CliRun.Of("project", "show").Output.Should()
            .Contain("Swiss State Secretariat for Migration (SEM)").And
            .Contain("Ministry of the Interior of the Czech Republic (programme: Aid in Place)");

    [Fact]
    public void Project_show_lists_the_three_activities_with_their_dates()
    {
        var output = CliRun.Of("project", "show").Output;

        output.Should().Contain("Activities (3)");
        output.Should().Contain("13 March 2019 to 15 March 2019 (3 days)");
        output.Should().Contain("25 June 2020 to 26 June 2020 (2 days)");
        output.Should().Contain("December 2020 (day not known)");
    }

    [Fact]
    public void Project_show_prints_each_activity_s_themes_and_says_when_they_are_not_known()
    {
        var output = CliRun.Of("project", "show").Output;

        output.Split('\n').Where(l => l.TrimStart().StartsWith("Themes:", StringComparison.Ordinal)).Select(l => l.Trim())
            .Should().Equal("Themes:        Capacity Development, Governance", "Themes:        Capacity Development", "Themes:        Capacity Development", "Themes:        not known");
    }

    [Fact]
    public void An_unknown_footnote_is_a_usage_error()
    {
        var run = CliRun.Of("project", "show", "--kosovo-footnote", "nato");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("nato");
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error() => CliRun.Of("frobnicate").ExitCode.Should().Be(2);
}
