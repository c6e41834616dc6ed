using System.CommandLine;
using StAMM.Cli.Reports;
using StAMM.Domain.BuiltIn;

namespace StAMM.Cli.Commands;

/// <summary><c>stamm project ...</c>: the built-in StAMM project.</summary>
internal static class ProjectCommands
{
    public static Command Create()
    {
        var footnote = CommonOptions.KosovoFootnote();
        var show = new Command("show", "Print the built-in StAMM project as a readable report.");
        show.Options.Add(footnote);
        show.SetAction(parsed =>
        {
            var designation = CommonOptions.Designation(parsed.GetValue(footnote));
            ProjectReport.Write(parsed.InvocationConfiguration.Output, Stamm.Project, designation);
            return StammCli.Success;
        });

        var project = new Command("project", "Work with the built-in StAMM project.");
        project.Subcommands.Add(show);
        return project;
    }
}
