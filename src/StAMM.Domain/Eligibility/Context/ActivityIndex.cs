using StAMM.Domain.Activities;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// Existing activities and open requests, indexed by institution and then by what the duplicate check matches on, for
/// the duplicate check: one hash look-up for the requester, then two binary searches per group of its entries, so a
/// check costs about the same however many entries overlap the requested dates. Built once per
/// <see cref="EvaluationContext"/> (a portfolio builds one per portfolio value); read-only afterwards, so thread-safe.
/// </summary>
/// <remarks>
/// <para>An open request is filed under its requester and co-requester; an activity under each of its beneficiaries.
/// Within an institution, entries are grouped by activity type, theme mask and whether they are requests; a group
/// keeps its first days and its last days, each sorted. The entries of a group that overlap the requested days are
/// those that start on or before the requested end, less those that end before the requested start (an entry never
/// ends before it starts, so the second are among the first).</para>
/// <para>The request itself, when it is among the open requests (an earlier version with the same identifier), is
/// not counted: it is looked up by identifier and taken off when it would have been counted.</para>
/// </remarks>
internal sealed class ActivityIndex
{
    private readonly Dictionary<Institution, Group[]> _buckets;
    private readonly Dictionary<string, AssistanceRequest> _requests;

    private ActivityIndex(Dictionary<Institution, Group[]> buckets, Dictionary<string, AssistanceRequest> requests)
    {
        _buckets = buckets;
        _requests = requests;
    }

    public static ActivityIndex Build(IReadOnlyList<Activity> activities, IReadOnlyList<AssistanceRequest> requests)
    {
        var lists = new Dictionary<Institution, Dictionary<Key, Builder>>();
        foreach (var activity in activities)
        {
            var key = new Key(activity.Type, activity.ThemeMask, IsRequest: false);
            var start = activity.Period.Start.ToDateOnly().DayNumber;
            var end = activity.Period.End.ToDateOnly().DayNumber;
            foreach (var beneficiary in activity.Beneficiaries)
            {
                Add(lists, beneficiary, key, start, end);
            }
        }

        var byIdentifier = new Dictionary<string, AssistanceRequest>(requests.Count, StringComparer.Ordinal);
        foreach (var request in requests)
        {
            var key = new Key(request.ActivityType, request.ThemeMask, IsRequest: true);
            Add(lists, request.Requester, key, request.Dates.StartDay, request.Dates.EndDay);
            if (request.CoRequester is not null)
            {
                Add(lists, request.CoRequester, key, request.Dates.StartDay, request.Dates.EndDay);
            }

            byIdentifier.TryAdd(request.Identifier, request);
        }

        var buckets = new Dictionary<Institution, Group[]>(lists.Count);
        foreach (var (institution, groups) in lists)
        {
            buckets.Add(institution, [.. groups.Select(g => g.Value.Freeze(g.Key))]);
        }

        return new ActivityIndex(buckets, byIdentifier);
    }

    /// <summary>
    /// Counts the open requests and the existing activities of the requester that overlap the request: dates that
    /// overlap, and a theme in common or the same activity type. The request itself (same identifier) is not counted.
    /// </summary>
    public int CountDuplicates(AssistanceRequest request, out int requests)
    {
        requests = 0;
        if (!_buckets.TryGetValue(request.Requester, out var groups))
        {
            return 0;
        }

        var start = request.Dates.StartDay;
        var end = request.Dates.EndDay;
        var count = 0;
        foreach (var group in groups)
        {
            if (!Matches(group.Key.ThemeMask, group.Key.Type, request))
            {
                continue;
            }

            var overlapping = CountAtMost(group.Starts, end) - CountAtMost(group.Ends, start - 1);
            count += overlapping;
            if (group.Key.IsRequest)
            {
                requests += overlapping;
            }
        }

        if (_requests.TryGetValue(request.Identifier, out var self)
            && self.Dates.StartDay <= end
            && self.Dates.EndDay >= start
            && Matches(self.ThemeMask, self.ActivityType, request))
        {
            // Filed under its requester and its co-requester: taken off as often as it was filed under this one.
            var filed = (self.Requester.Equals(request.Requester) ? 1 : 0) + (self.CoRequester is { } co && co.Equals(request.Requester) ? 1 : 0);
            count -= filed;
            requests -= filed;
        }

        return count;
    }

    private static bool Matches(int themeMask, ActivityType type, AssistanceRequest request) =>
        (themeMask & request.ThemeMask) != 0 || type == request.ActivityType;

    /// <summary>How many of the sorted days are at most <paramref name="day"/>.</summary>
    private static int CountAtMost(int[] sorted, int day)
    {
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= day)
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

    private static void Add(Dictionary<Institution, Dictionary<Key, Builder>> lists, Institution institution, Key key, int start, int end)
    {
        if (!lists.TryGetValue(institution, out var groups))
        {
            groups = [];
            lists.Add(institution, groups);
        }

        if (!groups.TryGetValue(key, out var builder))
        {
            builder = new Builder();
            groups.Add(key, builder);
        }

        builder.Starts.Add(start);
        builder.Ends.Add(end);
    }

    /// <summary>What the duplicate check matches on, besides the dates.</summary>
    private readonly record struct Key(ActivityType Type, int ThemeMask, bool IsRequest);

    private sealed class Builder
    {
        public List<int> Starts { get; } = [];

        public List<int> Ends { get; } = [];

        public Group Freeze(Key key)
        {
            int[] starts = [.. Starts];
            int[] ends = [.. Ends];
            Array.Sort(starts);
            Array.Sort(ends);
            return new Group(key, starts, ends);
        }
    }

    /// <summary>The entries of one institution with one key: their first days and their last days, each sorted.</summary>
    private sealed record Group(Key Key, int[] Starts, int[] Ends);
}
