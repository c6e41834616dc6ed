using StAMM.Domain.Activities;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// Existing activities and open requests, indexed by institution and then by date, for the duplicate check: one
/// hash look-up for the requester, a binary search for the requested dates, and a walk over only the entries that
/// can overlap. Built once per <see cref="EvaluationContext"/>; read-only afterwards, so thread-safe.
/// </summary>
/// <remarks>
/// An open request is filed under its requester and co-requester; an activity under each of its beneficiaries.
/// Within an institution, entries are sorted by first day (then last day, then identifier), with a running maximum of
/// the last days, so the walk backwards from the last entry that starts before the requested end stops as soon as no
/// earlier entry can reach the requested start.
/// </remarks>
internal sealed class ActivityIndex
{
    private readonly Dictionary<Institution, Bucket> _buckets;

    private ActivityIndex(Dictionary<Institution, Bucket> buckets) => _buckets = buckets;

    public static ActivityIndex Build(IReadOnlyList<Activity> activities, IReadOnlyList<AssistanceRequest> requests)
    {
        var lists = new Dictionary<Institution, List<Entry>>();
        foreach (var activity in activities)
        {
            var entry = new Entry(
                activity.Period.Start.ToDateOnly().DayNumber,
                activity.Period.End.ToDateOnly().DayNumber,
                activity.ThemeMask,
                activity.Type,
                IsRequest: false,
                activity.Identifier);
            foreach (var beneficiary in activity.Beneficiaries)
            {
                Add(lists, beneficiary, entry);
            }
        }

        foreach (var request in requests)
        {
            var entry = new Entry(request.Dates.StartDay, request.Dates.EndDay, request.ThemeMask, request.ActivityType, IsRequest: true, request.Identifier);
            Add(lists, request.Requester, entry);
            if (request.CoRequester is not null)
            {
                Add(lists, request.CoRequester, entry);
            }
        }

        var buckets = new Dictionary<Institution, Bucket>(lists.Count);
        foreach (var (institution, list) in lists)
        {
            list.Sort(static (a, b) =>
            {
                var c = a.Start.CompareTo(b.Start);
                if (c == 0)
                {
                    c = a.End.CompareTo(b.End);
                }

                return c != 0 ? c : string.CompareOrdinal(a.Identifier, b.Identifier);
            });
            buckets.Add(institution, new Bucket(list));
        }

        return new ActivityIndex(buckets);
    }

    /// <summary>
    /// Counts the open requests and the existing activities of the requester that overlap the request: dates that
    /// overlap, and a theme in common or the same activity type. The request itself (same identifier) is not counted.
    /// </summary>
    public int CountDuplicates(AssistanceRequest request, out int requests)
    {
        requests = 0;
        if (!_buckets.TryGetValue(request.Requester, out var bucket))
        {
            return 0;
        }

        var start = request.Dates.StartDay;
        var end = request.Dates.EndDay;
        var starts = bucket.Starts;
        var lo = 0;
        var hi = starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (starts[mid] <= end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var count = 0;
        for (var i = lo - 1; i >= 0 && bucket.MaxEnds[i] >= start; i--)
        {
            ref readonly var entry = ref bucket.Entries[i];
            if (entry.End < start)
            {
                continue;
            }

            if (entry.IsRequest && string.Equals(entry.Identifier, request.Identifier, StringComparison.Ordinal))
            {
                continue;
            }

            if ((entry.ThemeMask & request.ThemeMask) != 0 || entry.Type == request.ActivityType)
            {
                count++;
                if (entry.IsRequest)
                {
                    requests++;
                }
            }
        }

        return count;
    }

    private static void Add(Dictionary<Institution, List<Entry>> lists, Institution institution, Entry entry)
    {
        if (!lists.TryGetValue(institution, out var list))
        {
            list = [];
            lists.Add(institution, list);
        }

        list.Add(entry);
    }

    private readonly record struct Entry(int Start, int End, int ThemeMask, ActivityType Type, bool IsRequest, string Identifier);

    private sealed class Bucket
    {
        public Bucket(List<Entry> sorted)
        {
            Entries = [.. sorted];
            Starts = new int[Entries.Length];
            MaxEnds = new int[Entries.Length];
            var max = int.MinValue;
            for (var i = 0; i < Entries.Length; i++)
            {
                Starts[i] = Entries[i].Start;
                max = Math.Max(max, Entries[i].End);
                MaxEnds[i] = max;
            }
        }

        public Entry[] Entries { get; }

        public int[] Starts { get; }

        public int[] MaxEnds { get; }
    }
}
