using System.CommandLine;
using StAMM.Cli.Reports;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Json;

namespace StAMM.Cli.Commands;

/// <summary><c>stamm project ...</c>: the built-in StAMM project.</summary>
internal static class ProjectCommands
{
    public static Command Create()
    {
        var footnote = CommonOptions.KosovoFootnote();
        var format = new Option<string>("--format")
        {
            Description = "text (default): a readable report; json: the project document (docs/json.md).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var show = new Command("show", "Print the built-in StAMM project as a readable report or as a JSON document.");
        show.Options.Add(footnote);
        show.Options.Add(format);
        show.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(format) == "json")
            {
                output.Write(StammJson.WriteProject(Stamm.Project));
                return StammCli.Success;
            }

            var designation = CommonOptions.Designation(parsed.GetValue(footnote));
            ProjectReport.Write(output, Stamm.Project, designation);
            return StammCli.Success;
        });

        var project = new Command("project", "Work with the built-in StAMM project.");
        project.Subcommands.Add(show);
        return project;
    }
}
