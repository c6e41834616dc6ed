using System.Collections.Immutable;
using NodaTime.Text;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;

namespace StAMM.Domain.Reporting.Rendering;

/// <summary>One section of a rendered report: its chart with the table it draws, then its other tables.</summary>
internal sealed record ReportSection(string Id, string Title, string Intro, ChartSpec Chart, ReportTable ChartTable, ImmutableArray<ReportTable> Tables)
{
    public IEnumerable<ReportTable> AllTables => [ChartTable, .. Tables];

    public bool NamesKosovo => AllTables.Any(t => t.NamesKosovo);
}

/// <summary>What a chart draws: categories (one bar each) and series (stacked parts), with titles and units.</summary>
internal sealed record ChartSpec(
    string Name,
    string Title,
    string CategoryAxis,
    string ValueAxis,
    bool Horizontal,
    ImmutableArray<string> Categories,
    ImmutableArray<ChartSeries> Series,
    string AltText);

/// <summary>One stacked part of every bar, such as the trainings of each year.</summary>
internal sealed record ChartSeries(string Label, ImmutableArray<double> Values);

/// <summary>The sections, tables and charts of a report: the one place that decides what a reader sees.</summary>
internal static class ReportLayout
{
    public static ReportTable Summary(PortfolioReport report)
    {
        var a = report.Activities;
        var p = report.Participants;
        var r = report.Requests;
        string[][] rows =
        [
            ["Activities", Cells.Count(a.Count)],
            ["Days of activities (where known)", Cells.Count(a.Days)],
            ["Activities whose days are unknown", Cells.Count(a.WithUnknownDays)],
            ["Participants counted", Cells.Count(p.Counted)],
            ["Activities whose number of participants is unknown", Cells.Count(p.ActivitiesWithUnknownCount)],
            ["Requests", Cells.Count(r.Count)],
            ["Median lead time (days)", r.MedianLeadTimeDays is { } lead ? Cells.Number(lead) : Cells.Unknown],
            ["Median time to decision (days)", r.MedianTimeToDecision is { } d ? Cells.Number(Math.Round((decimal)d.TotalDays, 1)) : Cells.Unknown],
        ];
        return new ReportTable("summary", "Summary", ["Figure", "Value"], rows, false);
    }

    public static ImmutableArray<ReportSection> Sections(PortfolioReport report) =>
        [Activities(report), Participants(report), Contributions(report), Requests(report)];

    /// <summary>The scope in words, such as <c>2025-01-01 to 2025-12-31; donor SEM</c>.</summary>
    public static string Scope(PortfolioReport report)
    {
        var scope = report.Scope;
        var parts = new List<string>
        {
            scope.Period is null ? "the portfolio's whole life" : $"{Day(scope.Period.Start)} to {Day(scope.Period.End)}",
        };
        if (scope.Donor is not null)
        {
            parts.Add($"donor {scope.Donor.Name}: only what its contributions funded");
        }

        if (scope.Country is not null)
        {
            parts.Add($"requests from {report.NameOf(scope.Country)}");
        }

        if (scope.Theme is { } theme)
        {
            parts.Add($"theme {Cells.Words(theme)}");
        }

        return string.Join("; ", parts);
    }

    public static string Day(NodaTime.LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static ReportSection Activities(PortfolioReport report)
    {
        var a = report.Activities;
        var types = a.ByYear.SelectMany(y => y.ByType).Select(t => t.Key).Distinct().Order().ToArray();
        var byYear = new ReportTable(
            "activities-by-year-and-type",
            "Activities per year by type",
            ["Year", .. types.Select(Cells.Words), "Total"],
            a.ByYear.Select(y => (string[])[y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), .. types.Select(t => Cells.Count(y.Of(t))), Cells.Count(y.Count)]),
            false);
        var chart = new ChartSpec(
            "activities-per-year-by-type",
            "Activities per year by type",
            "Year of the activity's first day",
            "Activities (count)",
            false,
            [.. a.ByYear.Select(y => y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [.. types.Select(t => new ChartSeries(Cells.Words(t), [.. a.ByYear.Select(y => (double)y.Of(t))]))],
            a.Count == 0
                ? "Stacked bar chart of activities per year by type: no activity in the period."
                : $"Stacked bar chart of the {a.Count} activities per year, each bar divided by type: " + string.Join("; ", a.ByYear.Select(y => $"{y.Year}: {y.Count} ({string.Join(", ", y.ByType.Select(t => $"{Cells.Words(t.Key).ToLowerInvariant()} {t.Count}"))})")) + ".");
        ImmutableArray<ReportTable> tables =
        [
            new("activities-by-type", "Activities by type", ["Type", "Activities"], a.ByType.Select(t => new[] { Cells.Words(t.Key), Cells.Count(t.Count) }), false),
            new("activities-by-theme", "Activities by theme", ["Theme", "Activities"], a.ByTheme.Select(t => new[] { Cells.Words(t.Key), Cells.Count(t.Count) }), false, "An activity on two themes counts under both, so these counts add up to more than the activities."),
            Countries("activities-by-country", "Activities by country of the requesting institution", "Activities", report, a.ByCountry),
            new("activities-by-month", "Activities by month of their first day", ["Month", "Activities"], a.ByMonth.Select(t => new[] { YearMonthPattern.Iso.Format(t.Key), Cells.Count(t.Count) }), false),
        ];
        var intro = $"{a.Count} activities delivered, {a.Days} days" + (a.WithUnknownDays == 0 ? "." : $" where known ({a.WithUnknownDays} activities known only by their month, their days unknown).");
        return new ReportSection("activities", "Activities", intro, chart, byYear, tables);
    }

    private static ReportSection Participants(PortfolioReport report)
    {
        var p = report.Participants;
        var rows = p.ByCountry.Select(c => new[]
        {
            c.Country is null ? "Country unknown" : report.NameOf(c.Country),
            Cells.Count(c.Participants),
            Cells.Count(c.Female),
            Cells.Count(c.Male),
            Cells.Count(c.Other),
            Cells.Count(c.SexUnknown),
        });
        var byCountry = new ReportTable(
            "participants-by-country-and-sex",
            "Participants by country and sex",
            ["Country", "Participants", "Women", "Men", "Other", "Sex unknown"],
            rows,
            p.ByCountry.Any(c => c.Country is { IsKosovo: true }),
            "Sex is known for a country only where all of an activity's participants came from it; the rest is shown as unknown, never split by guess.");
        string[] labels = [.. p.ByCountry.Select(c => c.Country is null ? "Country unknown" : report.NameOf(c.Country))];
        var chart = new ChartSpec(
            "participants-by-country-and-sex",
            "Participants by country and sex",
            "Country of the participants",
            "Participants (people)",
            true,
            [.. labels],
            [
                new("Women", [.. p.ByCountry.Select(c => (double)c.Female)]),
                new("Men", [.. p.ByCountry.Select(c => (double)c.Male)]),
                new("Other", [.. p.ByCountry.Select(c => (double)c.Other)]),
                new("Sex unknown", [.. p.ByCountry.Select(c => (double)c.SexUnknown)]),
            ],
            p.Counted == 0
                ? "Bar chart of participants by country and sex: no participant counted in the period."
                : $"Horizontal stacked bar chart of the {p.Counted} participants counted, one bar per country, divided into women, men, other and sex unknown: "
                    + string.Join("; ", p.ByCountry.Select((c, i) => $"{labels[i]}: {c.Participants} ({c.Female} women, {c.Male} men, {c.Other} other, {c.SexUnknown} unknown)")) + ".");
        ImmutableArray<ReportTable> tables =
        [
            new("participants-by-sex", "Participants by sex", ["Sex", "Participants"], [["Women", Cells.Count(p.BySex.Female)], ["Men", Cells.Count(p.BySex.Male)], ["Other", Cells.Count(p.BySex.Other)], ["Unknown", Cells.Count(p.BySex.Unknown)]], false),
            new("participants-by-year", "Participants by year", ["Year", "Participants counted", "Activities of unknown count"], p.ByYear.Select(y => new[] { y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Cells.Count(y.Counted), Cells.Count(y.ActivitiesWithUnknownCount) }), false),
        ];
        var intro = $"{p.Counted} participants counted" + (p.ActivitiesWithUnknownCount == 0 ? "." : $"; {p.ActivitiesWithUnknownCount} activities did not record how many took part, so the true total is higher.");
        return new ReportSection("participants", "Participants", intro, chart, byCountry, tables);
    }

    private static ReportSection Contributions(PortfolioReport report)
    {
        var rows = report.Contributions.Select(c => new[]
        {
            c.Contribution.Donor.Name,
            c.Contribution.Programme?.Name ?? string.Empty,
            c.Amount?.Currency.Code ?? Cells.Unknown,
            Cells.Amount(c.Amount),
            Cells.Amount(c.Committed),
            Cells.Amount(c.Spent),
            Cells.Amount(c.Available),
        });
        var table = new ReportTable(
            "contributions",
            "Contributions: committed, spent and available",
            ["Donor", "Programme", "Currency", "Amount", "Committed", "Spent", "Available"],
            rows,
            false,
            "Committed includes what was spent; committed + available = amount. A contribution of unknown amount has every figure unknown.");
        var known = report.Contributions.Where(c => c.Amount is { Amount: > 0m }).ToArray();
        string[] labels = [.. known.Select(c => $"{c.Contribution.Donor.Organisation.ShortName} ({c.Amount!.Currency.Code} {c.Amount.Amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)})")];
        static double Share(decimal part, decimal whole) => (double)Math.Round(part * 100m / whole, 2);
        var unknown = report.Contributions.Length - known.Length;
        var chart = new ChartSpec(
            "contributions",
            "Contributions: spent, committed and available",
            "Contribution",
            "Share of the contribution's amount (%)",
            true,
            [.. labels],
            [
                new("Spent", [.. known.Select(c => Share(c.Spent!.Amount, c.Amount!.Amount))]),
                new("Committed, not yet spent", [.. known.Select(c => Share(c.Committed!.Amount - c.Spent!.Amount, c.Amount!.Amount))]),
                new("Available", [.. known.Select(c => Share(c.Available!.Amount, c.Amount!.Amount))]),
            ],
            (known.Length == 0 ? "Bar chart of contributions: no contribution of known amount." : "Horizontal stacked bar chart, one bar per contribution of known amount, divided into spent, committed not yet spent and available, as shares of its amount: "
                + string.Join("; ", known.Select((c, i) => $"{labels[i]}: spent {Cells.Amount(c.Spent)}, committed {Cells.Amount(c.Committed)}, available {Cells.Amount(c.Available)}")) + ".")
                + (unknown == 0 ? string.Empty : $" {unknown} contributions of unknown amount are not drawn."));
        var donors = new ReportTable(
            "donors",
            "Donors",
            ["Donor", "Currency", "Amount", "Committed", "Spent", "Available", "Contributions of unknown amount"],
            report.Donors.SelectMany(d => d.ByCurrency.IsEmpty
                ? [new[] { d.Donor.Name, Cells.Unknown, Cells.Unknown, Cells.Unknown, Cells.Unknown, Cells.Unknown, Cells.Count(d.UnknownAmounts) }]
                : d.ByCurrency.Select(m => new[] { d.Donor.Name, m.Currency.Code, Cells.Amount(m.Amount), Cells.Amount(m.Committed), Cells.Amount(m.Spent), Cells.Amount(m.Available), Cells.Count(d.UnknownAmounts) })),
            false,
            "The sums leave out contributions of unknown amount, which are counted in the last column.");
        var spend = new ReportTable(
            "activity-spend",
            "Spend against commitment per activity",
            ["Donor", "Activity", "Title", "Type", "Country", "Currency", "Committed", "Spent", "Unspent"],
            report.Contributions.SelectMany(c => c.Activities.Select(s => new[]
            {
                c.Contribution.Donor.Organisation.ShortName, s.Activity, s.Title, Cells.Words(s.Type), report.NameOf(s.Country), s.Committed.Currency.Code, Cells.Amount(s.Committed), Cells.Amount(s.Spent), Cells.Amount(s.Unspent),
            })),
            report.Contributions.Any(c => c.Activities.Any(s => s.Country.IsKosovo)),
            "In the contribution's currency; unspent is what the delivery released of its commitment.");
        var intro = report.Scope.Period is null ? "As recorded after the portfolio's last event." : $"As recorded by {Day(report.Scope.Period.End)}.";
        return new ReportSection("contributions", "Contributions and donors", intro, chart, table, [donors, spend]);
    }

    private static ReportSection Requests(PortfolioReport report)
    {
        var r = report.Requests;
        DecisionKind[] kinds = [DecisionKind.Eligible, DecisionKind.NeedsReview, DecisionKind.Ineligible];
        var byDecision = new ReportTable(
            "requests-by-decision",
            "Requests by decision",
            ["Decision", "Requests"],
            [.. kinds.Select(k => new[] { Cells.Words(k), Cells.Count(r.Of(k)) }), ["Not evaluated", Cells.Count(r.NotEvaluated)]],
            false,
            "The last evaluation of each request's current version.");
        var chart = new ChartSpec(
            "requests-by-decision",
            "Requests by decision",
            "Decision of the eligibility rules",
            "Requests (count)",
            false,
            [.. kinds.Select(k => Cells.Words(k)), "Not evaluated"],
            [new("Requests", [.. kinds.Select(k => (double)r.Of(k)), r.NotEvaluated])],
            $"Bar chart of the {r.Count} requests by decision: " + string.Join(", ", kinds.Select(k => $"{Cells.Words(k).ToLowerInvariant()} {r.Of(k)}")) + $", not evaluated {r.NotEvaluated}.");
        ImmutableArray<ReportTable> tables =
        [
            Countries("requests-by-country", "Requests by country of the requesting institution", "Requests", report, r.ByCountry),
            new("requests-by-institution-type", "Requests by type of institution", ["Institution type", "Requests"], r.ByInstitutionType.Select(t => new[] { Cells.Words(t.Key), Cells.Count(t.Count) }), false),
            new("requests-by-state", "Requests by where they stand", ["State", "Requests"], r.ByState.Select(t => new[] { Cells.Words(t.Key), Cells.Count(t.Count) }), false),
            new("failing-rules", "The rules that most often failed", ["Rule", "Failures"], r.FailingRules.Select(t => new[] { t.Key, Cells.Count(t.Count) }), false),
        ];
        var intro = $"{r.Count} requests submitted. Median lead time: "
            + (r.MedianLeadTimeDays is { } lead ? $"{Cells.Number(lead)} days" : Cells.Unknown)
            + "; median time to decision: "
            + (r.MedianTimeToDecision is { } d ? $"{Cells.Number(Math.Round((decimal)d.TotalDays, 1))} days" : "no request decided") + ".";
        return new ReportSection("requests", "Requests", intro, chart, byDecision, tables);
    }

    private static ReportTable Countries(string name, string title, string what, PortfolioReport report, ImmutableArray<Tally<Country>> tallies) =>
        new(name, title, ["Country code", "Country", what], tallies.Select(t => new[] { t.Key.Code, report.NameOf(t.Key), Cells.Count(t.Count) }), tallies.Any(t => t.Key.IsKosovo));
}
