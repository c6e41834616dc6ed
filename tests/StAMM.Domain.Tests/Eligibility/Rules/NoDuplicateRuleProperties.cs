using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Eligibility.Rules;

/// <summary>
/// The duplicate check's index against its definition, counted one by one: the requester's open requests (filed under
/// requester and co-requester, the request itself left out) and its activities, whose dates overlap the request's and
/// which share a theme or the activity type.
/// </summary>
public sealed class NoDuplicateRuleProperties
{
    private static readonly Institution[] Institutions = [Stamm.MigrationMinistries[0], Stamm.MinistryOfSecurityOfBosniaAndHerzegovina, Stamm.MigrationMinistries[5]];

    private static readonly ActivityType[] Types = [ActivityType.Workshop, ActivityType.Training, ActivityType.StudyVisit];

    private static readonly ThematicArea[] Themes = [ThematicArea.Asylum, ThematicArea.BorderManagement, ThematicArea.Reception];

    private static readonly LocalDate First = new(2025, 6, 1);

    /// <summary>An activity or an open request: who, what, which themes (a mask of <see cref="Themes"/>), when.</summary>
    private sealed record Item(int Kind, int Institution, int CoInstitution, int Type, int ThemeMask, int Offset, int Days);

    private static readonly Gen<Item> Items =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 7], Gen.Int[0, 25], Gen.Int[1, 6])
            .Select((kind, inst, co, type, themes, offset, days) => new Item(kind, inst, co, type, themes, offset, days));

    [Fact]
    public void The_indexed_count_of_overlaps_is_the_count_by_definition() =>
        Gen.Select(Items.Array[0, 40], Items, Gen.Bool).Sample((items, subject, withEarlierVersion) =>
        {
            // The subject: a request of the Ministry of Security; sometimes its earlier version is among the open requests.
            var request = Request("2025-SUBJECT", subject with { Institution = 1, ThemeMask = subject.ThemeMask | 1 }).BuildValid();
            var context = Baseline.Context.WithoutProjectActivities();
            var open = new List<Domain.Requests.AssistanceRequest>();
            var activities = new List<Activity>();
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i].Kind == 0)
                {
                    activities.Add(Activity($"2025-A-{i:00}", items[i]).BuildValid());
                }
                else
                {
                    open.Add(Request($"2025-R-{i:00}", items[i]).BuildValid());
                }
            }

            if (withEarlierVersion)
            {
                open.Add(Request("2025-SUBJECT", items.Length > 0 ? items[0] with { Institution = 1, ThemeMask = items[0].ThemeMask | 1 } : subject with { Institution = 1, ThemeMask = 1 }).BuildValid());
            }

            context = activities.Aggregate(context, (c, a) => c.WithActivity(a));
            context = open.Aggregate(context, (c, r) => c.WithOpenRequest(r));
            var outcome = NoDuplicateRule.Default.Evaluate(new EvaluationInput(request, context.BuildValid()));

            var requester = request.Requester;
            bool Overlaps(int start, int end, int mask, ActivityType type) =>
                start <= request.Dates.EndDay && end >= request.Dates.StartDay && ((mask & request.ThemeMask) != 0 || type == request.ActivityType);
            var fromActivities = activities.Sum(a => a.Beneficiaries.Count(b => b.Equals(requester))
                * (Overlaps(a.Period.Start.ToDateOnly().DayNumber, a.Period.End.ToDateOnly().DayNumber, a.ThemeMask, a.Type) ? 1 : 0));
            var fromRequests = open.Where(r => r.Identifier != request.Identifier).Sum(r =>
                ((r.Requester.Equals(requester) ? 1 : 0) + (r.CoRequester is { } co && co.Equals(requester) ? 1 : 0))
                * (Overlaps(r.Dates.StartDay, r.Dates.EndDay, r.ThemeMask, r.ActivityType) ? 1 : 0));

            return outcome.Evidence.Actual == fromActivities + fromRequests && outcome.Evidence.Detail == fromRequests;
        }, iter: 300);

    private static ThematicArea[] ThemesOf(int mask) => [.. Themes.Where((_, i) => (mask & (1 << i)) != 0)];

    private static RequestBuilder Request(string identifier, Item item)
    {
        var start = First.PlusDays(item.Offset);
        var themes = ThemesOf(item.ThemeMask);
        var request = Baseline.Request
            .WithIdentifier(identifier)
            .From(Institutions[item.Institution])
            .OfKind(Types[item.Type])
            .WithThemes(themes.Length == 0 ? [ThematicArea.Asylum] : themes)
            .On(start, start.PlusDays(item.Days - 1));
        return item.Kind == 2 && item.CoInstitution != item.Institution ? request.WithCoRequester(Institutions[item.CoInstitution]) : request;
    }

    private static ActivityBuilder Activity(string identifier, Item item)
    {
        var activity = An.Activity.WithIdentifier(identifier).OfType(Types[item.Type]).Titled("An activity").WithThemes(ThemesOf(item.ThemeMask))
            .StartingOn(First.PlusDays(item.Offset)).Lasting(item.Days)
            .For(Institutions[item.Institution]);
        return item.CoInstitution != item.Institution ? activity.AlsoFor(Institutions[item.CoInstitution]) : activity;
    }
}
