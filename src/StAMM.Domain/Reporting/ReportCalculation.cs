using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Reporting;

/// <summary>
/// Computes a <see cref="PortfolioReport"/>: one pass over the events, keeping per case only what the figures read,
/// then one pass over the cases.
/// </summary>
internal static class ReportCalculation
{
    public static PortfolioReport Compute(Portfolio portfolio, ReportScope scope)
    {
        var events = portfolio.Events;
        var cases = Fold(events);

        var activities = new ActivityTally();
        var participants = new ParticipantTally();
        var requests = new RequestTally();
        var spend = new Dictionary<Contribution, ImmutableArray<ActivitySpend>.Builder>();
        foreach (var facts in cases)
        {
            if (!Matches(facts, scope))
            {
                continue;
            }

            if (scope.Covers(facts.SubmittedOn))
            {
                requests.Add(facts);
            }

            if (facts.Delivery is { } delivery && scope.Covers(delivery.Activity.Period.Start))
            {
                activities.Add(delivery.Activity, ThemesOf(facts), facts.Request.RequesterCountry);
                participants.Add(delivery.Activity);
                if (facts.Commitment is { } commitment)
                {
                    if (!spend.TryGetValue(commitment.Contribution, out var list))
                    {
                        spend[commitment.Contribution] = list = ImmutableArray.CreateBuilder<ActivitySpend>();
                    }

                    var spent = delivery.TotalCost is { } total ? commitment.ToContributionCurrency(total) : Money.Zero(commitment.InContributionCurrency.Currency);
                    list.Add(new ActivitySpend(delivery.Activity.Identifier, delivery.Activity.Title, delivery.Activity.Type, facts.Request.RequesterCountry, commitment.InContributionCurrency, spent));
                }
            }
        }

        // The contributions stand as recorded by the end of the period.
        var end = scope.Period is null ? events.Length : CountOnOrBefore(events, scope.Period.End);
        var positions = end == events.Length ? portfolio.Balances : end == 0 ? portfolio.BalancesAsOf(Instant.MinValue) : portfolio.BalancesAsOf(events[end - 1].At);
        var contributions = ImmutableArray.CreateBuilder<ContributionFigures>();
        foreach (var position in positions)
        {
            if (scope.Donor is not null && position.Contribution.Donor != scope.Donor)
            {
                continue;
            }

            var committed = position.Committed is null ? null : position.Committed + position.Spent!;
            var activitySpend = spend.TryGetValue(position.Contribution, out var rows) ? rows.ToImmutable() : [];
            contributions.Add(new ContributionFigures(position.Contribution, committed, position.Spent, position.Available, activitySpend));
        }

        var activityFigures = activities.ToFigures();
        var participantFigures = participants.ToFigures();
        var requestFigures = requests.ToFigures();
        var namesKosovo = scope.Country is { IsKosovo: true }
            || activityFigures.ByCountry.Any(t => t.Key.IsKosovo)
            || participantFigures.ByCountry.Any(p => p.Country is { IsKosovo: true })
            || requestFigures.ByCountry.Any(t => t.Key.IsKosovo);
        var project = portfolio.Project;
        return new PortfolioReport(
            scope,
            project.Identifier,
            project.Acronym,
            project.Title,
            portfolio.LastChanged,
            activityFigures,
            participantFigures,
            contributions.ToImmutable(),
            Donors(contributions),
            requestFigures,
            namesKosovo ? scope.KosovoDesignation : null);
    }

    /// <summary>
    /// The themes an activity is reported under: today its request's. The one place to change when activities carry
    /// themes of their own.
    /// </summary>
    internal static ImmutableSortedSet<ThematicArea> ThemesOf(CaseFacts facts) => facts.Request.Themes;

    private static bool Matches(CaseFacts facts, ReportScope scope) =>
        (scope.Donor is null || facts.Commitment?.Contribution.Donor == scope.Donor)
        && (scope.Country is null || facts.Request.RequesterCountry == scope.Country)
        && (scope.Theme is not { } theme || ThemesOf(facts).Contains(theme));

    /// <summary>The number of events recorded on or before a day (UTC); instants never decrease.</summary>
    private static int CountOnOrBefore(ImmutableArray<CaseEvent> events, LocalDate day)
    {
        var lo = 0;
        var hi = events.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (events[mid].At.InUtc().Date <= day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static List<CaseFacts> Fold(ImmutableArray<CaseEvent> events)
    {
        var byId = new Dictionary<string, CaseFacts>(StringComparer.Ordinal);
        var order = new List<CaseFacts>();
        foreach (var e in events)
        {
            if (e is CaseSubmitted submitted)
            {
                var facts = new CaseFacts(submitted);
                byId[e.CaseId] = facts;
                order.Add(facts);
            }
            else
            {
                byId[e.CaseId].Apply(e);
            }
        }

        return order;
    }

    private static ImmutableArray<DonorFigures> Donors(IEnumerable<ContributionFigures> contributions)
    {
        var result = ImmutableArray.CreateBuilder<DonorFigures>();
        foreach (var group in contributions.GroupBy(c => c.Contribution.Donor))
        {
            var byCurrency = group
                .Where(c => c.Amount is not null)
                .GroupBy(c => c.Amount!.Currency)
                .OrderBy(g => g.Key.Code, StringComparer.Ordinal)
                .Select(g => new MoneyFigures(
                    g.Select(c => c.Amount!).Aggregate((a, b) => a + b),
                    g.Select(c => c.Committed!).Aggregate((a, b) => a + b),
                    g.Select(c => c.Spent!).Aggregate((a, b) => a + b)));
            result.Add(new DonorFigures(group.Key, [.. byCurrency], group.Count(c => c.Amount is null)));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<Tally<TKey>> Tallies<TKey>(Dictionary<TKey, int> counts, IComparer<TKey>? order = null)
        where TKey : notnull =>
        [.. counts.Where(p => p.Value > 0).OrderBy(p => p.Key, order ?? Comparer<TKey>.Default).Select(p => new Tally<TKey>(p.Key, p.Value))];

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key, int by = 1)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + by;

    /// <summary>What the figures read of one case, as it stands after its last event.</summary>
    internal sealed class CaseFacts(CaseSubmitted submitted)
    {
        public LocalDate SubmittedOn { get; } = submitted.Request.SubmittedOn;

        public Instant SubmittedAt { get; } = submitted.At;

        public AssistanceRequest Request { get; private set; } = submitted.Request;

        public CaseState State { get; private set; } = CaseState.Submitted;

        public Decision? Decision { get; private set; }

        public Instant? DecidedAt { get; private set; }

        public Commitment? Commitment { get; private set; }

        public CaseDelivered? Delivery { get; private set; }

        public void Apply(CaseEvent e)
        {
            switch (e)
            {
                case CaseEvaluated evaluated:
                    Decision = evaluated.Decision;
                    State = CaseState.Evaluated;
                    break;
                case CaseReviewed:
                    State = CaseState.Reviewed;
                    break;
                case CaseApproved approved:
                    Commitment = approved.Commitment;
                    DecidedAt = approved.At;
                    State = CaseState.Approved;
                    break;
                case CaseRejected rejected:
                    DecidedAt = rejected.At;
                    State = CaseState.Rejected;
                    break;
                case CaseAmended amended:
                    Request = amended.Request;
                    Decision = null;
                    State = CaseState.Submitted;
                    break;
                case CaseWithdrawn:
                    State = CaseState.Withdrawn;
                    break;
                case CaseCancelled:
                    State = CaseState.Cancelled;
                    break;
                case CaseDelivered delivered:
                    Delivery = delivered;
                    State = CaseState.Delivered;
                    break;
                case CaseClosed:
                    State = CaseState.Closed;
                    break;
            }
        }
    }

    private sealed class ActivityTally
    {
        private readonly Dictionary<ActivityType, int> _byType = [];
        private readonly Dictionary<ThematicArea, int> _byTheme = [];
        private readonly Dictionary<Country, int> _byCountry = [];
        private readonly Dictionary<YearMonth, int> _byMonth = [];
        private readonly Dictionary<int, Dictionary<ActivityType, int>> _byYear = [];
        private int _count;
        private int _days;
        private int _unknownDays;

        public void Add(Activity activity, ImmutableSortedSet<ThematicArea> themes, Country country)
        {
            _count++;
            if (activity.Period.DurationInDays is { } days)
            {
                _days += days;
            }
            else
            {
                _unknownDays++;
            }

            Increment(_byType, activity.Type);
            foreach (var theme in themes)
            {
                Increment(_byTheme, theme);
            }

            Increment(_byCountry, country);
            var start = activity.Period.Start;
            Increment(_byMonth, new YearMonth(start.Year, start.Month));
            if (!_byYear.TryGetValue(start.Year, out var year))
            {
                _byYear[start.Year] = year = [];
            }

            Increment(year, activity.Type);
        }

        public ActivityFigures ToFigures() => new(
            _count,
            _days,
            _unknownDays,
            Tallies(_byType),
            Tallies(_byTheme),
            Tallies(_byCountry),
            Tallies(_byMonth),
            [.. _byYear.OrderBy(p => p.Key).Select(p => new ActivityYear(p.Key, p.Value.Values.Sum(), Tallies(p.Value)))]);
    }

    private sealed class ParticipantTally
    {
        private readonly Dictionary<Country, (int Participants, int Female, int Male, int Other)> _byCountry = [];
        private readonly Dictionary<int, (int Counted, int Unknown)> _byYear = [];
        private int _counted;
        private int _unknownCount;
        private int _countryUnknown;
        private int _female;
        private int _male;
        private int _other;
        private int _sexUnknown;

        public void Add(Activity activity)
        {
            var p = activity.Participants;
            var year = activity.Period.Start.Year;
            var (yearCounted, yearUnknown) = _byYear.GetValueOrDefault(year);
            if (CountOf(p) is not { } n)
            {
                _unknownCount++;
                _byYear[year] = (yearCounted, yearUnknown + 1);
                return;
            }

            _counted += n;
            _byYear[year] = (yearCounted + n, yearUnknown);
            if (p.BySex is { } sex)
            {
                _female += sex.Female;
                _male += sex.Male;
                _other += sex.Other;
            }
            else
            {
                _sexUnknown += n;
            }

            if (p.CountByCountry.Count > 0)
            {
                // One country holding every participant takes the activity's breakdown by sex; several share it unknown.
                var single = p.CountByCountry.Count(c => c.Value > 0) == 1;
                foreach (var (country, count) in p.CountByCountry)
                {
                    AddCountry(country, count, single && count > 0 ? p.BySex : null);
                }
            }
            else if (p.Countries.Count == 1)
            {
                AddCountry(p.Countries.Min!, n, p.BySex);
            }
            else
            {
                _countryUnknown += n;
            }
        }

        public ParticipantFigures ToFigures()
        {
            var rows = _byCountry
                .Where(r => r.Value.Participants > 0)
                .OrderBy(r => r.Key)
                .Select(r => new ParticipantCountry(r.Key, r.Value.Participants, r.Value.Female, r.Value.Male, r.Value.Other))
                .ToList();
            if (_countryUnknown > 0)
            {
                rows.Add(new ParticipantCountry(null, _countryUnknown, 0, 0, 0));
            }

            return new ParticipantFigures(
                _counted,
                _unknownCount,
                [.. rows],
                new SexFigures(_female, _male, _other, _sexUnknown),
                [.. _byYear.OrderBy(y => y.Key).Select(y => new ParticipantYear(y.Key, y.Value.Counted, y.Value.Unknown))]);
        }

        /// <summary>
        /// The number of participants when known: the count, or without one, the one breakdown given, or both when
        /// they agree; <see langword="null"/> otherwise.
        /// </summary>
        private static int? CountOf(Participants p)
        {
            if (p.Count is { } count)
            {
                return count;
            }

            int? byCountry = p.CountByCountry.Count > 0 ? p.CountByCountry.Values.Sum() : null;
            var bySex = p.BySex?.Total;
            return (byCountry, bySex) switch
            {
                ({ } c, { } s) => c == s ? c : null,
                ({ } c, null) => c,
                (null, { } s) => s,
                _ => null,
            };
        }

        private void AddCountry(Country country, int count, SexBreakdown? sex)
        {
            var (participants, female, male, other) = _byCountry.GetValueOrDefault(country);
            _byCountry[country] = sex is null
                ? (participants + count, female, male, other)
                : (participants + count, female + sex.Female, male + sex.Male, other + sex.Other);
        }
    }

    private sealed class RequestTally
    {
        private readonly Dictionary<Country, int> _byCountry = [];
        private readonly Dictionary<InstitutionType, int> _byType = [];
        private readonly Dictionary<DecisionKind, int> _byDecision = [];
        private readonly Dictionary<CaseState, int> _byState = [];
        private readonly Dictionary<string, int> _failing = new(StringComparer.Ordinal);
        private readonly List<int> _leadTimes = [];
        private readonly List<Duration> _timesToDecision = [];
        private int _count;
        private int _notEvaluated;

        public void Add(CaseFacts facts)
        {
            _count++;
            var request = facts.Request;
            Increment(_byCountry, request.RequesterCountry);
            Increment(_byType, request.Requester.Type);
            Increment(_byState, facts.State);
            if (facts.Decision is { } decision)
            {
                Increment(_byDecision, decision.Kind);
                foreach (var outcome in decision.Outcomes)
                {
                    if (outcome.Status == OutcomeStatus.Fail)
                    {
                        Increment(_failing, outcome.Code);
                    }
                }
            }
            else
            {
                _notEvaluated++;
            }

            _leadTimes.Add(Period.DaysBetween(facts.SubmittedOn, request.Dates.EarliestStart));
            if (facts.DecidedAt is { } decided)
            {
                _timesToDecision.Add(decided - facts.SubmittedAt);
            }
        }

        public RequestFigures ToFigures()
        {
            var failing = _failing
                .OrderByDescending(p => p.Value)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(RequestFigures.MaxFailingRules)
                .Select(p => new Tally<string>(p.Key, p.Value));
            return new RequestFigures(
                _count,
                Tallies(_byCountry),
                Tallies(_byType),
                Tallies(_byDecision),
                _notEvaluated,
                Tallies(_byState),
                [.. failing],
                MedianDays(_leadTimes),
                MedianDuration(_timesToDecision));
        }

        private static decimal? MedianDays(List<int> values)
        {
            if (values.Count == 0)
            {
                return null;
            }

            values.Sort();
            var mid = values.Count / 2;
            return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + (decimal)values[mid]) / 2m;
        }

        private static Duration? MedianDuration(List<Duration> values)
        {
            if (values.Count == 0)
            {
                return null;
            }

            values.Sort();
            var mid = values.Count / 2;
            return values.Count % 2 == 1 ? values[mid] : values[mid - 1] + ((values[mid] - values[mid - 1]) / 2.0);
        }
    }
}
