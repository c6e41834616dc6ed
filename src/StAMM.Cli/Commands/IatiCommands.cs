using System.CommandLine;
using System.Globalization;
using NodaTime;
using StAMM.Cli.Io;
using StAMM.Cli.Reports;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Json;
using StAMM.Domain.Organisations;

namespace StAMM.Cli.Commands;

/// <summary><c>stamm export iati</c>, <c>stamm import iati</c> and <c>stamm check iati</c>: IATI 2.03 activity files.</summary>
internal static class IatiCommands
{
    /// <summary>The clock that dates exported files and stands for "now" in the date rules.</summary>
    private static readonly IClock Clock = SystemClock.Instance;

    /// <summary>Adds the three verbs, each with its <c>iati</c> sub-command, to the root command.</summary>
    public static void AddTo(RootCommand root, StammConsole console)
    {
        root.Subcommands.Add(Verb("export", "Write data in another format.", Export(console)));
        root.Subcommands.Add(Verb("import", "Read data from another format.", Import(console)));
        root.Subcommands.Add(Verb("check", "Check a file against a standard.", Check(console)));
    }

    private static Command Verb(string name, string description, Command iati)
    {
        var verb = new Command(name, description);
        verb.Subcommands.Add(iati);
        return verb;
    }

    private static Command Export(StammConsole console)
    {
        var reportingOrg = new Option<string?>("--reporting-org")
        {
            Description = "The IATI organisation identifier of the publisher, which prefixes every activity identifier. Required: ICMPD's identifier is not built in, as it could not be verified.",
        };
        var output = new Option<string?>("--out") { Description = "The file to write, replaced only once it is complete (exit 3 when it cannot be written); standard output when omitted." };
        var footnote = CommonOptions.KosovoFootnote();
        var portfolioFile = new Option<string?>("--portfolio")
        {
            Description = "A portfolio document (.json; - reads standard input) to write instead of the built-in project: its project with the activities delivered through its cases, its contributions, and the money its cases committed and spent up to now as transactions.",
        };
        var command = new Command("iati", "Write the built-in StAMM project, or a portfolio (--portfolio), as an IATI 2.03 activity file (the project as parent activity, its activities as children). Exit 0 written; 2 wrong options or unreadable portfolio; 3 output not writable.");
        command.Options.Add(reportingOrg);
        command.Options.Add(output);
        command.Options.Add(footnote);
        command.Options.Add(portfolioFile);
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

            Domain.Portfolios.Portfolio? portfolio = null;
            if (parsed.GetValue(portfolioFile) is { } portfolioName)
            {
                portfolio = PortfolioCommands.Load(portfolioName, console, error);
                if (portfolio is null)
                {
                    return StammCli.Unreadable;
                }
            }

            // The publisher is the project's implementer: ICMPD for the built-in project.
            var options = new IatiExportOptions(IatiReportingOrganisation.For(portfolio?.Project.Implementer ?? Stamm.Icmpd, identifier.OrThrow()), Clock)
            {
                KosovoDesignation = CommonOptions.Designation(parsed.GetValue(footnote)),
            };
            if (parsed.GetValue(output) is { } file)
            {
                var written = portfolio is null ? 1 + Stamm.Project.Activities.Length : 1 + portfolio.AsOf(options.Clock.GetCurrentInstant()).DeliveredProject.Activities.Length;
                if (!OutputFile.TryWrite(file, stream => Write(stream), out var reason))
                {
                    error.WriteLine($"{file}: cannot be written: {reason}");
                    return StammCli.CannotWrite;
                }

                parsed.InvocationConfiguration.Output.WriteLine($"Wrote {written} IATI activities to {Path.GetFullPath(file)}");
            }
            else
            {
                parsed.InvocationConfiguration.Output.WriteLine(portfolio is null ? IatiExport.ToXml(Stamm.Project, options) : IatiExport.ToXml(portfolio, options));
            }

            return StammCli.Success;

            void Write(Stream stream)
            {
                if (portfolio is null)
                {
                    IatiExport.Write(Stamm.Project, stream, options);
                }
                else
                {
                    IatiExport.Write(portfolio, stream, options);
                }
            }
        });
        return command;
    }

    private static Command Import(StammConsole console)
    {
        var file = new Argument<string>("file") { Description = "The iati-activities file (2.01 to 2.03); - reads standard input." };
        var format = RuleCommands.FormatOption("text (default): each activity as read, with its problems; json: one document (docs/schemas/iati-import.schema.json).");
        var asProject = new Option<bool>("--as-project")
        {
            Description = "Rebuild the technical-assistance project from a hierarchy this library exported (the parent activity and its children): json writes the project document, text the project report; every problem and exit 1 when the file holds no such project.",
        };
        var outFile = OutOption();
        var command = new Command("iati", "Read an IATI activity file and print what was read, with each activity's problems; on a terminal, progress is shown on standard error, and Ctrl+C stops cleanly. Exit 0 read (problems are reported, not fatal; with --as-project, 1 when no project could be rebuilt); 2 not readable; 3 output not writable; 130 cancelled.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(asProject);
        command.Options.Add(outFile);
        command.SetAction(parsed =>
        {
            var json = parsed.GetValue(format) == "json";
            return WithFile(DocumentInput.Named(parsed.GetValue(file)!, console), parsed.InvocationConfiguration.Error, (name, stream) =>
                WithOutput(parsed, parsed.GetValue(outFile), output =>
                {
                    if (parsed.GetValue(asProject))
                    {
                        return IatiProjectReader.Read(stream).Match(
                            project =>
                            {
                                if (json)
                                {
                                    output.Write(StammJson.WriteProject(project));
                                }
                                else
                                {
                                    ProjectReport.Write(output, project, KosovoDesignation.Default);
                                }

                                return StammCli.Success;
                            },
                            failure =>
                            {
                                foreach (var problem in failure.Problems)
                                {
                                    output.WriteLine(problem);
                                }

                                return StammCli.Invalid;
                            });
                    }

                    var counted = new CountingStream(stream);
                    var progress = BatchProgress.Reading(console, output, "import iati", counted.KnownLength);
                    var count = 0;
                    var problems = 0;
                    progress.Run(bar =>
                    {
                        var activities = IatiImport.ReadActivities(counted, null, null, console.Cancellation).Select(activity =>
                        {
                            count++;
                            problems += activity.Problems.Length;
                            bar.Advance(counted.BytesRead, count);
                            return activity;
                        });
                        if (json)
                        {
                            var read = activities.ToList();
                            bar.Advance(counted.BytesRead, count);
                            IatiJson.WriteImport(output, name, read);
                            return;
                        }

                        var lines = bar.Writer;
                        foreach (var activity in activities)
                        {
                            WriteActivity(lines, activity);
                        }

                        lines.Flush();
                        bar.Advance(counted.BytesRead, count);
                    });

                    if (!json)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} activities read; {problems} problems."));
                    }

                    return StammCli.Success;
                }));
        });
        return command;
    }

    private static Command Check(StammConsole console)
    {
        var file = new Argument<string>("file") { Description = "The iati-activities file; - reads standard input." };
        var format = RuleCommands.FormatOption("text (default): one line per finding; json: one document (docs/schemas/iati-check.schema.json).");
        var prefixes = new Option<string[]>("--org-id-prefix")
        {
            Description = "A registration-agency prefix (such as XI-EXAMPLE) that the organisation-identifier rule accepts besides those of the embedded IATI OrganisationRegistrationAgency codelist; may be repeated.",
        };
        var outFile = OutOption();
        var command = new Command("iati", "Check an IATI activity file against the official 2.03 XSD and the standard ruleset; on a terminal, progress is shown on standard error, and Ctrl+C stops cleanly. Exit 0 clean, 1 findings, 2 unreadable, 3 output not writable, 130 cancelled.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(prefixes);
        command.Options.Add(outFile);
        command.SetAction(parsed =>
        {
            var json = parsed.GetValue(format) == "json";
            return WithFile(DocumentInput.Named(parsed.GetValue(file)!, console), parsed.InvocationConfiguration.Error, (name, stream) =>
                WithOutput(parsed, parsed.GetValue(outFile), output =>
                {
                    var options = new IatiValidatorOptions(Clock).AcceptingOrganisationIdentifierPrefixes(parsed.GetValue(prefixes) ?? []);
                    var counted = new CountingStream(stream);
                    if (json)
                    {
                        // One document: the report holds every finding until it is written.
                        IatiValidationReport? report = null;
                        BatchProgress.Reading(console, output, "check iati", counted.KnownLength).Run(bar =>
                        {
                            report = new IatiValidator(options).Validate(counted, new ActivitiesDone(bar, counted), console.Cancellation);
                            bar.Advance(counted.BytesRead, report.ActivityCount);
                        });
                        IatiJson.WriteCheck(output, name, report!);
                        return report!.IsClean ? StammCli.Success : StammCli.Invalid;
                    }

                    // Text: each finding is written as its activity is checked, so that the check of a large file with
                    // many findings holds none of them (issue 20's memory target on a real publisher's file).
                    IatiValidationSummary? summary = null;
                    BatchProgress.Reading(console, output, "check iati", counted.KnownLength).Run(bar =>
                    {
                        summary = new IatiValidator(options).Validate(counted, finding => bar.Line(finding.ToString()), new ActivitiesDone(bar, counted), console.Cancellation);
                        bar.Advance(counted.BytesRead, summary.ActivityCount);
                    });
                    foreach (var skipped in summary!.RulesNotEvaluated)
                    {
                        output.WriteLine($"not evaluated: {skipped}");
                    }

                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.ActivityCount} activities checked: {summary.CriticalCount + summary.ErrorCount} errors, {summary.WarningCount} warnings."));
                    return summary.IsClean ? StammCli.Success : StammCli.Invalid;
                }));
        });
        return command;
    }

    private static Option<string?> OutOption() =>
        new("--out") { Description = "The file to write, replaced only once it is complete, so that an unreadable input or Ctrl+C leaves none (exit 3 when it cannot be written); standard output when omitted." };

    /// <summary>Runs <paramref name="write"/> on standard output, or on the --out file written whole or not at all.</summary>
    private static int WithOutput(ParseResult parsed, string? file, Func<TextWriter, int> write)
    {
        if (file is null)
        {
            return write(parsed.InvocationConfiguration.Output);
        }

        var code = StammCli.Success;
        if (!OutputFile.TryWrite(
            file,
            stream =>
            {
                using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
                code = write(writer);
            },
            out var reason))
        {
            parsed.InvocationConfiguration.Error.WriteLine($"{file}: cannot be written: {reason}");
            return StammCli.CannotWrite;
        }

        return code;
    }

    /// <summary>The checker's progress (activities checked) drawn with the bytes read so far.</summary>
    private sealed class ActivitiesDone(BatchProgress bar, CountingStream stream) : IProgress<int>
    {
        public void Report(int value) => bar.Advance(stream.BytesRead, value);
    }

    /// <summary>Opens the file the one way every command does; a file that is no IATI file at all exits 2 with why.</summary>
    private static int WithFile(DocumentInput file, TextWriter error, Func<string, Stream, int> use)
    {
        var name = file.Name;
        if (!file.TryRead(
            stream =>
            {
                try
                {
                    return use(name, stream);
                }
                catch (IatiFileException ex)
                {
                    error.WriteLine($"{name}: cannot be read: not an IATI activity file ({ex.Problem}{(ex.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $", line {line}") : string.Empty)}): {ex.Message}");
                    return StammCli.Unreadable;
                }
            },
            out var code,
            out var reason))
        {
            error.WriteLine($"{name}: cannot be read: {reason}");
            return StammCli.Unreadable;
        }

        return code;
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
        if (!activity.Tags.IsEmpty)
        {
            output.WriteLine($"  Tags:          {string.Join(", ", activity.Tags.Select(t => $"{t.Code} (vocabulary {t.Vocabulary})"))}");
        }

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
