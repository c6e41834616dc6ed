using System.Text;
using StAMM.Domain.Iati.Validation;

namespace StAMM.Domain.Iati.Tests;

/// <summary>
/// The check reads the file on a thread of its own while it runs the ruleset on the activities already read: the caller
/// sees one check, with the findings, the exceptions and the use of its stream of a check on one thread.
/// </summary>
public sealed class ConcurrentReadingTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public void A_stream_failing_midway_fails_the_check_with_its_own_exception_after_the_findings_before_it()
    {
        var xml = Encoding.UTF8.GetBytes(OwnXPathTests.RuleBreakingFile(11, 40));
        using var stream = new WatchedStream(new MemoryStream(xml), failAfter: xml.Length / 2);
        var given = new List<IatiFinding>();

        var check = () => Support.Validator.Validate(stream, given.Add, null, CancellationToken.None);

        check.Should().Throw<IOException>().WithMessage("The disk went away.");
        given.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_cancelled_check_of_an_endless_stream_returns_and_no_longer_reads_the_stream()
    {
        using var stream = new WatchedStream(new EndlessActivities(), failAfter: long.MaxValue);
        using var stop = new CancellationTokenSource();
        var progress = new CancelAfter(3, stop);

        var check = Task.Run(() => Support.Validator.Validate(stream, _ => { }, progress, stop.Token), TestContext.Current.CancellationToken);

        await FluentActions.Awaiting(() => check.WaitAsync(Patience, TestContext.Current.CancellationToken)).Should().ThrowAsync<OperationCanceledException>();
        var reads = stream.Reads;
        await Task.Delay(200, TestContext.Current.CancellationToken);
        stream.Reads.Should().Be(reads, "the reading thread has ended when the check returns");
    }

    [Fact]
    public async Task A_sink_that_throws_ends_the_check_with_its_exception_and_the_reading_with_it()
    {
        using var stream = new WatchedStream(new EndlessActivities(), failAfter: long.MaxValue);
        Action<IatiFinding> sink = _ => throw new InvalidOperationException("The sink is full.");

        var check = Task.Run(() => Support.Validator.Validate(stream, sink, null, CancellationToken.None), TestContext.Current.CancellationToken);

        await FluentActions.Awaiting(() => check.WaitAsync(Patience, TestContext.Current.CancellationToken)).Should().ThrowAsync<InvalidOperationException>().WithMessage("The sink is full.");
        var reads = stream.Reads;
        await Task.Delay(200, TestContext.Current.CancellationToken);
        stream.Reads.Should().Be(reads);
    }

    [Fact]
    public void Checks_run_at_once_give_each_the_findings_of_a_check_run_alone()
    {
        var files = Enumerable.Range(0, 4).Select(seed => OwnXPathTests.RuleBreakingFile(seed, 60)).ToArray();
        var alone = files.Select(Lines).ToArray();

        var together = files.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(Lines).ToArray();

        together.Should().BeEquivalentTo(alone, options => options.WithStrictOrdering());
    }

    private static string[] Lines(string xml) => [.. Support.Validator.ValidateXml(xml).Findings.Select(f => $"{f.RuleId} {f.Path} {f.Line}:{f.Column} {f.Message}")];

    /// <summary>Counts the reads of a stream, and fails them with an <see cref="IOException"/> past a number of bytes.</summary>
    private sealed class WatchedStream(Stream inner, long failAfter) : ForwardOnlyStream
    {
        private long _read;
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public override int Read(byte[] buffer, int offset, int count)
        {
            Interlocked.Increment(ref _reads);
            if (_read >= failAfter)
            {
                throw new IOException("The disk went away.");
            }

            var read = inner.Read(buffer, offset, (int)Math.Min(count, failAfter - _read));
            _read += read;
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>The root's start and then rule-breaking activities without end.</summary>
    private sealed class EndlessActivities : ForwardOnlyStream
    {
        private static readonly byte[] Start = Encoding.UTF8.GetBytes("<iati-activities version=\"2.03\">");
        private static readonly byte[] Activity = Encoding.UTF8.GetBytes("<iati-activity><iati-identifier>XI-X</iati-identifier><title/></iati-activity>");
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++, _position++)
            {
                buffer[offset + i] = _position < Start.Length ? Start[_position] : Activity[(_position - Start.Length) % Activity.Length];
            }

            return count;
        }
    }

    /// <summary>A stream that can only be read forward, as a network stream is.</summary>
    private abstract class ForwardOnlyStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Cancels once the check has reported a number of activities.</summary>
    private sealed class CancelAfter(int count, CancellationTokenSource stop) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value >= count)
            {
                stop.Cancel();
            }
        }
    }
}
