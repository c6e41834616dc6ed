using CsCheck;
using NodaTime;
using StAMM.Domain.Cases;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Reporting;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Reporting;

/// <summary>The figures of reports over generated portfolios add up and agree with the portfolio they are computed from.</summary>
public sealed class PortfolioReportProperties
{
    private static readonly Gen<Portfolio> Portfolios = DeliveringPortfolios.Mixed;

    [Fact]
    public void Generated_portfolios_deliver_activities_with_known_and_unknown_participants()
    {
        // Guards the generator: the properties below mean something only if there are participants to count. A fixed
        // seed, so that the guard judges the same sample on every machine.
        var reports = DeliveringPortfolios.Gen.Array[30].Generate(new PCG(7u, 2026), null, out _).Select(PortfolioReport.Of).ToArray();

        reports.Sum(r => r.Activities.Count).Should().BePositive();
        reports.Sum(r => r.Participants.Counted).Should().BePositive();
        reports.Sum(r => r.Participants.ActivitiesWithUnknownCount).Should().BePositive();
        reports.Sum(r => r.Participants.CountryUnknown).Should().BePositive();
        reports.Sum(r => r.Participants.BySex.Unknown).Should().BePositive();
        reports.Sum(r => r.Participants.BySex.Female).Should().BePositive();
    }

    [Fact]
    public void Every_breakdown_of_the_activities_adds_up_to_their_count() =>
        Portfolios.Sample(portfolio =>
        {
            var a = PortfolioReport.Of(portfolio).Activities;
            return a.ByType.Sum(t => t.Count) == a.Count
                && a.ByCountry.Sum(t => t.Count) == a.Count
                && a.ByMonth.Sum(t => t.Count) == a.Count
                && a.ByYear.Sum(y => y.Count) == a.Count
                && a.ByYear.All(y => y.ByType.Sum(t => t.Count) == y.Count)
                && a.ByTheme.All(t => t.Count <= a.Count)
                && (a.Count == 0 || a.ByTheme.Sum(t => t.Count) >= a.Count);
        }, iter: 80);

    [Fact]
    public void Every_breakdown_of_the_participants_adds_up_to_those_counted() =>
        Portfolios.Sample(portfolio =>
        {
            var p = PortfolioReport.Of(portfolio).Participants;
            return p.ByCountry.Sum(c => c.Participants) == p.Counted
                && p.BySex.Total == p.Counted
                && p.ByYear.Sum(y => y.Counted) == p.Counted
                && p.ByYear.Sum(y => y.ActivitiesWithUnknownCount) == p.ActivitiesWithUnknownCount
                && p.ByCountry.All(c => c.SexUnknown >= 0 && c.Participants > 0)
                && p.ByCountry.Count(c => c.Country is null) <= 1;
        }, iter: 80);

    [Fact]
    public void The_participants_counted_are_those_of_the_delivered_activities_whose_count_is_known() =>
        Portfolios.Sample(portfolio =>
        {
            var p = PortfolioReport.Of(portfolio).Participants;
            var delivered = portfolio.DeliveredActivities;
            static int? Known(StAMM.Domain.Activities.Participants p) => p.Count ?? (p.CountByCountry.Count > 0 ? p.CountByCountry.Values.Sum() : p.BySex?.Total);
            return p.Counted == delivered.Sum(a => Known(a.Participants) ?? 0)
                && p.ActivitiesWithUnknownCount == delivered.Count(a => Known(a.Participants) is null);
        }, iter: 80);

    [Fact]
    public void Committed_and_available_make_the_amount_and_spent_is_part_of_committed() =>
        Portfolios.Sample(portfolio => PortfolioReport.Of(portfolio).Contributions.All(c =>
            c.Amount is null
                ? c.Committed is null && c.Spent is null && c.Available is null
                : c.Committed! + c.Available! == c.Amount && c.Spent!.Amount <= c.Committed!.Amount && c.Spent.Amount >= 0m && c.Available!.Amount >= 0m),
            iter: 80);

    [Fact]
    public void The_contributions_agree_with_the_portfolio_s_balances_and_the_donors_with_their_contributions() =>
        Portfolios.Sample(portfolio =>
        {
            var report = PortfolioReport.Of(portfolio);
            var balancesAgree = report.Contributions.Zip(portfolio.Balances).All(x =>
                x.First.Contribution == x.Second.Contribution
                && x.First.Spent == x.Second.Spent
                && x.First.Available == x.Second.Available
                && x.First.Committed == x.Second.Committed! + x.Second.Spent!);
            var donorsAgree = report.Donors.All(d => d.ByCurrency.All(m =>
                m.Amount.Amount == report.Contributions.Where(c => c.Contribution.Donor == d.Donor && c.Amount?.Currency == m.Currency).Sum(c => c.Amount!.Amount)
                && m.Committed + m.Available == m.Amount));
            return report.Contributions.Length == portfolio.Contributions.Length && balancesAgree && donorsAgree;
        }, iter: 80);

    [Fact]
    public void Each_activity_s_spend_is_its_delivery_s_actual_cost_within_its_commitment() =>
        Portfolios.Sample(portfolio =>
        {
            var report = PortfolioReport.Of(portfolio);
            var rows = report.Contributions.SelectMany(c => c.Activities).ToArray();
            return rows.Length == portfolio.DeliveredActivities.Length
                && rows.All(r => r.Spent.Amount >= 0m && r.Spent.Amount <= r.Committed.Amount && r.Unspent + r.Spent == r.Committed);
        }, iter: 80);

    [Fact]
    public void The_requests_agree_with_the_portfolio_s_cases() =>
        Portfolios.Sample(portfolio =>
        {
            var r = PortfolioReport.Of(portfolio).Requests;
            var cases = portfolio.Cases;
            return r.Count == cases.Length
                && r.ByCountry.Sum(t => t.Count) == r.Count
                && r.ByInstitutionType.Sum(t => t.Count) == r.Count
                && r.ByDecision.Sum(t => t.Count) + r.NotEvaluated == r.Count
                && r.ByState.All(t => t.Count == cases.Count(c => c.State == t.Key))
                && r.ByState.Sum(t => t.Count) == r.Count
                && r.ByDecision.All(t => t.Count == cases.Count(c => c.Decision?.Kind == t.Key))
                && r.NotEvaluated == cases.Count(c => c.Decision is null);
        }, iter: 80);

    [Fact]
    public void The_years_of_a_portfolio_add_up_to_its_whole_life() =>
        Portfolios.Sample(portfolio =>
        {
            var whole = PortfolioReport.Of(portfolio);
            var years = Enumerable.Range(2018, 15).Select(y => PortfolioReport.Of(portfolio, ReportScope.Year(y))).ToArray();
            return years.Sum(y => y.Activities.Count) == whole.Activities.Count
                && years.Sum(y => y.Participants.Counted) == whole.Participants.Counted
                && years.Sum(y => y.Requests.Count) == whole.Requests.Count;
        }, iter: 40);

    [Fact]
    public void The_donors_reports_add_up_to_the_activities_that_contributions_funded() =>
        Portfolios.Sample(portfolio =>
        {
            var whole = PortfolioReport.Of(portfolio);
            var donors = portfolio.Contributions.Select(c => c.Donor).Distinct().Select(d => PortfolioReport.Of(portfolio, ReportScope.WholeLife.ForDonor(d))).ToArray();
            return donors.Sum(d => d.Activities.Count) == whole.Activities.Count
                && donors.Sum(d => d.Participants.Counted) == whole.Participants.Counted
                && donors.All(d => d.Contributions.All(c => c.Contribution.Donor == d.Scope.Donor));
        }, iter: 60);

    [Fact]
    public void The_contributions_of_a_period_s_report_stand_as_recorded_by_its_end() =>
        Portfolios.Sample(portfolio =>
        {
            var scope = ReportScope.Between(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2026, 3, 31)));
            var then = portfolio.AsOf(new LocalDate(2026, 4, 1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() - Duration.Epsilon);
            return PortfolioReport.Of(portfolio, scope).Contributions.Zip(then.Balances).All(x => x.First.Spent == x.Second.Spent && x.First.Available == x.Second.Available);
        }, iter: 60);

    [Fact]
    public void The_same_portfolio_gives_an_equal_report_with_one_hash_code() =>
        Portfolios.Sample(portfolio =>
        {
            var again = Portfolio.Create(portfolio.Project, portfolio.RuleSets, portfolio.Contributions, portfolio.Events).OrThrow();
            var a = PortfolioReport.Of(portfolio);
            var b = PortfolioReport.Of(again);
            return a == b && a.Equals((object)b) && a.GetHashCode() == b.GetHashCode() && !ReferenceEquals(a, b);
        }, iter: 40);

    [Fact]
    public void The_Kosovo_designation_is_carried_exactly_when_Kosovo_appears() =>
        Portfolios.Sample(portfolio =>
        {
            var report = PortfolioReport.Of(portfolio);
            var appears = report.Activities.ByCountry.Any(t => t.Key.IsKosovo)
                || report.Participants.ByCountry.Any(c => c.Country is { IsKosovo: true })
                || report.Requests.ByCountry.Any(t => t.Key.IsKosovo);
            return (report.KosovoDesignation is not null) == appears;
        }, iter: 80);

    [Fact]
    public void The_decisions_of_the_report_are_those_recorded_last_for_each_case() =>
        Portfolios.Sample(portfolio =>
        {
            var report = PortfolioReport.Of(portfolio);
            var failing = portfolio.Cases.Where(c => c.Decision is not null)
                .SelectMany(c => c.Decision!.Outcomes.Where(o => o.Status == StAMM.Domain.Eligibility.OutcomeStatus.Fail).Select(o => o.Code))
                .GroupBy(code => code)
                .ToDictionary(g => g.Key, g => g.Count());
            return report.Requests.FailingRules.All(t => failing[t.Key] == t.Count)
                && report.Requests.FailingRules.Length == Math.Min(failing.Count, RequestFigures.MaxFailingRules);
        }, iter: 60);
}
