using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using StAMM.Cli.Io;
using StAMM.Domain.Cases;
using StAMM.Domain.Finance;
using StAMM.Domain.Json;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Validation;

namespace StAMM.Cli.Commands;

/// <summary>
/// <c>stamm portfolio show|check</c>: a facility's portfolio document (docs/json.md): its balances, cases and open
/// requests as of a day, and whether every recorded decision reproduces.
/// </summary>
internal static class PortfolioCommands
{
    public static Command Create(StammConsole console)
    {
        var portfolio = new Command("portfolio", "Work with a portfolio document: a project, its contributions, rule-set versions and the events of its cases.");
        portfolio.Subcommands.Add(Show(console));
        portfolio.Subcommands.Add(Check(console));
        return portfolio;
    }

    /// <summary>The <c>--portfolio</c> option of <c>evaluate</c>.</summary>
    public static Option<string?> PortfolioOption() => new("--portfolio")
    {
        Description = "A portfolio document (docs/json.md): evaluate against it (its balances, open requests, delivered activities, and the rule-set version in force on each request's submission day) as it stood at the end of the day of evaluation; - reads standard input.",
    };

    /// <summary>The <c>--as-of</c> day, or null with the message written when it is not a date.</summary>
    public static bool TryDay(string? text, TextWriter error, out LocalDate? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            error.WriteLine($"--as-of: '{text}' is not a date in the form yyyy-MM-dd, such as 2026-03-02.");
            return false;
        }

        day = result.Value;
        return true;
    }

    /// <summary>Reads a portfolio document; null, with the reason or every problem written, when it cannot be read or is invalid.</summary>
    public static Portfolio? Load(string name, StammConsole console, TextWriter error)
    {
        var input = DocumentInput.Named(name, console);
        if (!input.TryRead(stream => StammJson.ReadPortfolio(stream, JsonReadOptions.Default), out var result, out var reason))
        {
            error.WriteLine($"{input.Name}: cannot be read: {reason}");
            return null;
        }

        if (result.TryPickT0(out var value, out var failure))
        {
            return value;
        }

        WriteProblems(error, $"{input.Name}: not a valid portfolio document", failure.Problems);
        return null;
    }

    /// <summary>The instant that ends a day (UTC): the portfolio "as of" a day holds every event of that day.</summary>
    public static Instant EndOf(LocalDate day) => day.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Minus(Duration.Epsilon);

    private static Command Show(StammConsole console)
    {
        var file = new Argument<string>("file") { Description = "A portfolio document (.json); - reads standard input." };
        var asOf = new Option<string?>("--as-of") { Description = "Show the portfolio as it stood at the end of this day (yyyy-MM-dd, UTC); every event unless given." };
        var format = RuleCommands.FormatOption("text (default): a readable report; json: the same figures as one JSON object.");
        var show = new Command(
            "show",
            "Print a portfolio: each contribution's amount, committed, spent and available money (unknown stays unknown), the cases by state, and the open requests. " +
            "Exit 0, or 2 when the document cannot be read or is invalid.");
        show.Arguments.Add(file);
        show.Options.Add(asOf);
        show.Options.Add(format);
        show.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            if (!TryDay(parsed.GetValue(asOf), error, out var day))
            {
                return StammCli.Unreadable;
            }

            if (Load(parsed.GetValue(file)!, console, error) is not { } portfolio)
            {
                return StammCli.Unreadable;
            }

            var view = day is { } d ? portfolio.AsOf(EndOf(d)) : portfolio;
            if (parsed.GetValue(format) == "json")
            {
                PortfolioReport.WriteJson(output, view, day);
            }
            else
            {
                PortfolioReport.WriteText(output, view, day);
            }

            return StammCli.Success;
        });
        return show;
    }

    private static Command Check(StammConsole console)
    {
        var file = new Argument<string>("file") { Description = "A portfolio document (.json); - reads standard input." };
        var check = new Command(
            "check",
            "Validate a portfolio and make every recorded decision again (its rule-set version, as of its day, on the portfolio as it stood just before it); " +
            "list the decisions that do not reproduce. Exit 0 when the portfolio is valid and every decision reproduces, 1 otherwise, 2 when the file cannot be read as a document.");
        check.Arguments.Add(file);
        check.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var input = DocumentInput.Named(parsed.GetValue(file)!, console);
            if (!input.TryRead(stream => StammJson.ReadPortfolio(stream, JsonReadOptions.Default), out var result, out var reason))
            {
                error.WriteLine($"{input.Name}: cannot be read: {reason}");
                return StammCli.Unreadable;
            }

            if (!result.TryPickT0(out var portfolio, out var failure))
            {
                if (failure.Problems.Any(p => JsonProblemCodes.MeansUnreadable(p.Code)))
                {
                    WriteProblems(error, $"{input.Name}: cannot be read as a document", failure.Problems);
                    return StammCli.Unreadable;
                }

                var unreproduced = failure.Problems.Where(p => p.Code == JsonProblemCodes.DecisionNotReproduced).ToList();
                var other = failure.Problems.Where(p => p.Code != JsonProblemCodes.DecisionNotReproduced).ToList();
                foreach (var problem in unreproduced)
                {
                    output.WriteLine($"not reproduced  {problem.Path}  {problem.Message}");
                }

                if (other.Count > 0)
                {
                    WriteProblems(output, $"{input.Name}: not a valid portfolio", other);
                }

                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{input.Name}: {unreproduced.Count} decision{Plural(unreproduced.Count)} not reproduced, {other.Count} other problem{Plural(other.Count)}"));
                return StammCli.Invalid;
            }

            // Reading has made every decision again and compared the documents byte for byte; the portfolio's own
            // check compares them once more by value.
            var decisions = portfolio.Events.OfType<CaseEvaluated>().Count();
            var differing = portfolio.Check();
            foreach (var d in differing)
            {
                output.WriteLine($"not reproduced  {d.CaseId}  {d.Reason}");
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{input.Name}: valid; {portfolio.Cases.Length} case{Plural(portfolio.Cases.Length)}, {portfolio.Events.Length} event{Plural(portfolio.Events.Length)}; {decisions - differing.Length} of {decisions} decision{Plural(decisions)} reproduce"));
            return differing.IsEmpty ? StammCli.Success : StammCli.Invalid;
        });
        return check;
    }

    private static void WriteProblems(TextWriter writer, string heading, IReadOnlyCollection<ValidationProblem> problems)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{heading} ({problems.Count} problem{Plural(problems.Count)}):"));
        foreach (var problem in problems)
        {
            writer.WriteLine($"  {problem}");
        }
    }

    private static string Plural(int count) => count == 1 ? string.Empty : "s";

    /// <summary>The text and JSON forms of <c>portfolio show</c>.</summary>
    private static class PortfolioReport
    {
        private const string Unknown = "unknown";

        public static void WriteText(TextWriter output, Portfolio portfolio, LocalDate? day)
        {
            output.WriteLine($"{portfolio.Project.Acronym}: {portfolio.Project.Title}");
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"As of:          {(day is { } d ? LocalDatePattern.Iso.Format(d) : "the last event")} ({portfolio.Events.Length} event{Plural(portfolio.Events.Length)}, {portfolio.Cases.Length} case{Plural(portfolio.Cases.Length)})"));
            output.WriteLine($"Rule sets:      {string.Join("; ", portfolio.RuleSets.Select(s => s.ToString()))}");
            output.WriteLine();
            output.WriteLine("Contributions   amount / committed / spent / available");
            foreach (var position in portfolio.Balances)
            {
                output.WriteLine($"  {Name(position.Contribution)}");
                output.WriteLine($"    {Text(position.Amount)} / {Text(position.Committed)} / {Text(position.Spent)} / {Text(position.Available)}");
            }

            output.WriteLine();
            output.WriteLine("Cases by state");
            foreach (var state in Enum.GetValues<CaseState>())
            {
                var cases = portfolio.Cases.Where(c => c.State == state).ToList();
                if (cases.Count > 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Word(state),-11}{cases.Count,4}  {string.Join(", ", cases.Select(c => c.Identifier))}"));
                }
            }

            output.WriteLine();
            var open = portfolio.Cases.Where(c => c.State.IsOpen()).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Open requests   {open.Count}"));
            foreach (var c in open)
            {
                output.WriteLine($"  {c.Identifier}  {Word(c.State)}  {c.Request.Title}");
            }
        }

        public static void WriteJson(TextWriter output, Portfolio portfolio, LocalDate? day)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteString("project", portfolio.Project.Identifier);
                if (day is { } d)
                {
                    w.WriteString("asOf", LocalDatePattern.Iso.Format(d));
                }

                w.WriteNumber("events", portfolio.Events.Length);
                w.WriteStartArray("contributions");
                foreach (var position in portfolio.Balances)
                {
                    w.WriteStartObject();
                    w.WriteString("donor", position.Contribution.Donor.Name);
                    if (position.Contribution.Programme is { } programme)
                    {
                        w.WriteString("programme", programme.Name);
                    }

                    Money(w, "amount", position.Amount);
                    Money(w, "committed", position.Committed);
                    Money(w, "spent", position.Spent);
                    Money(w, "available", position.Available);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("cases");
                foreach (var state in Enum.GetValues<CaseState>())
                {
                    var cases = portfolio.Cases.Where(c => c.State == state).ToList();
                    if (cases.Count > 0)
                    {
                        w.WriteStartArray(JsonNamingPolicy.CamelCase.ConvertName(state.ToString()));
                        cases.ForEach(c => w.WriteStringValue(c.Identifier));
                        w.WriteEndArray();
                    }
                }

                w.WriteEndObject();
                w.WriteStartArray("openRequests");
                foreach (var c in portfolio.Cases.Where(c => c.State.IsOpen()))
                {
                    w.WriteStartObject();
                    w.WriteString("identifier", c.Identifier);
                    w.WriteString("state", JsonNamingPolicy.CamelCase.ConvertName(c.State.ToString()));
                    w.WriteString("title", c.Request.Title);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            output.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
            output.WriteLine();
        }

        /// <summary>An amount, or <c>{"unknown": true}</c>: an unknown is never written as a number.</summary>
        private static void Money(Utf8JsonWriter w, string name, Money? money)
        {
            w.WriteStartObject(name);
            if (money is null)
            {
                w.WriteBoolean("unknown", true);
            }
            else
            {
                w.WriteNumber("amount", money.Amount);
                w.WriteString("currency", money.Currency.Code);
            }

            w.WriteEndObject();
        }

        private static string Text(Money? money) => money is null ? Unknown : money.ToString();

        private static string Name(Contribution contribution) =>
            contribution.Programme is { } programme ? $"{contribution.Donor.Name} ({programme.Name})" : contribution.Donor.Name;

        private static string Word(CaseState state) => state.ToString().ToLowerInvariant();
    }
}
