using System.CommandLine;
using System.Globalization;
using System.Reflection;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Cli.Commands;

/// <summary>
/// <c>stamm evaluate</c>: decides assistance requests against the built-in StAMM project and rule set (or a rule-set
/// file), one request, a folder of them, a JSON Lines file, or the built-in samples.
/// </summary>
internal static class EvaluationCommands
{
    private const string SamplePrefix = "samples/";

    public static Command Create()
    {
        var input = new Argument<string?>("request")
        {
            Description = "A request document (.json), a folder of them (every *.json, sorted by name) or a JSON Lines file (.jsonl, one request a line).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = new Option<string?>("--as-of") { Description = "The day of evaluation, yyyy-MM-dd; today (UTC) unless given." };
        var rules = RuleCommands.RulesOption();
        var format = RuleCommands.FormatOption("text (default): the decision and its trace; json: the decision document (docs/json.md), one line per request in a batch.");
        var sample = new Option<bool>("--sample") { Description = "Evaluate the built-in sample requests (docs/samples/requests), each on the day it was submitted unless --as-of is given." };
        var evaluate = new Command(
            "evaluate",
            "Decide assistance requests: eligible (exit 0), needs review (10), ineligible (11); unreadable input exits 2. A batch exits 0 when every request was read, 2 otherwise.");
        evaluate.Arguments.Add(input);
        evaluate.Options.Add(asOf);
        evaluate.Options.Add(rules);
        evaluate.Options.Add(format);
        evaluate.Options.Add(sample);
        evaluate.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var json = parsed.GetValue(format) == "json";
            LocalDate? day = null;
            if (parsed.GetValue(asOf) is { } text)
            {
                var result = LocalDatePattern.Iso.Parse(text);
                if (!result.Success)
                {
                    error.WriteLine($"--as-of: '{text}' is not a date in the form yyyy-MM-dd, such as 2026-03-02.");
                    return StammCli.Unreadable;
                }

                day = result.Value;
            }

            if (RuleCommands.LoadRules(parsed.GetValue(rules), error) is not { } ruleSet)
            {
                return StammCli.Unreadable;
            }

            var evaluator = new Evaluator(ruleSet);
            var path = parsed.GetValue(input);
            if (parsed.GetValue(sample))
            {
                if (path is not null)
                {
                    error.WriteLine("Give either a request or --sample, not both.");
                    return StammCli.Unreadable;
                }

                return Samples(evaluator, day, json, output, error);
            }

            if (path is null)
            {
                error.WriteLine("Give a request document, a folder, a .jsonl file, or --sample. Run 'stamm evaluate --help' for usage.");
                return StammCli.Unreadable;
            }

            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
                return Batch(evaluator, day, json, files.Select(f => new BatchItem(Path.GetFileName(f), () => File.ReadAllText(f))).ToList(), output, error);
            }

            if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
            {
                List<BatchItem> lines;
                try
                {
                    lines = [.. File.ReadAllLines(path).Select((line, i) => (line, i)).Where(l => !string.IsNullOrWhiteSpace(l.line)).Select(l => new BatchItem($"line {l.i + 1}", () => l.line))];
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{path}: cannot be read: {e.Message}");
                    return StammCli.Unreadable;
                }

                return Batch(evaluator, day, json, lines, output, error);
            }

            return Single(evaluator, day, json, path, output, error);
        });
        return evaluate;
    }

    /// <summary>The exit code of a decision.</summary>
    public static int ExitCode(DecisionKind kind) => kind switch
    {
        DecisionKind.Eligible => StammCli.Success,
        DecisionKind.NeedsReview => StammCli.NeedsReview,
        _ => StammCli.Ineligible,
    };

    /// <summary>The built-in sample request documents, embedded from docs/samples/requests, by file name.</summary>
    public static IReadOnlyList<(string Name, string Json)> SampleDocuments()
    {
        var assembly = typeof(EvaluationCommands).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(SamplePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[SamplePrefix.Length..], Read(assembly, n)))];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static EvaluationContext Context(LocalDate? asOf) => asOf is { } day
        ? EvaluationContext.CreateAsOf(Stamm.Project, day).OrThrow()
        : EvaluationContext.Create(Stamm.Project, SystemClock.Instance).OrThrow();

    private static int Single(Evaluator evaluator, LocalDate? asOf, bool json, string path, TextWriter output, TextWriter error)
    {
        ValidationResult<AssistanceRequest> read;
        try
        {
            using var stream = File.OpenRead(path);
            read = StammJson.ReadRequest(stream, JsonReadOptions.Default);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: cannot be read: {e.Message}");
            return StammCli.Unreadable;
        }

        if (!read.TryPickT0(out var request, out var failure))
        {
            error.WriteLine($"{path}: not a valid request document ({failure.Problems.Length} problem{(failure.Problems.Length == 1 ? string.Empty : "s")}):");
            foreach (var problem in failure.Problems)
            {
                error.WriteLine($"  {problem}");
            }

            return StammCli.Unreadable;
        }

        if (Decide(evaluator, request, Context(asOf), error) is not { } decision)
        {
            return StammCli.Unreadable;
        }

        Print(decision, json, indented: true, output);
        return ExitCode(decision.Kind);
    }

    private static int Samples(Evaluator evaluator, LocalDate? asOf, bool json, TextWriter output, TextWriter error)
    {
        var first = true;
        foreach (var (name, text) in SampleDocuments())
        {
            var request = StammJson.ReadRequest(text).OrThrow();
            if (Decide(evaluator, request, Context(asOf ?? request.SubmittedOn), error) is not { } decision)
            {
                return StammCli.Unreadable;
            }

            if (!json)
            {
                if (!first)
                {
                    output.WriteLine();
                }

                output.WriteLine($"== sample {name}");
            }

            Print(decision, json, indented: false, output);
            first = false;
        }

        return StammCli.Success;
    }

    private static int Batch(Evaluator evaluator, LocalDate? asOf, bool json, IReadOnlyList<BatchItem> items, TextWriter output, TextWriter error)
    {
        var context = Context(asOf);
        var counts = new Dictionary<DecisionKind, int>();
        var unreadable = 0;
        var progress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ProgressBar(error, items.Count) : null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            string text;
            try
            {
                text = item.Read();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable++;
                output.WriteLine($"{item.Name}\tunreadable\t{e.Message}");
                progress?.Report(i + 1);
                continue;
            }

            var read = StammJson.ReadRequest(text);
            if (!read.TryPickT0(out var request, out var failure))
            {
                unreadable++;
                output.WriteLine($"{item.Name}\tunreadable\t{string.Join("; ", failure.Problems.Take(3))}{(failure.Problems.Length > 3 ? $"; and {failure.Problems.Length - 3} more" : string.Empty)}");
                progress?.Report(i + 1);
                continue;
            }

            if (Decide(evaluator, request, context, errorOut: null) is not { } decision)
            {
                unreadable++;
                output.WriteLine($"{request.Identifier}\tunreadable\t{evaluator.RuleSetFor(request)} is not in force on {IsoDate(request.SubmittedOn)}, when it was submitted");
                progress?.Report(i + 1);
                continue;
            }

            counts[decision.Kind] = counts.GetValueOrDefault(decision.Kind) + 1;
            if (json)
            {
                output.Write(StammJson.WriteDecision(decision, JsonWriteOptions.Compact));
                output.WriteLine();
            }
            else
            {
                output.WriteLine($"{request.Identifier}\t{Name(decision.Kind)}\t{Findings(decision)}");
            }

            progress?.Report(i + 1);
        }

        progress?.Done();
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{items.Count} requests: {counts.GetValueOrDefault(DecisionKind.Eligible)} eligible, {counts.GetValueOrDefault(DecisionKind.NeedsReview)} needs review, {counts.GetValueOrDefault(DecisionKind.Ineligible)} ineligible, {unreadable} unreadable");
        (json ? error : output).WriteLine(summary);
        if (progress is null)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluated {items.Count - unreadable} of {items.Count}"));
        }

        return unreadable == 0 ? StammCli.Success : StammCli.Unreadable;
    }

    /// <summary>Evaluates, turning the evaluator's "rule set not in force" into a reported problem.</summary>
    private static Decision? Decide(Evaluator evaluator, AssistanceRequest request, EvaluationContext context, TextWriter? errorOut)
    {
        try
        {
            return evaluator.Evaluate(request, context);
        }
        catch (ArgumentException e)
        {
            errorOut?.WriteLine($"{request.Identifier}: cannot be evaluated: {e.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }
    }

    private static void Print(Decision decision, bool json, bool indented, TextWriter output)
    {
        if (json)
        {
            output.Write(StammJson.WriteDecision(decision, indented ? JsonWriteOptions.Default : JsonWriteOptions.Compact));
            if (!indented)
            {
                output.WriteLine();
            }

            return;
        }

        DecisionReport.Write(output, decision);
    }

    /// <summary>The codes of the rules that failed or warned, such as <c>fail ACT-LEAD-TIME; warn BUD-DONOR-BALANCE</c>, or <c>-</c>.</summary>
    private static string Findings(Decision decision)
    {
        var findings = decision.Case.Findings;
        var fail = findings.Where(o => o.Status == OutcomeStatus.Fail).Select(o => o.Code).ToList();
        var warn = findings.Where(o => o.Status == OutcomeStatus.Warn).Select(o => o.Code).ToList();
        var parts = new List<string>();
        if (fail.Count > 0)
        {
            parts.Add("fail " + string.Join(",", fail));
        }

        if (warn.Count > 0)
        {
            parts.Add("warn " + string.Join(",", warn));
        }

        return parts.Count == 0 ? "-" : string.Join("; ", parts);
    }

    private static string Name(DecisionKind kind) => kind switch
    {
        DecisionKind.Eligible => "eligible",
        DecisionKind.NeedsReview => "needs review",
        _ => "ineligible",
    };

    private static string IsoDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private sealed record BatchItem(string Name, Func<string> Read);

    /// <summary>A one-line progress bar on an interactive standard error.</summary>
    private sealed class ProgressBar(TextWriter error, int total)
    {
        private const int Width = 30;

        public void Report(int done)
        {
            var filled = total == 0 ? Width : done * Width / total;
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total}"));
        }

        public void Done() => error.WriteLine();
    }

    /// <summary>The text form of a decision: the decision, the rule set, the selected donor, then the trace by stage.</summary>
    private static class DecisionReport
    {
        public static void Write(TextWriter output, Decision decision)
        {
            var c = decision.Case;
            output.WriteLine($"{c.Request.Identifier}: {c.Request.Title}");
            output.WriteLine($"Decision:       {Name(c.Kind)}");
            output.WriteLine($"Rule set:       {c.RuleSetName} {c.RuleSetVersion}, evaluated on {IsoDate(c.EvaluatedOn)}");
            var match = c.MatchDonors();
            output.WriteLine($"Selected donor: {(match.Best is { } best ? best.Balance.ToString() : "none")}");
            foreach (var rejection in match.Rejections)
            {
                output.WriteLine($"  not {rejection.Balance.Contribution}: {rejection.Message}");
            }

            var findings = c.Findings.Length;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Trace:          {c.Outcomes.Length} rules, {findings} finding{(findings == 1 ? string.Empty : "s")}"));
            foreach (var stage in c.Outcomes.GroupBy(o => o.Stage))
            {
                output.WriteLine();
                output.WriteLine(stage.Key.ToString());
                foreach (var outcome in stage)
                {
                    var status = outcome.Status switch
                    {
                        OutcomeStatus.Pass => "pass",
                        OutcomeStatus.Warn => "WARN",
                        OutcomeStatus.Fail => "FAIL",
                        _ => "n/a ",
                    };
                    output.WriteLine($"  {status}  {outcome.Code,-32}{outcome.Message}");
                    if (outcome.IsFinding)
                    {
                        output.WriteLine($"        {Effect(outcome.Effect)}; expected {outcome.Expected}; actual {outcome.Actual}");
                        output.WriteLine($"        remedy: {outcome.RemedyFor(c.Request)}");
                    }
                }
            }
        }

        /// <summary>What a finding does to the decision, in words.</summary>
        private static string Effect(DecisionKind effect) => effect switch
        {
            DecisionKind.Ineligible => "makes it ineligible",
            DecisionKind.NeedsReview => "sends to review",
            _ => "noted only",
        };
    }
}
