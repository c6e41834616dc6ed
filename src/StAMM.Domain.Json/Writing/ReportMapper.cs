using System.Collections.Immutable;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Reporting;

namespace StAMM.Domain.Json.Writing;

/// <summary>Turns a <see cref="PortfolioReport"/> into its document contract.</summary>
internal static class ReportMapper
{
    public static ReportDocumentContract Document(PortfolioReport report) => new()
    {
        Project = new ReportProjectContract { Identifier = report.ProjectIdentifier, Acronym = report.ProjectAcronym, Title = report.ProjectTitle },
        Scope = new ReportScopeContract
        {
            From = report.Scope.Period is { } from ? IsoText.Date(from.Start) : null,
            To = report.Scope.Period is { } to ? IsoText.Date(to.End) : null,
            Donor = report.Scope.Donor is null ? null : ContractMapper.Donor(report.Scope.Donor),
            Country = report.Scope.Country?.Code,
            Theme = EnumNames.Of(report.Scope.Theme),
        },
        AsOf = report.AsOf is { } asOf ? IsoText.Instant(asOf) : null,
        Activities = Activities(report),
        Participants = Participants(report),
        Contributions = [.. report.Contributions.Select(Contribution)],
        Donors = [.. report.Donors.Select(Donor)],
        Requests = Requests(report),
        KosovoDesignation = report.KosovoDesignation is null ? null : RequestMapper.Designation(report.KosovoDesignation),
    };

    private static ActivityFiguresContract Activities(PortfolioReport report)
    {
        var a = report.Activities;
        return new ActivityFiguresContract
        {
            Count = a.Count,
            Days = a.Days,
            WithUnknownDays = a.WithUnknownDays,
            ByType = TypeCounts(a.ByType),
            ByTheme = [.. a.ByTheme.Select(t => new ThemeCountContract { Theme = EnumNames.Of(t.Key), Count = t.Count })],
            ByCountry = [.. a.ByCountry.Select(t => Country(report, t))],
            ByMonth = [.. a.ByMonth.Select(t => new MonthCountContract { Month = IsoText.Month(t.Key), Count = t.Count })],
            ByYear = [.. a.ByYear.Select(y => new ActivityYearContract
            {
                Year = y.Year,
                Count = y.Count,
                ByType = TypeCounts(y.ByType),
            })],
        };
    }

    private static ParticipantFiguresContract Participants(PortfolioReport report)
    {
        var p = report.Participants;
        return new ParticipantFiguresContract
        {
            Counted = p.Counted,
            ActivitiesWithUnknownCount = p.ActivitiesWithUnknownCount,
            ByCountry = [.. p.ByCountry.Select(c => new ParticipantCountryContract
            {
                Country = c.Country?.Code,
                Name = c.Country is null ? null : report.NameOf(c.Country),
                Participants = c.Participants,
                Female = c.Female,
                Male = c.Male,
                Other = c.Other,
                SexUnknown = c.SexUnknown,
            })],
            BySex = new SexFiguresContract { Female = p.BySex.Female, Male = p.BySex.Male, Other = p.BySex.Other, Unknown = p.BySex.Unknown },
            ByYear = [.. p.ByYear.Select(y => new ParticipantYearContract { Year = y.Year, Counted = y.Counted, ActivitiesWithUnknownCount = y.ActivitiesWithUnknownCount })],
        };
    }

    private static ContributionFiguresContract Contribution(ContributionFigures c) => new()
    {
        Contribution = ContractMapper.Contribution(c.Contribution),
        Amount = c.Amount is null ? null : ContractMapper.Money(c.Amount),
        Committed = c.Committed is null ? null : ContractMapper.Money(c.Committed),
        Spent = c.Spent is null ? null : ContractMapper.Money(c.Spent),
        Available = c.Available is null ? null : ContractMapper.Money(c.Available),
        Activities = [.. c.Activities.Select(a => new ActivitySpendContract
        {
            Activity = a.Activity,
            Title = a.Title,
            Type = EnumNames.Of(a.Type),
            Country = a.Country.Code,
            Committed = ContractMapper.Money(a.Committed),
            Spent = ContractMapper.Money(a.Spent),
            Unspent = ContractMapper.Money(a.Unspent),
        })],
    };

    private static DonorFiguresContract Donor(DonorFigures d) => new()
    {
        Donor = ContractMapper.Donor(d.Donor),
        ByCurrency = [.. d.ByCurrency.Select(m => new MoneyFiguresContract
        {
            Currency = m.Currency.Code,
            Amount = m.Amount.Amount,
            Committed = m.Committed.Amount,
            Spent = m.Spent.Amount,
            Available = m.Available.Amount,
        })],
        UnknownAmounts = d.UnknownAmounts,
    };

    private static RequestFiguresContract Requests(PortfolioReport report)
    {
        var r = report.Requests;
        return new RequestFiguresContract
        {
            Count = r.Count,
            ByCountry = [.. r.ByCountry.Select(t => Country(report, t))],
            ByInstitutionType = [.. r.ByInstitutionType.Select(t => new InstitutionTypeCountContract { InstitutionType = EnumNames.Of(t.Key), Count = t.Count })],
            ByDecision = [.. r.ByDecision.Select(t => new DecisionCountContract { Decision = EnumNames.Of(t.Key), Count = t.Count })],
            NotEvaluated = r.NotEvaluated,
            ByState = [.. r.ByState.Select(t => new StateCountContract { State = EnumNames.Of(t.Key), Count = t.Count })],
            FailingRules = [.. r.FailingRules.Select(t => new RuleCountContract { Rule = t.Key, Count = t.Count })],
            MedianLeadTimeDays = r.MedianLeadTimeDays,
            MedianTimeToDecisionDays = r.MedianTimeToDecision is { } d ? Math.Round((decimal)d.TotalDays, 2, MidpointRounding.ToEven) : null,
        };
    }

    private static IReadOnlyList<TypeCountContract> TypeCounts(ImmutableArray<Tally<ActivityType>> tallies) =>
        [.. tallies.Select(t => new TypeCountContract { Type = EnumNames.Of(t.Key), Count = t.Count })];

    private static CountryCountContract Country(PortfolioReport report, Tally<Country> tally) =>
        new() { Country = tally.Key.Code, Name = report.NameOf(tally.Key), Count = tally.Count };
}
