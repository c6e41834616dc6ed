using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using NodaTime;
using NodaTime.Text;
using OneOf;
using StAMM.Cli.Io;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Portfolios;
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

    public static Command Create(StammConsole console)
    {
        var input = new Argument<string?>("request")
        {
            Description = "A request document (.json; - reads standard input), a folder of them (every *.json, sorted by name) or a JSON Lines file (.jsonl, one request a line, each within the document size limit).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = new Option<string?>("--as-of") { Description = "The day of evaluation, yyyy-MM-dd; today (UTC) unless given. It may not precede a request's submission day, and the rule set must be in force on it." };
        var rules = RuleCommands.RulesOption();
        var format = RuleCommands.FormatOption("text (default): the decision and its trace; json: the decision document (docs/json.md), one line per request in a batch.");
        var portfolioFile = PortfolioCommands.PortfolioOption();
        var sample = new Option<bool>("--sample") { Description = "Evaluate the built-in sample requests (docs/samples/requests), each on the day it was submitted unless --as-of is given." };
        var evaluate = new Command(
            "evaluate",
            "Decide assistance requests: eligible (exit 0), needs review (10), ineligible (11); a request that cannot be read or evaluated exits 2. " +
            "A batch (folder or .jsonl) prints one line per request and a summary, and exits 0 when every request was decided, 2 otherwise; output that cannot be written exits 3.");
        evaluate.Arguments.Add(input);
        evaluate.Options.Add(asOf);
        evaluate.Options.Add(rules);
        evaluate.Options.Add(format);
        evaluate.Options.Add(portfolioFile);
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

            var path = parsed.GetValue(input);
            var portfolioPath = parsed.GetValue(portfolioFile);
            if (new[] { path, parsed.GetValue(rules), portfolioPath }.Count(p => p == DocumentInput.StandardInputName) > 1)
            {
                error.WriteLine("Standard input (-) can be read only once: give the request, the rule set or the portfolio as a file.");
                return StammCli.Unreadable;
            }

            if (portfolioPath is not null && parsed.GetValue(rules) is not null)
            {
                error.WriteLine("Give either --rules or --portfolio: a portfolio brings its own rule-set versions.");
                return StammCli.Unreadable;
            }

            Basis evaluator;
            if (portfolioPath is not null)
            {
                if (PortfolioCommands.Load(portfolioPath, console, error) is not { } portfolio)
                {
                    return StammCli.Unreadable;
                }

                evaluator = Basis.Of(portfolio);
            }
            else if (RuleCommands.LoadRules(parsed.GetValue(rules), console, error) is { } ruleSet)
            {
                evaluator = Basis.Of(new Evaluator(ruleSet));
            }
            else
            {
                return StammCli.Unreadable;
            }

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

            var today = day ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            if (path != DocumentInput.StandardInputName && Directory.Exists(path))
            {
                List<string> files;
                try
                {
                    files = [.. Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal)];
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{path}: cannot be read: {DocumentInput.Reason(e)}");
                    return StammCli.Unreadable;
                }

                var batch = new Batch(evaluator, today, json, console, output, error);
                return batch.Run("evaluating " + path, files.Count, progress =>
                {
                    for (var i = 0; i < files.Count; i++)
                    {
                        batch.Item(progress, Path.GetFileName(files[i]), DocumentInput.File(files[i]).TryRead(ReadRequest, out var read, out var reason) ? read : reason);
                        progress.Advance(i + 1);
                    }
                });
            }

            if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
            {
                return JsonLinesBatch(new Batch(evaluator, today, json, console, output, error), DocumentInput.File(path));
            }

            return Single(evaluator, today, json, DocumentInput.Named(path, console), output, error);
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

    /// <summary>
    /// What a request is decided against: the built-in project with one rule set, or a portfolio, which gives the
    /// context as it stood at the end of the day of evaluation and the rule-set version in force on the submission day.
    /// </summary>
    private sealed class Basis
    {
        private readonly Evaluator? _evaluator;
        private readonly Portfolio? _portfolio;
        private readonly Dictionary<RuleSet, Evaluator> _evaluators = [];

        private Basis(Evaluator? evaluator, Portfolio? portfolio)
        {
            _evaluator = evaluator;
            _portfolio = portfolio;
        }

        public static Basis Of(Evaluator evaluator) => new(evaluator, null);

        public static Basis Of(Portfolio portfolio) => new(null, portfolio);

        public EvaluationContext Context(LocalDate day) =>
            _portfolio is null ? EvaluationContext.CreateAsOf(Stamm.Project, day).OrThrow() : _portfolio.ContextOn(day);

        /// <summary>The evaluator of a request, or null when the portfolio has no rule-set version in force on its submission day.</summary>
        public Evaluator? For(AssistanceRequest request)
        {
            if (_evaluator is not null)
            {
                return _evaluator;
            }

            if (_portfolio!.RuleSetInForceOn(request.SubmittedOn) is not { } set)
            {
                return null;
            }

            if (!_evaluators.TryGetValue(set, out var evaluator))
            {
                evaluator = new Evaluator(set);
                _evaluators[set] = evaluator;
            }

            return evaluator;
        }
    }

    private static ValidationResult<AssistanceRequest> ReadRequest(Stream stream) => StammJson.ReadRequest(stream, JsonReadOptions.Default);

    private static int Single(Basis evaluator, LocalDate day, bool json, DocumentInput input, TextWriter output, TextWriter error)
    {
        if (!input.TryRead(ReadRequest, out var read, out var reason))
        {
            error.WriteLine($"{input.Name}: cannot be read: {reason}");
            return StammCli.Unreadable;
        }

        if (!read.TryPickT0(out var request, out var failure))
        {
            error.WriteLine($"{input.Name}: not a valid request document ({failure.Problems.Length} problem{(failure.Problems.Length == 1 ? string.Empty : "s")}):");
            foreach (var problem in failure.Problems)
            {
                error.WriteLine($"  {problem}");
            }

            return StammCli.Unreadable;
        }

        if (!TryDecide(evaluator, request, evaluator.Context(day), out var decision, out var refusal))
        {
            error.WriteLine($"{request.Identifier}: cannot be evaluated: {refusal}");
            return StammCli.Unreadable;
        }

        Print(decision, json, indented: true, output);
        return ExitCode(decision.Kind);
    }

    private static int Samples(Basis evaluator, LocalDate? asOf, bool json, TextWriter output, TextWriter error)
    {
        var first = true;
        foreach (var (name, text) in SampleDocuments())
        {
            var request = StammJson.ReadRequest(text).OrThrow();
            if (!TryDecide(evaluator, request, evaluator.Context(asOf ?? request.SubmittedOn), out var decision, out var refusal))
            {
                error.WriteLine($"{request.Identifier}: cannot be evaluated: {refusal}");
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

    /// <summary>
    /// A JSON Lines batch, read as a stream a line at a time (memory for one line, whatever the file's size); a line
    /// over the document limit is that line's problem, and a read error part-way ends the batch with its summary.
    /// </summary>
    private static int JsonLinesBatch(Batch batch, DocumentInput file)
    {
        if (!file.TryOpen(out var stream, out var reason))
        {
            batch.Error.WriteLine($"{file.Name}: cannot be read: {reason}");
            return StammCli.Unreadable;
        }

        using (stream)
        {
            long? length = stream.CanSeek ? stream.Length : null;
            return batch.Run("evaluating " + file.Name, length, progress =>
            {
                using var lines = JsonLines.Read(stream, JsonReadOptions.Default.MaxDocumentBytes).GetEnumerator();
                var number = 0;
                while (true)
                {
                    try
                    {
                        if (!lines.MoveNext())
                        {
                            break;
                        }
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        batch.Item(progress, $"after line {number}", $"the rest of {file.Name} cannot be read: {DocumentInput.Reason(e)}");
                        break;
                    }

                    var line = lines.Current;
                    number = line.Number;
                    OneOf<ValidationResult<AssistanceRequest>, string> read;
                    if (line.TooLong)
                    {
                        read = (ValidationResult<AssistanceRequest>)TooLong(line);
                    }
                    else
                    {
                        try
                        {
                            using var bytes = line.Open();
                            read = ReadRequest(bytes);
                        }
                        catch (Exception e) when (e is not (OutputFailedException or OutOfMemoryException))
                        {
                            read = DocumentInput.ReaderFailed(e);
                        }
                    }

                    batch.Item(progress, $"line {line.Number}", read);
                    progress.Advance(line.End);
                }
            });
        }
    }

    /// <summary>A line longer than one document may be: the reader's "too large" problem, for the line that was skipped unread.</summary>
    private static ValidationFailure TooLong(JsonLine line) => new(
        JsonProblemCodes.DocumentTooLarge,
        "$",
        string.Create(CultureInfo.InvariantCulture, $"Line {line.Number} has more than {JsonReadOptions.Default.MaxDocumentBytes} bytes, the most accepted for one document."));

    /// <summary>
    /// Evaluates the request, or says why it cannot be: a day of evaluation before the request was submitted, or a
    /// rule set not in force on the submission day or on the day of evaluation. These are checked here, before the
    /// evaluator is called, so that each is a message naming the days, never an exception.
    /// </summary>
    private static bool TryDecide(Basis basis, AssistanceRequest request, EvaluationContext context, [MaybeNullWhen(false)] out Decision decision, out string refusal)
    {
        decision = null;
        var day = context.Today;
        if (basis.For(request) is not { } evaluator)
        {
            refusal = $"no rule-set version of the portfolio is in force on {IsoDate(request.SubmittedOn)}, when it was submitted.";
            return false;
        }

        var set = evaluator.RuleSetFor(request);
        if (day < request.SubmittedOn)
        {
            refusal = $"the day of evaluation {IsoDate(day)} is before the request was submitted on {IsoDate(request.SubmittedOn)}.";
            return false;
        }

        if (!set.IsInForceOn(request.SubmittedOn))
        {
            refusal = $"{set} is not in force on {IsoDate(request.SubmittedOn)}, when it was submitted.";
            return false;
        }

        if (!set.IsInForceOn(day))
        {
            refusal = $"{set} is not in force on {IsoDate(day)}, the day of evaluation.";
            return false;
        }

        try
        {
            decision = evaluator.Evaluate(request, context);
            refusal = string.Empty;
            return true;
        }
        catch (ArgumentException e)
        {
            refusal = e.Message.Split(" (Parameter", 2)[0];
            return false;
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

    /// <summary>
    /// A batch of requests: one line per request (its decision, or why it was not decided), a summary at the end, and
    /// the progress. Whatever one request does (unreadable, not evaluable, a reader that throws), the batch goes on.
    /// </summary>
    private sealed class Batch(Basis evaluator, LocalDate day, bool json, StammConsole console, TextWriter output, TextWriter error)
    {
        private readonly EvaluationContext _context = evaluator.Context(day);
        private readonly Dictionary<DecisionKind, int> _counts = [];
        private int _unreadable;
        private int _notEvaluated;

        public TextWriter Error => error;

        private int Total => _counts.Values.Sum() + _unreadable + _notEvaluated;

        public int Run(string what, long? total, Action<BatchProgress> items)
        {
            var progress = BatchProgress.For(console, output, what, total);
            progress.Run(items);
            var summary = string.Create(
                CultureInfo.InvariantCulture,
                $"{Total} requests: {_counts.GetValueOrDefault(DecisionKind.Eligible)} eligible, {_counts.GetValueOrDefault(DecisionKind.NeedsReview)} needs review, {_counts.GetValueOrDefault(DecisionKind.Ineligible)} ineligible, {_unreadable} unreadable, {_notEvaluated} not evaluated");
            (json ? error : output).WriteLine(summary);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluated {Total - _unreadable - _notEvaluated} of {Total}"));
            return _unreadable + _notEvaluated == 0 ? StammCli.Success : StammCli.Unreadable;
        }

        /// <summary>One request: what was read, or why nothing could be.</summary>
        public void Item(BatchProgress progress, string name, OneOf<ValidationResult<AssistanceRequest>, string> read)
        {
            if (read.TryPickT1(out var reason, out var result))
            {
                _unreadable++;
                progress.Line($"{name}\tunreadable\t{reason}");
                return;
            }

            if (!result.TryPickT0(out var request, out var failure))
            {
                _unreadable++;
                progress.Line($"{name}\tunreadable\t{string.Join("; ", failure.Problems.Take(3))}{(failure.Problems.Length > 3 ? $"; and {failure.Problems.Length - 3} more" : string.Empty)}");
                return;
            }

            if (!TryDecide(evaluator, request, _context, out var decision, out var refusal))
            {
                _notEvaluated++;
                progress.Line($"{request.Identifier}\tnot evaluated\t{refusal}");
                return;
            }

            _counts[decision.Kind] = _counts.GetValueOrDefault(decision.Kind) + 1;
            progress.Line(json ? StammJson.WriteDecision(decision, JsonWriteOptions.Compact) : $"{request.Identifier}\t{Name(decision.Kind)}\t{Findings(decision)}");
        }
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
