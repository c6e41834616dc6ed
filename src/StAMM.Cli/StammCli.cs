using System.CommandLine;
using StAMM.Cli.Commands;

namespace StAMM.Cli;

/// <summary>The <c>stamm</c> command line: one root command, one sub-command group per file in Commands/.</summary>
internal static class StammCli
{
    /// <summary>Exit code: success (and, for <c>validate</c>, a valid document).</summary>
    public const int Success = 0;

    /// <summary>Exit code: the input was read but is invalid.</summary>
    public const int Invalid = 1;

    /// <summary>Exit code: the input could not be read at all, or the command line was wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>Exit code of <c>evaluate</c>: the request needs review.</summary>
    public const int NeedsReview = 10;

    /// <summary>Exit code of <c>evaluate</c>: the request is ineligible.</summary>
    public const int Ineligible = 11;

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("stamm: the StAMM.Domain command line (technical assistance on asylum, migration and mobility).");
        root.Subcommands.Add(ProjectCommands.Create());
        DocumentCommands.Create().ToList().ForEach(root.Subcommands.Add);
        root.Subcommands.Add(EvaluationCommands.Create());
        root.Subcommands.Add(RuleCommands.Create());
        IatiCommands.AddTo(root);

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'stamm --help' for usage.");
            return Unreadable;
        }

        return parsed.Invoke(configuration);
    }
}
