namespace StAMM.Cli.Tests;

/// <summary>The command line itself: unknown commands, help texts and the documented exit codes.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void An_unknown_command_is_one_message_with_the_closest_command()
    {
        var run = CliRun.Of("projct", "show");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("'projct' is not a command of 'stamm'; did you mean 'project'?\nRun 'stamm --help' for usage.\n");
    }

    [Fact]
    public void An_unknown_sub_command_names_the_closest_sub_command()
    {
        var run = CliRun.Of("rules", "lst");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("'lst' is not a command of 'stamm rules'; did you mean 'list'?\n");
    }

    [Fact]
    public void A_word_close_to_no_command_lists_the_commands()
    {
        var run = CliRun.Of("spaceship");

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("'spaceship' is not a command of 'stamm'; the commands are: project, validate, schema, evaluate, rules, portfolio, export, import, check.\n");
    }

    [Fact]
    public void The_help_documents_every_exit_code()
    {
        var help = CliRun.Of("--help").Output;

        foreach (var code in new[] { "0 success", "1 invalid", "2 input not readable", "3 output not writable", "10 needs review", "11 ineligible", "70 internal error" })
        {
            help.Should().Contain(code);
        }
    }

    [Fact]
    public void The_validate_help_says_it_also_validates_rule_sets() =>
        CliRun.Of("validate", "--help").Output.Should().Contain("rule set");

    [Fact]
    public void Validate_accepts_a_rule_set_document()
    {
        var run = CliRun.WithInput(CliRun.Of("rules", "list", "--format", "json").Output, "validate", "-");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("valid ruleSet document (StAMM eligibility 2026.2");
    }
}
