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
        var kind = new Argument<string?>("kind")
        {
            Description = $"The document kind: {string.Join(", ", kinds)} (the last two: the JSON output of import iati and check iati).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        kind.AcceptOnlyFromAmong(kinds);
        var all = new Option<bool>("--all") { Description = "Write the schema of every kind, each under its file name (project.schema.json, ...), into the folder given with --out." };
        var output = new Option<string?>("--out")
        {
            Description = "The file to write (with --all: the folder, created when missing), replaced only once complete; exit 3 when it cannot be written. Standard output when omitted.",
        };
        var schema = new Command(
            "schema",
            "Print or write the JSON Schema (draft 2020-12) of a document kind. A document names its schema by file name in \"$schema\" (such as project.schema.json): " +
            "write the schemas beside your documents (stamm schema --all --out <folder>) and a validator resolves them offline. Exit 0 written; 2 wrong arguments; 3 output not writable.");
        schema.Arguments.Add(kind);
        schema.Options.Add(all);
        schema.Options.Add(output);
        schema.SetAction(parsed =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var name = parsed.GetValue(kind);
            var target = parsed.GetValue(output);
            if (parsed.GetValue(all))
            {
                if (name is not null || target is null)
                {
                    error.WriteLine(name is not null
                        ? "Give a kind or --all, not both."
                        : "--all writes one file per kind: name the folder with --out <folder>.");
                    return StammCli.Unreadable;
                }

                return WriteAll(parsed.InvocationConfiguration.Output, error, kinds, target);
            }

            if (name is null)
            {
                error.WriteLine($"Name a kind ({string.Join(", ", kinds)}) or give --all --out <folder>.");
                return StammCli.Unreadable;
            }

            if (target is null)
            {
                parsed.InvocationConfiguration.Output.Write(SchemaText(name));
                return StammCli.Success;
            }

            if (!OutputFile.TryWrite(target, stream => WriteText(stream, SchemaText(name)), out var reason))
            {
                error.WriteLine($"{target}: cannot be written: {reason}");
                return StammCli.CannotWrite;
            }

            parsed.InvocationConfiguration.Output.WriteLine($"Wrote the {name} schema to {Path.GetFullPath(target)}");
            return StammCli.Success;
        });
        return schema;
    }

    private static int WriteAll(TextWriter output, TextWriter error, string[] kinds, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"{folder}: cannot be created: {(e is ArgumentException or NotSupportedException ? "it is not a valid path." : DocumentInput.Reason(e))}");
            return StammCli.CannotWrite;
        }

        foreach (var name in kinds)
        {
            var path = Path.Combine(folder, SchemaFile(name));
            if (!OutputFile.TryWrite(path, stream => WriteText(stream, SchemaText(name)), out var reason))
            {
                error.WriteLine($"{path}: cannot be written: {reason}");
                return StammCli.CannotWrite;
            }
        }

        output.WriteLine($"Wrote {kinds.Length} schemas ({string.Join(", ", kinds.Select(SchemaFile))}) to {Path.GetFullPath(folder)}");
        return StammCli.Success;
    }

    private static string SchemaText(string kind) => IatiJson.Schema(kind) ?? StammJson.Schema(kind);

    private static string SchemaFile(string kind) => IatiJson.SchemaFile(kind) ?? StammJson.SchemaFile(kind);

    private static void WriteText(Stream stream, string text)
    {
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        stream.Write(bytes);
    }
}
