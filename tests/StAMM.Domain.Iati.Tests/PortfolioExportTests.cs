using System.Globalization;
using System.Xml.Linq;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Portfolios;
using CsCheck;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Iati.Tests;

/// <summary>The illustrative portfolio (invented amounts, events from 2024 to July 2026) exported as of the tests' clock, 1 March 2026.</summary>
public sealed class PortfolioExportTests
{
    private static readonly XNamespace Ext = IatiExtension.NamespaceUri;

    private static readonly Portfolio Full = IllustrativePortfolio.Build();

    private static readonly Portfolio AsOf = Full.AsOf(Support.Clock.GetCurrentInstant());

    private static readonly string Xml = IatiExport.ToXml(Full, Support.Options);

    private static XElement Parent => XDocument.Parse(Xml).Root!.Elements("iati-activity").First();

    [Fact]
    public void The_export_is_valid_against_the_three_official_XSDs() =>
        Support.XsdErrors(Xml).Should().BeEmpty();

    [Fact]
    public void The_export_passes_the_checker_without_any_finding()
    {
        var report = Support.Validator.ValidateXml(Xml);

        report.Findings.Should().BeEmpty(string.Join(Environment.NewLine, report.Findings));
        report.ActivityCount.Should().Be(1 + AsOf.DeliveredProject.Activities.Length);
    }

    [Fact]
    public void Per_contribution_the_commitments_less_the_expenditures_are_what_is_committed_and_the_expenditures_what_is_spent()
    {
        var movements = Parent.Elements("transaction").Where(t => t.Attribute(Ext + "case") is not null).ToList();
        movements.Should().NotBeEmpty();

        for (var i = 0; i < AsOf.Contributions.Length; i++)
        {
            var mine = movements.Where(t => t.Attribute(Ext + "contribution")!.Value == (i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
            var committed = Sum(mine, "2") - Sum(mine, "4");
            var position = AsOf.Balances[i];

            committed.Should().Be(position.Committed!.Amount, $"contribution {i + 1}");
            Sum(mine, "4").Should().Be(position.Spent!.Amount, $"contribution {i + 1}");
            mine.Should().OnlyContain(t => t.Element("value")!.Attribute("currency")!.Value == position.Contribution.Amount!.Currency.Code);
        }
    }

    [Fact]
    public void A_commitment_made_in_another_currency_keeps_its_own_amount_and_the_rate_beside_the_converted_value()
    {
        var converted = AsOf.Cases.Select(c => c.Commitment).OfType<Cases.Commitment>().Where(c => c.ExchangeRate is not null).ToList();
        converted.Should().NotBeEmpty("the illustrative portfolio commits in EUR on the Swiss franc contribution");
        var approvals = Parent.Elements("transaction").Where(t => t.Attribute(Ext + "event")?.Value == "approved" && t.Attribute(Ext + "rate") is not null).ToList();

        approvals.Should().HaveCount(converted.Count);
        approvals.Select(t => (decimal.Parse(t.Attribute(Ext + "amount")!.Value, CultureInfo.InvariantCulture), t.Attribute(Ext + "currency")!.Value, decimal.Parse(t.Element("value")!.Value, CultureInfo.InvariantCulture)))
            .Should().BeEquivalentTo(converted.Select(c => (c.Amount.Amount, c.Amount.Currency.Code, c.InContributionCurrency.Amount)));
    }

    [Fact]
    public void Each_movement_is_dated_with_its_event_and_none_is_after_the_clock()
    {
        var today = Support.Clock.GetCurrentInstant().InUtc().Date;
        var dates = Parent.Elements("transaction").Where(t => t.Attribute(Ext + "case") is not null)
            .Select(t => NodaTime.Text.LocalDatePattern.Iso.Parse(t.Element("transaction-date")!.Attribute("iso-date")!.Value).Value).ToList();

        dates.Should().BeInAscendingOrder().And.OnlyContain(d => d <= today);
        Full.Events.Should().Contain(e => e.At > Support.Clock.GetCurrentInstant(), "the portfolio goes on after the clock, and those events are not written");
    }

    [Fact]
    public void A_contribution_with_an_amount_and_a_period_of_at_most_a_year_is_a_budget_committed_once_started_and_indicative_before()
    {
        // The clock's day is 1 March 2026: the Swiss contribution has started, the Czech one has not; the third has no
        // period, and the fourth runs two years, which IATI does not accept for one budget (rule 7.5.3).
        var swiss = Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(100_000m, Currency.Chf), period: new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2026, 5, 31))).OrThrow();
        var czech = Contribution.Create(Stamm.CzechMinistryOfTheInterior, amount: Money.Of(50_000m, Currency.Eur), period: new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2027, 5, 31))).OrThrow();
        var undated = Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(7_000m, Currency.Chf)).OrThrow();
        var twoYears = Contribution.Create(Stamm.CzechMinistryOfTheInterior, amount: Money.Of(9_000m, Currency.Eur), period: new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2026, 12, 31))).OrThrow();
        var xml = IatiExport.ToXml(Portfolio.Create(Stamm.Project, [], [swiss, czech, undated, twoYears]).OrThrow(), Support.Options);
        var parent = XDocument.Parse(xml).Root!.Elements("iati-activity").First();

        parent.Elements("budget").Select(b => (b.Attribute("type")!.Value, b.Attribute("status")!.Value, b.Attribute(Ext + "contribution")!.Value, b.Element("period-start")!.Attribute("iso-date")!.Value, b.Element("value")!.Value, b.Element("value")!.Attribute("currency")!.Value))
            .Should().Equal(("1", "2", "1", "2025-06-01", "100000", "CHF"), ("1", "1", "2", "2026-06-01", "50000", "EUR"));
        parent.Elements("transaction").Select(t => t.Element("value")!.Value).Should().Equal("100000", "9000"); // incoming commitments (11) of the started ones
        Support.XsdErrors(xml).Should().BeEmpty();
        var findings = Support.Validator.ValidateXml(xml).Findings;
        findings.Should().BeEmpty(string.Join(Environment.NewLine, findings));
        IatiProjectReader.ReadXml(xml).OrThrow().Contributions.Should().Equal(swiss, czech, undated, twoYears);
    }

    [Fact]
    public void A_project_whose_amounts_are_unknown_has_no_budget_and_no_transaction()
    {
        var parent = XDocument.Parse(Support.StammXml()).Root!.Elements("iati-activity").First();

        Stamm.Project.Contributions.Should().OnlyContain(c => c.Amount == null);
        parent.Elements("budget").Should().BeEmpty();
        parent.Elements("transaction").Should().BeEmpty();
    }

    [Fact]
    public void The_importer_reads_the_export_without_a_problem_and_its_transactions_sum_as_the_balances()
    {
        var imported = IatiImport.ReadXml(Xml);
        var parent = imported[0];

        imported.SelectMany(a => a.Problems).Should().BeEmpty();
        foreach (var currency in AsOf.Contributions.Select(c => c.Amount!.Currency).Distinct())
        {
            var spent = AsOf.Balances.Where(b => b.Contribution.Amount!.Currency == currency).Sum(b => b.Spent!.Amount);
            parent.Transactions.Where(t => t.TypeCode == "4" && t.Value!.Money!.Currency == currency).Sum(t => t.Value!.Money!.Amount).Should().Be(spent);
        }
    }

    [Fact]
    public void Read_back_as_a_project_it_is_the_delivered_project_with_the_portfolios_contributions()
    {
        var project = IatiProjectReader.ReadXml(Xml);

        project.Problems.Should().BeEmpty();
        var read = project.OrThrow();
        read.Activities.Should().Equal(AsOf.DeliveredProject.Activities);
        read.Contributions.Should().Equal(AsOf.Contributions);
        read.Title.Should().Be(AsOf.Project.Title);
    }

    [Fact]
    public void Any_generated_portfolio_exports_valid_with_its_balances_and_reads_back_as_its_delivered_project()
    {
        Generate.Portfolio.Valid.Sample(
            portfolio =>
            {
                // A clock just after the last event, so that every movement is written.
                var clock = new NodaTime.Testing.FakeClock((portfolio.LastChanged ?? Support.Clock.GetCurrentInstant()) + Duration.FromSeconds(1));
                var xml = IatiExport.ToXml(portfolio, Support.Options with { Clock = clock });
                Support.XsdErrors(xml).Should().BeEmpty(xml);
                var parent = XDocument.Parse(xml).Root!.Elements("iati-activity").First();
                var movements = parent.Elements("transaction").Where(t => t.Attribute(Ext + "case") is not null).ToList();
                for (var i = 0; i < portfolio.Contributions.Length; i++)
                {
                    var mine = movements.Where(t => t.Attribute(Ext + "contribution")!.Value == (i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
                    var position = portfolio.Balances[i];
                    (Sum(mine, "2") - Sum(mine, "4")).Should().Be(position.Committed!.Amount, xml);
                    Sum(mine, "4").Should().Be(position.Spent!.Amount, xml);
                }

                var back = IatiProjectReader.ReadXml(xml);
                back.Problems.Should().BeEmpty(xml);
                back.OrThrow().Activities.Should().Equal(portfolio.DeliveredProject.Activities);
            },
            iter: 25);
    }

    private static decimal Sum(IEnumerable<XElement> transactions, string type) =>
        transactions.Where(t => t.Element("transaction-type")!.Attribute("code")!.Value == type).Sum(t => decimal.Parse(t.Element("value")!.Value, CultureInfo.InvariantCulture));
}
