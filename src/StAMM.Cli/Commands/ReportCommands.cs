using System.CommandLine;
using NodaTime;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Projects;
using StAMM.Domain.Reporting;
using StAMM.Domain.Reporting.Rendering;

namespace StAMM.Cli.Commands;

/// <summary>
/// <c>stamm report</c>: the report of a portfolio for donors and management (docs/reporting.md), written as
/// report.html, report.md, one CSV file per table, report.json and the charts' SVG files.
/// </summary>
internal static class ReportCommands
{
    public static Command Create(StammConsole console)
    {
        var file = new Argument<string>("portfolio") { Description = "A portfolio document (.json, docs/json.md); - reads standard input." };
        var from = new Option<string?>("--from") { Description = "The first day reported (yyyy-MM-dd); the portfolio's whole life unless --from or --to is given." };
        var to = new Option<string?>("--to") { Description = "The last day reported (yyyy-MM-dd, included)." };
        var donor = new Option<string?>("--donor") { Description = "Report only what this donor's contributions funded: its name, acronym or IATI organisation identifier." };
        var country = new Option<string?>("--country") { Description = "Report only the requests of institutions of this country (a code such as RS or XK)." };
        var theme = new Option<string?>("--theme") { Description = $"Report only the requests on this theme: {string.Join(", ", Enum.GetNames<ThematicArea>())}." };
        var output = new Option<string>("--out") { Description = "The folder to write into (created when missing; files of the same names are replaced).", Required = true };
        var report = new Command(
            "report",
            "Write the report of a portfolio: activities, participants, contributions and requests as figures, tables and charts " +
            "(report.html, report.md, one CSV per table, report.json, charts/*.svg). Unknown figures stay unknown. " +
            "Exit 0, 2 when the portfolio cannot be read or an option is wrong, 3 when the folder cannot be written.");
        report.Arguments.Add(file);
        report.Options.Add(from);
        report.Options.Add(to);
        report.Options.Add(donor);
        report.Options.Add(country);
        report.Options.Add(theme);
        report.Options.Add(output);
        report.SetAction(parsed =>
        {
            var error = parsed.InvocationConfiguration.Error;
            if (!TryDay("--from", parsed.GetValue(from), error, out var first) || !TryDay("--to", parsed.GetValue(to), error, out var last))
            {
                return StammCli.Unreadable;
            }

            if (PortfolioCommands.Load(parsed.GetValue(file)!, console, error) is not { } portfolio)
            {
                return StammCli.Unreadable;
            }

            if (Scope(portfolio, first, last, parsed.GetValue(donor), parsed.GetValue(country), parsed.GetValue(theme), error) is not { } scope)
            {
                return StammCli.Unreadable;
            }

            var folder = parsed.GetValue(output)!;
            var rendered = ReportRenderer.Render(PortfolioReport.Of(portfolio, scope));
            try
            {
                var written = rendered.WriteTo(folder);
                parsed.InvocationConfiguration.Output.WriteLine($"Wrote {written.Length} files to {folder}: {RenderedReport.HtmlFile}, {RenderedReport.MarkdownFile}, {RenderedReport.JsonFile}, {rendered.CsvFiles.Length} CSV files and {rendered.Charts.Length} charts.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"--out: {folder} cannot be written: {e.Message}");
                return StammCli.CannotWrite;
            }

            return StammCli.Success;
        });
        return report;
    }

    /// <summary>The scope the options ask for; null, with the reason written, when an option names nothing or the days are reversed.</summary>
    internal static ReportScope? Scope(Portfolio portfolio, LocalDate? from, LocalDate? to, string? donor, string? country, string? theme, TextWriter error)
    {
        ReportScope scope;
        if (from is null && to is null)
        {
            scope = ReportScope.WholeLife;
        }
        else
        {
            var start = from ?? portfolio.Project.Period.Start.FirstDay;
            // Without --to: up to the last day the portfolio knows of, its last event or its latest activity's last day.
            var known = portfolio.DeliveredActivities.Select(a => a.Period.End).Append(start);
            if (portfolio.LastChanged is { } last)
            {
                known = known.Append(last.InUtc().Date);
            }

            var end = to ?? known.Max();
            if (end < start)
            {
                error.WriteLine($"--to: {to:yyyy-MM-dd} is before the first day reported ({start:yyyy-MM-dd}).");
                return null;
            }

            scope = ReportScope.Between(new DateInterval(start, end));
        }

        if (donor is not null)
        {
            var donors = portfolio.Contributions.Select(c => c.Donor).Concat(portfolio.Project.Donors).Distinct().ToArray();
            var matches = donors.Where(d => Names(d).Any(n => string.Equals(n, donor.Trim(), StringComparison.OrdinalIgnoreCase))).ToArray();
            if (matches.Length != 1)
            {
                error.WriteLine(matches.Length == 0
                    ? $"--donor: no donor of the portfolio is named '{donor}'; its donors: {string.Join("; ", donors.Select(d => string.Join(" / ", Names(d))))}."
                    : $"--donor: '{donor}' names {matches.Length} donors; give a name or identifier that names one.");
                return null;
            }

            scope = scope.ForDonor(matches[0]);
        }

        if (country is not null)
        {
            if (!Country.TryFromCode(country.Trim(), out var found))
            {
                error.WriteLine($"--country: '{country}' is not a country code of the IATI Country codelist (such as RS, or XK for Kosovo).");
                return null;
            }

            scope = scope.InCountry(found);
        }

        if (theme is not null)
        {
            if (!Enum.TryParse<ThematicArea>(theme.Trim(), ignoreCase: true, out var area) || !Enum.IsDefined(area) || theme.Trim().All(char.IsDigit))
            {
                error.WriteLine($"--theme: '{theme}' is not a theme; the themes: {string.Join(", ", Enum.GetNames<ThematicArea>())}.");
                return null;
            }

            scope = scope.OnTheme(area);
        }

        return scope;
    }

    private static IEnumerable<string> Names(Donor donor)
    {
        yield return donor.Organisation.Name;
        if (donor.Organisation.Acronym is { } acronym)
        {
            yield return acronym;
        }

        if (donor.Organisation.Identifier is { } identifier)
        {
            yield return identifier.Value;
        }
    }

    private static bool TryDay(string option, string? text, TextWriter error, out LocalDate? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        var result = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
        if (!result.Success || result.Value.Year is < 1 or > 9999)
        {
            error.WriteLine($"{option}: '{text}' is not a date in the form yyyy-MM-dd, such as 2026-03-02.");
            return false;
        }

        day = result.Value;
        return true;
    }
}
