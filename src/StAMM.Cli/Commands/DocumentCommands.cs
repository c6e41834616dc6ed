using System.CommandLine;
using StAMM.Cli.Io;
using StAMM.Cli.Reports;
using StAMM.Domain.Json;
using StAMM.Domain.Validation;

namespace StAMM.Cli.Commands;

/// <summary><c>stamm validate &lt;file&gt;</c> and <c>stamm schema &lt;kind&gt;</c>: the JSON documents.</summary>
internal static class DocumentCommands
{
    public static IEnumerable<Command> Create(StammConsole console) => [Validate(console), Schema()];

    private static Command Validate(StammConsole console)
    {
        var file = new Argument<string>("file") { Description = "A JSON document: a project, a request or a rule set, read by its 'kind'; - reads standard input." };
        var validate = new Command("validate", "Read a JSON document (project, request or rule set) and print every problem with its JSON path. Exit code 0: valid; 1: invalid; 2: not readable.");
        validate.Arguments.Add(file);
        validate.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var input = DocumentInput.Named(parsed.GetValue(file)!, console);
            var path = input.Name;
            if (!input.TryRead(stream => StammJson.Read(stream), out var result, out var reason))
            {
                error.WriteLine($"{path}: cannot be read: {reason}");
                return StammCli.Unreadable;
            }

            if (result.TryPickT0(out var document, out var failure))
            {
                output.WriteLine($"{path}: valid {document.Kind} document{Describe(document)}.");
                return StammCli.Success;
            }

            var unreadable = failure.Problems.Any(p => JsonProblemCodes.MeansUnreadable(p.Code));
            var writer = unreadable ? error : output;
            writer.WriteLine($"{path}: {(unreadable ? "not a readable JSON document" : $"{failure.Problems.Length} problem{(failure.Problems.Length == 1 ? string.Empty : "s")}")}:");
            foreach (var problem in failure.Problems)
            {
                writer.WriteLine($"  {problem}");
            }

            return unreadable ? StammCli.Unreadable : StammCli.Invalid;
        });
        return validate;
    }

    private static string Describe(StammDocument document) => document switch
    {
        ProjectDocument p => $" ({p.Project.Acronym}, {p.Project.Activities.Length} activities)",
        RequestDocument r => $" ({r.Request.Identifier}: {r.Request.ActivityType} requested by {r.Request.Requester.Name}, {r.Request.RequesterCountry.Code})",
        RuleSetDocument s => $" ({s.RuleSet}, {s.RuleSet.Rules.Length} rules)",
        _ => string.Empty,
    };

    private static Command Schema()
    {
        string[] kinds = [.. StammJson.DocumentKinds, IatiJson.ImportKind, IatiJson.CheckKind];
        var kind = new Argument<string>("kind") { Description = $"The document kind: {string.Join(", ", kinds)} (the last two: the JSON output of import iati and check iati)." };
        kind.AcceptOnlyFromAmong(kinds);
        var schema = new Command("schema", "Print the JSON Schema (draft 2020-12) of a document kind.");
        schema.Arguments.Add(kind);
        schema.SetAction(parsed =>
        {
            var name = parsed.GetValue(kind)!;
            parsed.InvocationConfiguration.Output.Write(IatiJson.Schema(name) ?? StammJson.Schema(name));
            return StammCli.Success;
        });
        return schema;
    }
}
