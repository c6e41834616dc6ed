using System.Collections.Immutable;
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
/// <para>A portfolio's next value extends its index rather than building it again (<see cref="WithRequest"/>,
/// <see cref="WithoutRequest"/>, <see cref="WithActivity"/>): the entries added and taken off since the build are kept
/// beside it, by institution, in persistent collections that the next index shares, and a count adds theirs to the
/// built part's (an overlap count is a sum over entries). <see cref="Changes"/> says how many there are, so that the
/// owner builds the index again before scanning them costs more than the binary searches.</para>
/// </remarks>
internal sealed class ActivityIndex
{
    private static readonly ImmutableDictionary<Institution, ImmutableList<Change>> NoChanges = ImmutableDictionary<Institution, ImmutableList<Change>>.Empty;
    private static readonly ImmutableDictionary<string, AssistanceRequest?> NoRequestChanges = ImmutableDictionary.Create<string, AssistanceRequest?>(StringComparer.Ordinal);

    private readonly Dictionary<Institution, Group[]> _buckets;
    private readonly Dictionary<string, AssistanceRequest> _requests;
    private readonly ImmutableDictionary<Institution, ImmutableList<Change>> _changes;
    private readonly ImmutableDictionary<string, AssistanceRequest?> _requestChanges;

    private ActivityIndex(
        Dictionary<Institution, Group[]> buckets,
        Dictionary<string, AssistanceRequest> requests,
        ImmutableDictionary<Institution, ImmutableList<Change>> changes,
        ImmutableDictionary<string, AssistanceRequest?> requestChanges,
        int changeCount)
    {
        _buckets = buckets;
        _requests = requests;
        _changes = changes;
        _requestChanges = requestChanges;
        Changes = changeCount;
    }

    /// <summary>How many entries were added or taken off since the index was built.</summary>
    public int Changes { get; }

    /// <summary>How many entries the built part holds (each filing of a request or an activity under an institution).</summary>
    public int Entries { get; private init; }

    public static ActivityIndex Build(IReadOnlyList<Activity> activities, IReadOnlyList<AssistanceRequest> requests)
    {
        var lists = new Dictionary<Institution, Dictionary<Key, Builder>>();
        foreach (var activity in activities)
        {
            var entry = Entry.Of(activity);
            foreach (var beneficiary in activity.Beneficiaries)
            {
                Add(lists, beneficiary, entry);
            }
        }

        var byIdentifier = new Dictionary<string, AssistanceRequest>(requests.Count, StringComparer.Ordinal);
        foreach (var request in requests)
        {
            var entry = Entry.Of(request);
            foreach (var institution in FiledUnder(request))
            {
                Add(lists, institution, entry);
            }

            byIdentifier.TryAdd(request.Identifier, request);
        }

        var buckets = new Dictionary<Institution, Group[]>(lists.Count);
        var entries = 0;
        foreach (var (institution, groups) in lists)
        {
            buckets.Add(institution, [.. groups.Select(g => g.Value.Freeze(g.Key))]);
            entries += groups.Values.Sum(g => g.Starts.Count);
        }

        return new ActivityIndex(buckets, byIdentifier, NoChanges, NoRequestChanges, 0) { Entries = entries };
    }

    /// <summary>This index with an open request added: filed under its requester and co-requester.</summary>
    public ActivityIndex WithRequest(AssistanceRequest request) =>
        With(new Change(Entry.Of(request), +1), FiledUnder(request), _requestChanges.SetItem(request.Identifier, request));

    /// <summary>This index with an open request taken off (one that it holds).</summary>
    public ActivityIndex WithoutRequest(AssistanceRequest request) =>
        With(new Change(Entry.Of(request), -1), FiledUnder(request), _requestChanges.SetItem(request.Identifier, null));

    /// <summary>This index with an existing activity added: filed under each of its beneficiaries.</summary>
    public ActivityIndex WithActivity(Activity activity) =>
        With(new Change(Entry.Of(activity), +1), activity.Beneficiaries, _requestChanges);

    /// <summary>
    /// Counts the open requests and the existing activities of the requester that overlap the request: dates that
    /// overlap, and a theme in common or the same activity type. The request itself (same identifier) is not counted.
    /// </summary>
    public int CountDuplicates(AssistanceRequest request, out int requests)
    {
        requests = 0;
        var start = request.Dates.StartDay;
        var end = request.Dates.EndDay;
        var count = 0;
        if (_buckets.TryGetValue(request.Requester, out var groups))
        {
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
        }

        if (!_changes.IsEmpty && _changes.TryGetValue(request.Requester, out var changes))
        {
            foreach (var change in changes)
            {
                var entry = change.Entry;
                if (entry.Start <= end && entry.End >= start && Matches(entry.Key.ThemeMask, entry.Key.Type, request))
                {
                    count += change.Sign;
                    if (entry.Key.IsRequest)
                    {
                        requests += change.Sign;
                    }
                }
            }
        }

        if (FindRequest(request.Identifier) is { } self
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

    private AssistanceRequest? FindRequest(string identifier) =>
        _requestChanges.IsEmpty || !_requestChanges.TryGetValue(identifier, out var changed)
            ? _requests.GetValueOrDefault(identifier)
            : changed;

    /// <summary>The institutions a request is filed under: its requester, and its co-requester if any.</summary>
    private static IEnumerable<Institution> FiledUnder(AssistanceRequest request) =>
        request.CoRequester is { } co ? [request.Requester, co] : [request.Requester];

    private ActivityIndex With(Change change, IEnumerable<Institution> filedUnder, ImmutableDictionary<string, AssistanceRequest?> requestChanges)
    {
        var changes = _changes;
        var count = Changes;
        foreach (var institution in filedUnder)
        {
            changes = changes.SetItem(institution, (changes.TryGetValue(institution, out var list) ? list : []).Add(change));
            count++;
        }

        return new ActivityIndex(_buckets, _requests, changes, requestChanges, count) { Entries = Entries };
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

    private static void Add(Dictionary<Institution, Dictionary<Key, Builder>> lists, Institution institution, Entry entry)
    {
        if (!lists.TryGetValue(institution, out var groups))
        {
            groups = [];
            lists.Add(institution, groups);
        }

        if (!groups.TryGetValue(entry.Key, out var builder))
        {
            builder = new Builder();
            groups.Add(entry.Key, builder);
        }

        builder.Starts.Add(entry.Start);
        builder.Ends.Add(entry.End);
    }

    /// <summary>What the duplicate check matches on, besides the dates.</summary>
    private readonly record struct Key(ActivityType Type, int ThemeMask, bool IsRequest);

    /// <summary>What an activity or a request is filed as: its key and its first and last days.</summary>
    private readonly record struct Entry(Key Key, int Start, int End)
    {
        public static Entry Of(Activity activity) => new(
            new Key(activity.Type, activity.ThemeMask, IsRequest: false),
            activity.Period.Start.ToDateOnly().DayNumber,
            activity.Period.End.ToDateOnly().DayNumber);

        public static Entry Of(AssistanceRequest request) =>
            new(new Key(request.ActivityType, request.ThemeMask, IsRequest: true), request.Dates.StartDay, request.Dates.EndDay);
    }

    /// <summary>An entry added (sign +1) or taken off (sign -1) since the index was built.</summary>
    private readonly record struct Change(Entry Entry, int Sign);

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
