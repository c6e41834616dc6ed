using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Projects;
using StAMM.Domain.Reporting;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using static StAMM.Domain.Tests.Cases.Facility;

namespace StAMM.Domain.Tests.Reporting;

public sealed class PortfolioReportTests
{
    private static readonly ActivityPeriod April = ActivityPeriod.Exact(new LocalDate(2026, 4, 14), new LocalDate(2026, 4, 16));

    private static readonly Institution KosovoMinistry = Stamm.MigrationMinistries.Single(m => m.Country.IsKosovo);

    private static Commitment Swiss(decimal euros) => Commitment.Create(IllustrativeFacility.SwissContribution, Money.Of(euros, Currency.Eur), EurToChf).OrThrow();

    private static CostLine Travel(decimal euros) => CostLine.Create(CostCategory.Travel, Money.Of(euros, Currency.Eur)).OrThrow();

    /// <summary>Records a case from submission to delivery, its events from <paramref name="hour"/> on.</summary>
    private static Portfolio Delivered(Portfolio portfolio, AssistanceRequest request, Commitment commitment, Participants participants, int hour, decimal spent = 1_000m, ActivityPeriod? period = null)
    {
        var p = portfolio.Append(CaseSubmitted.Create(request, Hours(hour), Officer).OrThrow()).OrThrow();
        p = p.Evaluate(request.Identifier, Hours(hour + 1), Officer).OrThrow();
        p = p.Append(p.FindCase(request.Identifier)!.Approve(commitment, Hours(hour + 2), Approver).OrThrow().Event).OrThrow();
        return p.Append(p.FindCase(request.Identifier)!.Deliver(period ?? April, null, participants, [Travel(spent)], Hours(hour + 3), Officer).OrThrow().Event).OrThrow();
    }

    private static AssistanceRequest RequestFrom(Institution requester, string identifier, params ThematicArea[] themes)
    {
        var builder = A.Request.WithIdentifier(identifier).From(requester);
        return (themes.Length == 0 ? builder : builder.WithThemes(themes)).BuildValid();
    }

    private static Participants Counted(int count, Country? country = null, SexBreakdown? bySex = null) =>
        Participants.Create(count, country is null ? null : [country], bySex: bySex).OrThrow();

    private static SexBreakdown Sex(int female, int male) => SexBreakdown.Create(female, male).OrThrow();

    [Fact]
    public void An_empty_portfolio_reports_nothing_and_no_median()
    {
        var report = PortfolioReport.Of(Empty(EligibleRules));

        report.Activities.Count.Should().Be(0);
        report.Participants.Counted.Should().Be(0);
        report.Requests.Count.Should().Be(0);
        report.Requests.MedianLeadTimeDays.Should().BeNull();
        report.Requests.MedianTimeToDecision.Should().BeNull();
        report.AsOf.Should().BeNull();
        report.KosovoDesignation.Should().BeNull();
    }

    [Fact]
    public void Kosovo_is_named_with_its_designation_and_the_report_carries_the_footnote_where_Kosovo_appears()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(20, Country.Kosovo, Sex(12, 8)), 0);

        var report = PortfolioReport.Of(portfolio, ReportScope.WholeLife.WithKosovoDesignation(KosovoDesignation.Icmpd));

        report.KosovoDesignation.Should().Be(KosovoDesignation.Icmpd);
        report.NameOf(Country.Kosovo).Should().Be("Kosovo*");
        report.NameOf(Country.Serbia).Should().Be("Serbia");
        report.Activities.ByCountry.Should().ContainSingle().Which.Key.Should().Be(Country.Kosovo);
    }

    [Fact]
    public void A_report_where_Kosovo_does_not_appear_carries_no_footnote()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, "2026-001-BA"), Euros(5_000m), Counted(20, Country.BosniaAndHerzegovina), 0);

        PortfolioReport.Of(portfolio).KosovoDesignation.Should().BeNull();
    }

    [Fact]
    public void Participants_of_an_activity_of_unknown_count_are_not_counted_but_the_activity_is_shown_as_of_unknown_count()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Participants.Unknown, 0);

        var participants = PortfolioReport.Of(portfolio).Participants;

        participants.Counted.Should().Be(0);
        participants.ActivitiesWithUnknownCount.Should().Be(1);
        participants.ByCountry.Should().BeEmpty();
        participants.ByYear.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Year = 2026, Counted = 0, ActivitiesWithUnknownCount = 1 });
    }

    [Fact]
    public void Participants_whose_country_and_sex_are_not_known_are_shown_as_unknown_never_spread()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(20), 0);
        portfolio = Delivered(portfolio, RequestFrom(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, "2026-002-BA"), Euros(5_000m), Counted(10, Country.BosniaAndHerzegovina, Sex(6, 4)), 10);

        var participants = PortfolioReport.Of(portfolio).Participants;

        participants.Counted.Should().Be(30);
        participants.ByCountry.Select(c => (c.Country, c.Participants, c.Female, c.Male, c.SexUnknown))
            .Should().Equal((Country.BosniaAndHerzegovina, 10, 6, 4, 0), ((Country?)null, 20, 0, 0, 20));
        participants.CountryUnknown.Should().Be(20);
        participants.BySex.Should().BeEquivalentTo(new { Female = 6, Male = 4, Other = 0, Unknown = 20 });
    }

    [Fact]
    public void The_sex_of_participants_from_several_countries_is_known_in_total_but_not_per_country()
    {
        var mixed = Participants.Create(10, [Country.Serbia, Country.Kosovo], new Dictionary<Country, int> { [Country.Serbia] = 6, [Country.Kosovo] = 4 }, Sex(5, 5)).OrThrow();
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), mixed, 0);

        var participants = PortfolioReport.Of(portfolio).Participants;

        participants.BySex.Should().BeEquivalentTo(new { Female = 5, Male = 5, Unknown = 0 });
        participants.ByCountry.Select(c => (c.Country!.Code, c.Participants, c.SexUnknown)).Should().BeEquivalentTo([("RS", 6, 6), ("XK", 4, 4)]);
    }

    [Fact]
    public void A_contribution_s_committed_includes_its_spend_and_each_activity_shows_its_spend_against_its_commitment()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(20), 0, spent: 3_000m);

        var czech = PortfolioReport.Of(portfolio).Contributions.Single(c => c.Contribution == IllustrativeFacility.CzechContribution);

        czech.Committed.Should().Be(Money.Of(5_000m, Currency.Eur));
        czech.Spent.Should().Be(Money.Of(3_000m, Currency.Eur));
        czech.Available.Should().Be(Money.Of(45_000m, Currency.Eur));
        czech.Activities.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Activity = "2026-001-XK",
            Committed = Money.Of(5_000m, Currency.Eur),
            Spent = Money.Of(3_000m, Currency.Eur),
            Unspent = Money.Of(2_000m, Currency.Eur),
        });
    }

    [Fact]
    public void Spend_of_a_commitment_in_another_currency_is_shown_in_the_contribution_s_currency()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Swiss(1_000m), Counted(20), 0, spent: 500m);

        var swiss = PortfolioReport.Of(portfolio).Contributions.Single(c => c.Contribution == IllustrativeFacility.SwissContribution);

        swiss.Activities.Single().Committed.Should().Be(Money.Of(940m, Currency.Chf));
        swiss.Activities.Single().Spent.Should().Be(Money.Of(470m, Currency.Chf));
    }

    [Fact]
    public void The_figures_of_a_contribution_of_unknown_amount_stay_unknown_and_its_donor_sums_leave_it_out()
    {
        var report = PortfolioReport.Of(Portfolio.Create(Stamm.Project, [EligibleRules]).OrThrow());

        report.Contributions.Should().NotBeEmpty().And.OnlyContain(c => c.Amount == null && c.Committed == null && c.Spent == null && c.Available == null);
        report.Donors.Should().OnlyContain(d => d.ByCurrency.IsEmpty && d.UnknownAmounts > 0);
    }

    [Fact]
    public void A_donor_s_report_covers_only_what_its_contributions_funded()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(20), 0);
        portfolio = Delivered(portfolio, RequestFrom(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, "2026-002-BA"), Swiss(1_000m), Counted(10), 10);

        var swiss = PortfolioReport.Of(portfolio, ReportScope.WholeLife.ForDonor(Stamm.StateSecretariatForMigration));

        swiss.Activities.Count.Should().Be(1);
        swiss.Activities.ByCountry.Single().Key.Should().Be(Country.BosniaAndHerzegovina);
        swiss.Participants.Counted.Should().Be(10);
        swiss.Requests.Count.Should().Be(1);
        swiss.Contributions.Should().ContainSingle().Which.Contribution.Should().Be(IllustrativeFacility.SwissContribution);
        swiss.Donors.Should().ContainSingle().Which.Donor.Should().Be(Stamm.StateSecretariatForMigration);
        swiss.KosovoDesignation.Should().BeNull("Kosovo's activity was funded by the other donor");
    }

    [Fact]
    public void A_country_s_report_covers_the_requests_of_its_institutions()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(20), 0);
        portfolio = Delivered(portfolio, RequestFrom(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, "2026-002-BA"), Swiss(1_000m), Counted(10), 10);

        var kosovo = PortfolioReport.Of(portfolio, ReportScope.WholeLife.InCountry(Country.Kosovo));

        kosovo.Activities.Count.Should().Be(1);
        kosovo.Requests.ByCountry.Single().Key.Should().Be(Country.Kosovo);
        kosovo.Contributions.Should().HaveCount(2, "a contribution is not divided by country");
        kosovo.KosovoDesignation.Should().NotBeNull();
    }

    [Fact]
    public void A_theme_s_report_covers_the_requests_that_name_it_and_an_activity_counts_under_each_of_its_themes()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK", ThematicArea.Asylum, ThematicArea.BorderManagement), Euros(5_000m), Counted(20), 0);
        portfolio = Delivered(portfolio, RequestFrom(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, "2026-002-BA", ThematicArea.Asylum), Swiss(1_000m), Counted(10), 10);

        PortfolioReport.Of(portfolio).Activities.ByTheme.Select(t => (t.Key, t.Count)).Should().Equal((ThematicArea.Asylum, 2), (ThematicArea.BorderManagement, 1));
        PortfolioReport.Of(portfolio, ReportScope.WholeLife.OnTheme(ThematicArea.BorderManagement)).Activities.Count.Should().Be(1);
    }

    [Fact]
    public void An_activity_counts_in_the_period_of_its_first_day_and_its_days_are_its_calendar_days()
    {
        var march = ActivityPeriod.Exact(new LocalDate(2026, 3, 30), new LocalDate(2026, 4, 2));
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(20), 0, period: march);

        var inMarch = PortfolioReport.Of(portfolio, ReportScope.Between(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)))).Activities;
        var inApril = PortfolioReport.Of(portfolio, ReportScope.Between(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30)))).Activities;

        inMarch.Count.Should().Be(1);
        inMarch.Days.Should().Be(4);
        inMarch.ByMonth.Single().Key.Should().Be(new YearMonth(2026, 3));
        inApril.Count.Should().Be(0);
    }

    [Fact]
    public void The_days_of_an_activity_known_only_by_its_month_are_unknown_not_zero()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(20), 0, period: ActivityPeriod.InMonth(new YearMonth(2026, 4)));

        var activities = PortfolioReport.Of(portfolio).Activities;

        activities.Days.Should().Be(0);
        activities.WithUnknownDays.Should().Be(1);
        activities.ToString().Should().Contain("1 of unknown days");
    }

    [Fact]
    public void The_contributions_of_a_past_period_stand_as_recorded_by_its_end()
    {
        var portfolio = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(20), 0);
        var submittedOn = portfolio.Events[0].At.InUtc().Date;

        var before = PortfolioReport.Of(portfolio, ReportScope.Between(new DateInterval(submittedOn.PlusDays(-10), submittedOn.PlusDays(-1))));

        before.AsOf.Should().Be(portfolio.LastChanged);
        before.Requests.Count.Should().Be(0);
        before.Contributions.Should().OnlyContain(c => c.Committed!.Amount == 0m);
    }

    [Fact]
    public void The_requests_show_their_decisions_the_rules_that_failed_and_the_median_times()
    {
        var portfolio = Empty(IneligibleRules);
        var first = RequestFrom(KosovoMinistry, "2026-001-XK");
        var second = RequestFrom(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, "2026-002-BA");
        portfolio = portfolio.Append(CaseSubmitted.Create(first, Hours(0), Officer).OrThrow()).OrThrow();
        portfolio = portfolio.Append(CaseSubmitted.Create(second, Hours(0), Officer).OrThrow()).OrThrow();
        portfolio = portfolio.Evaluate(first.Identifier, Hours(1), Officer).OrThrow();
        portfolio = portfolio.Append(portfolio.FindCase(first.Identifier)!.Reject(["Out of scope."], Hours(48), Officer).OrThrow().Event).OrThrow();

        var requests = PortfolioReport.Of(portfolio).Requests;

        requests.Count.Should().Be(2);
        requests.Of(DecisionKind.Ineligible).Should().Be(1);
        requests.NotEvaluated.Should().Be(1);
        requests.FailingRules.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Key = "TEST-RULE", Count = 1 });
        requests.MedianTimeToDecision.Should().Be(Duration.FromHours(48) - (first.Submitted - Hours(0)));
        requests.MedianLeadTimeDays.Should().Be(Period.DaysBetween(first.SubmittedOn, first.Dates.EarliestStart));
        requests.ByState.Select(t => (t.Key, t.Count)).Should().Equal((CaseState.Submitted, 1), (CaseState.Rejected, 1));
    }

    [Fact]
    public void A_year_scope_covers_its_days_and_refuses_a_year_the_model_does_not_hold()
    {
        (ReportScope.Year(2025).Period == new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31))).Should().BeTrue();
        ReportScope.Year(2025).Covers(new LocalDate(2026, 1, 1)).Should().BeFalse();
        ReportScope.WholeLife.Covers(new LocalDate(1, 1, 1)).Should().BeTrue();
        FluentActions.Invoking(() => ReportScope.Year(0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Scopes_are_values_that_say_what_they_cover()
    {
        var scope = ReportScope.Year(2025).ForDonor(Stamm.StateSecretariatForMigration).InCountry(Country.Kosovo).OnTheme(ThematicArea.Asylum);

        scope.Should().Be(ReportScope.Year(2025).ForDonor(Stamm.StateSecretariatForMigration).InCountry(Country.Kosovo).OnTheme(ThematicArea.Asylum));
        scope.Should().NotBe(ReportScope.Year(2025).ForDonor(Stamm.StateSecretariatForMigration).InCountry(Country.Kosovo));
        scope.ToString().Should().Be("2025-01-01/2025-12-31, donor SEM, country XK, theme Asylum");
    }

    [Fact]
    public void Reports_of_different_portfolios_differ()
    {
        var one = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(20), 0);
        var other = Delivered(Empty(EligibleRules), RequestFrom(KosovoMinistry, "2026-001-XK"), Euros(5_000m), Counted(21), 0);

        PortfolioReport.Of(one).Should().Be(PortfolioReport.Of(one));
        PortfolioReport.Of(one).Should().NotBe(PortfolioReport.Of(other));
    }
}
