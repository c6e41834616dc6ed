using System.CommandLine;
using System.Globalization;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Organisations;

namespace StAMM.Cli.Commands;

/// <summary><c>stamm export iati</c>, <c>stamm import iati</c> and <c>stamm check iati</c>: IATI 2.03 activity files.</summary>
internal static class IatiCommands
{
    /// <summary>The clock that dates exported files and stands for "now" in the date rules.</summary>
    private static readonly IClock Clock = SystemClock.Instance;

    /// <summary>Adds the three verbs, each with its <c>iati</c> sub-command, to the root command.</summary>
    public static void AddTo(RootCommand root)
    {
        root.Subcommands.Add(Verb("export", "Write data in another format.", Export()));
        root.Subcommands.Add(Verb("import", "Read data from another format.", Import()));
        root.Subcommands.Add(Verb("check", "Check a file against a standard.", Check()));
    }

    private static Command Verb(string name, string description, Command iati)
    {
        var verb = new Command(name, description);
        verb.Subcommands.Add(iati);
        return verb;
    }

    private static Command Export()
    {
        var reportingOrg = new Option<string?>("--reporting-org")
        {
            Description = "The IATI organisation identifier of the publisher, which prefixes every activity identifier. Required: ICMPD's identifier is not built in, as it could not be verified.",
        };
        var output = new Option<FileInfo?>("--out") { Description = "The file to write; standard output when omitted." };
        var footnote = CommonOptions.KosovoFootnote();
        var command = new Command("iati", "Write the built-in StAMM project as an IATI 2.03 activity file (the project as parent activity, its activities as children).");
        command.Options.Add(reportingOrg);
        command.Options.Add(output);
        command.Options.Add(footnote);
        command.SetAction(parsed =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var reference = parsed.GetValue(reportingOrg);
            if (string.IsNullOrWhiteSpace(reference))
            {
                error.WriteLine("--reporting-org <ref> is required: the IATI organisation identifier under which the file is published.");
                error.WriteLine("ICMPD's IATI identifier is not built in because no authoritative source for it could be verified; see docs/iati.md.");
                return StammCli.Unreadable;
            }

            var identifier = OrganisationIdentifier.Create(reference);
            if (!identifier.IsValid)
            {
                error.WriteLine($"--reporting-org '{reference}' is not an organisation identifier: {identifier.Problems[0].Message}");
                return StammCli.Unreadable;
            }

            var options = new IatiExportOptions(IatiReportingOrganisation.For(Stamm.Icmpd, identifier.OrThrow()), Clock)
            {
                KosovoDesignation = CommonOptions.Designation(parsed.GetValue(footnote)),
            };
            if (parsed.GetValue(output) is { } file)
            {
                using var stream = file.Create();
                IatiExport.Write(Stamm.Project, stream, options);
                parsed.InvocationConfiguration.Output.WriteLine($"Wrote {1 + Stamm.Project.Activities.Length} IATI activities to {file.FullName}");
            }
            else
            {
                parsed.InvocationConfiguration.Output.WriteLine(IatiExport.ToXml(Stamm.Project, options));
            }

            return StammCli.Success;
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "The iati-activities file (2.01 to 2.03)." };
        var format = new Option<string>("--format")
        {
            Description = "The output format: text (a JSON format will come with the JSON package).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text");
        var command = new Command("iati", "Read an IATI activity file and print what was read, with each activity's problems.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            return WithFile(parsed.GetValue(file)!, parsed.InvocationConfiguration.Error, stream =>
            {
                var count = 0;
                var problems = 0;
                foreach (var activity in IatiImport.ReadActivities(stream))
                {
                    count++;
                    problems += activity.Problems.Length;
                    WriteActivity(output, activity);
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} activities read; {problems} problems."));
                return StammCli.Success;
            });
        });
        return command;
    }

    private static Command Check()
    {
        var file = new Argument<FileInfo>("file") { Description = "The iati-activities file." };
        var prefixes = new Option<string[]>("--org-id-prefix")
        {
            Description = "A registration-agency prefix (such as XI-EXAMPLE) that the organisation-identifier rule accepts besides those of the embedded IATI OrganisationRegistrationAgency codelist; may be repeated.",
        };
        var command = new Command("iati", "Check an IATI activity file against the official 2.03 XSD and the standard ruleset. Exit 0 clean, 1 findings, 2 unreadable.");
        command.Arguments.Add(file);
        command.Options.Add(prefixes);
        command.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            return WithFile(parsed.GetValue(file)!, parsed.InvocationConfiguration.Error, stream =>
            {
                var options = new IatiValidatorOptions(Clock).AcceptingOrganisationIdentifierPrefixes(parsed.GetValue(prefixes) ?? []);
                var report = new IatiValidator(options).Validate(stream);
                foreach (var finding in report.Findings)
                {
                    output.WriteLine(finding);
                }

                foreach (var skipped in report.RulesNotEvaluated)
                {
                    output.WriteLine($"not evaluated: {skipped}");
                }

                var errors = report.Findings.Count(f => f.Severity != IatiSeverity.Warning);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.ActivityCount} activities checked: {errors} errors, {report.Findings.Length - errors} warnings."));
                return report.IsClean ? StammCli.Success : StammCli.Invalid;
            });
        });
        return command;
    }

    private static int WithFile(FileInfo file, TextWriter error, Func<Stream, int> use)
    {
        if (!file.Exists)
        {
            error.WriteLine($"No such file: {file.FullName}");
            return StammCli.Unreadable;
        }

        try
        {
            using var stream = file.OpenRead();
            return use(stream);
        }
        catch (IatiFileException ex)
        {
            error.WriteLine($"Cannot read {file.Name} ({ex.Problem}): {ex.Message}");
            return StammCli.Unreadable;
        }
    }

    private static void WriteActivity(TextWriter output, IatiImportedActivity activity)
    {
        output.WriteLine($"Activity {activity.Index}: {activity.Identifier ?? "(no identifier)"}");
        output.WriteLine($"  Title:         {activity.Title ?? "(none)"}");
        output.WriteLine($"  Status:        {activity.Status?.ToString() ?? "(unknown)"}");
        output.WriteLine($"  Period:        {activity.Period?.ToString() ?? "(unknown)"}");
        output.WriteLine($"  Countries:     {(activity.Countries.IsEmpty ? "(none)" : string.Join(", ", activity.Countries.Select(c => c.Percentage is null ? c.Code : string.Create(CultureInfo.InvariantCulture, $"{c.Code} {c.Percentage}%"))))}");
        if (!activity.Regions.IsEmpty)
        {
            output.WriteLine($"  Regions:       {string.Join(", ", activity.Regions.Select(r => r.Code))}");
        }

        foreach (var participant in activity.Participants)
        {
            output.WriteLine($"  Organisation:  {participant.Organisation.DisplayName} ({participant.Role?.ToString().ToLowerInvariant() ?? "unknown role"})");
        }

        output.WriteLine($"  Sectors:       {(activity.Sectors.IsEmpty ? "(none)" : string.Join(", ", activity.Sectors.Select(s => $"{s.Code} (vocabulary {s.Vocabulary})")))}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Money:         {activity.Budgets.Length} budgets, {activity.Transactions.Length} transactions"));
        foreach (var related in activity.RelatedActivities)
        {
            output.WriteLine($"  Related:       {related.Relationship.ToString().ToLowerInvariant()} {related.Ref}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Problems ({activity.Problems.Length}){(activity.Problems.IsEmpty ? string.Empty : ":")}"));
        foreach (var problem in activity.Problems)
        {
            output.WriteLine($"    - {problem}");
        }
    }
}
