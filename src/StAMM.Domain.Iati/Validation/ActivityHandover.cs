using System.Collections.Immutable;
using System.Xml;

namespace StAMM.Domain.Iati.Validation;

/// <summary>
/// Hands the activities of a file, read into trees and checked against the XSD by the reading thread, to the thread that
/// runs the ruleset on them, in the file's order: reading and the ruleset run at the same time on two cores.
/// </summary>
/// <remarks>
/// <para>
/// A fixed set of <see cref="Slot"/>s (each with its tree and its findings) goes round: the reader takes a free one,
/// fills it and hands it over; the checker takes the next handed over and gives it back when done. So memory does not
/// grow with the file (at most <see cref="Slots"/> activities are held), and the reader waits when the checker falls
/// behind. Each side is woken only when the other has made several slots ready, not for every activity, so that the
/// two threads seldom wait on each other.
/// </para>
/// <para>
/// Names: the parser atomises each name in its own <see cref="XmlNameTable"/>, which is not safe to use from two
/// threads. The trees hold the atoms of <see cref="NameTable"/> instead (each tree makes a name its atom once, when it
/// first meets it), a table that takes its lock for every call, so that the ruleset, which atomises the names of its
/// steps on their first use, can share it with the reader.
/// </para>
/// </remarks>
internal sealed class ActivityHandover : IDisposable
{
    /// <summary>Activities in flight, being read, waiting or being checked.</summary>
    private const int Slots = 32;

    /// <summary>The checker is woken when this many slots wait (or the file has ended); the reader when this many are free.</summary>
    private const int WakeAfter = Slots / 2;

    private readonly object _gate = new();
    private readonly Queue<Slot> _free = new(Slots);
    private readonly Queue<Slot> _ready = new(Slots);
    private bool _readerWaits;
    private bool _checkerWaits;
    private bool _stopped;
    private bool _last;

    /// <summary>Creates the slots, each with an empty tree.</summary>
    public ActivityHandover()
    {
        // The trees are filled by the reading thread only, so they share one table of short values.
        var shortValues = ActivityTree.NewShortValues();
        for (var i = 0; i < Slots; i++)
        {
            _free.Enqueue(new Slot(new ActivityTree(NameTable, shortValues)));
        }
    }

    /// <summary>Whether the checker has stopped (<see cref="Dispose"/>).</summary>
    public bool IsStopped
    {
        get
        {
            lock (_gate)
            {
                return _stopped;
            }
        }
    }

    /// <summary>The name table of every tree (see the remarks).</summary>
    public XmlNameTable NameTable { get; } = new LockedNameTable();

    /// <summary>The reader's side: a free slot, emptied; waits while none is free. Throws <see cref="OperationCanceledException"/> once the checker has stopped.</summary>
    public Slot Rent()
    {
        lock (_gate)
        {
            while (_free.Count == 0 && !_stopped)
            {
                _readerWaits = true;
                Monitor.Wait(_gate);
            }

            if (_stopped)
            {
                throw new OperationCanceledException("The check has stopped.");
            }

            var slot = _free.Dequeue();
            slot.Clear();
            return slot;
        }
    }

    /// <summary>The reader's side: hands a filled slot over; the last one (the end of the file, or what stopped the reading) wakes the checker at once.</summary>
    public void Publish(Slot slot)
    {
        lock (_gate)
        {
            _ready.Enqueue(slot);
            _last |= slot.IsLast;
            if (_checkerWaits && (_ready.Count >= WakeAfter || _last))
            {
                _checkerWaits = false;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>The checker's side: the next slot handed over, in the file's order; waits for it.</summary>
    public Slot Take()
    {
        lock (_gate)
        {
            // Once woken, the checker takes every slot waiting before it waits again; the reader wakes it only when
            // several wait (or the file has ended), not for each activity.
            while (_ready.Count == 0)
            {
                _checkerWaits = true;
                Monitor.Wait(_gate);
            }

            return _ready.Dequeue();
        }
    }

    /// <summary>The checker's side: gives a checked slot back.</summary>
    public void Return(Slot slot)
    {
        lock (_gate)
        {
            _free.Enqueue(slot);
            if (_readerWaits && _free.Count >= WakeAfter)
            {
                _readerWaits = false;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Stops the reader at its next <see cref="Rent"/> (the check is done, failed or cancelled).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>One activity (or the findings between two), as the reader hands it to the checker.</summary>
    internal sealed class Slot(ActivityTree tree)
    {
        /// <summary>The tree the reader reads a child of the root into.</summary>
        public ActivityTree Tree { get; } = tree;

        /// <summary>The findings to give before the ruleset's: the XSD's, of the other children of the root before it, and a repeated identifier.</summary>
        public ImmutableArray<IatiFinding>.Builder Findings { get; } = ImmutableArray.CreateBuilder<IatiFinding>();

        /// <summary>Whether <see cref="Tree"/> holds an activity for the ruleset.</summary>
        public bool IsActivity { get; set; }

        /// <summary>The activity's identifier, if it has one.</summary>
        public string? Identifier { get; set; }

        /// <summary>Whether the file has ended after this slot (or <see cref="Failure"/> stopped the reading).</summary>
        public bool IsLast { get; set; }

        /// <summary>What stopped the reading (a malformed file, a limit, the stream's error), thrown by the checker in its place.</summary>
        public Exception? Failure { get; set; }

        /// <summary>Empties the slot for the next activity (the tree is emptied when it is read into).</summary>
        public void Clear()
        {
            Findings.Clear();
            IsActivity = false;
            Identifier = null;
            IsLast = false;
            Failure = null;
        }
    }

    /// <summary>A name table whose every call holds its lock (see the remarks of <see cref="ActivityHandover"/>).</summary>
    private sealed class LockedNameTable : XmlNameTable
    {
        private readonly NameTable _names = new();
        private readonly Lock _lock = new();

        public override string Add(char[] array, int offset, int length)
        {
            lock (_lock)
            {
                return _names.Add(array, offset, length);
            }
        }

        public override string Add(string array)
        {
            lock (_lock)
            {
                return _names.Add(array);
            }
        }

        public override string? Get(char[] array, int offset, int length)
        {
            lock (_lock)
            {
                return _names.Get(array, offset, length);
            }
        }

        public override string? Get(string array)
        {
            lock (_lock)
            {
                return _names.Get(array);
            }
        }
    }
}
