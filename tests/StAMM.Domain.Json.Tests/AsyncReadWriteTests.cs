using System.Text;
using StAMM.Domain.BuiltIn;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// The asynchronous readers and writers never block a thread on I/O: they work on streams that refuse synchronous
/// reads, writes and flushes (as an ASP.NET Core request or response body does), and they can be cancelled.
/// </summary>
public sealed class AsyncReadWriteTests
{
    [Fact]
    public async Task A_request_is_read_from_a_stream_that_refuses_synchronous_reads()
    {
        using var body = AsyncOnlyStream.Reading(Documents.RequestJson());

        var result = await StammJson.ReadRequestAsync(body, cancellationToken: TestContext.Current.CancellationToken);

        result.OrThrow().Should().Be(Documents.Request());
    }

    [Fact]
    public async Task A_project_is_read_from_a_stream_that_refuses_synchronous_reads()
    {
        using var body = AsyncOnlyStream.Reading(StammJson.WriteProject(Stamm.Project));

        (await StammJson.ReadProjectAsync(body, null, TestContext.Current.CancellationToken)).OrThrow().Should().Be(Stamm.Project);
    }

    [Fact]
    public async Task A_rule_set_is_read_from_a_stream_that_refuses_synchronous_reads()
    {
        using var body = AsyncOnlyStream.Reading(StammJson.WriteRuleSet(StammRuleSet.Default));

        var ruleSet = (await StammJson.ReadRuleSetAsync(body, JsonReadOptions.Default, TestContext.Current.CancellationToken)).OrThrow();

        StammJson.WriteRuleSet(ruleSet).Should().Be(StammJson.WriteRuleSet(StammRuleSet.Default));
    }

    [Fact]
    public async Task A_document_of_any_kind_is_read_by_its_kind()
    {
        using var body = AsyncOnlyStream.Reading(Documents.RequestJson());

        var document = (await StammJson.ReadAsync(body, cancellationToken: TestContext.Current.CancellationToken)).OrThrow();

        document.Should().BeOfType<RequestDocument>().Which.Request.Should().Be(Documents.Request());
    }

    [Fact]
    public async Task An_invalid_document_read_asynchronously_gives_every_problem_the_synchronous_reader_gives()
    {
        using var body = AsyncOnlyStream.Reading(Documents.InvalidRequestJson());

        var result = await StammJson.ReadRequestAsync(body, cancellationToken: TestContext.Current.CancellationToken);

        result.Problems.Should().HaveCount(4).And.Equal(StammJson.ReadRequest(Documents.InvalidRequestJson()).Problems);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(70_000)]
    public async Task A_stream_over_the_size_limit_is_refused_with_the_problem_the_synchronous_reader_gives(int limit)
    {
        var options = new JsonReadOptions { MaxDocumentBytes = limit };
        var json = StammJson.WriteProject(Stamm.Project) + new string(' ', 100_000);
        using var body = AsyncOnlyStream.Reading(json);

        var result = await StammJson.ReadProjectAsync(body, options, TestContext.Current.CancellationToken);

        using var sync = new MemoryStream(Encoding.UTF8.GetBytes(json));
        result.Problems.Should().ContainSingle().Which.Should().Be(StammJson.ReadProject(sync, options).Problems.Single());
        result.Problems[0].Code.Should().Be(JsonProblemCodes.DocumentTooLarge);
        body.BytesRead.Should().Be(limit + 1, "reading stops one byte past the limit, not at the end of the stream");
    }

    [Fact]
    public async Task A_document_exactly_at_the_size_limit_is_read()
    {
        var json = Documents.RequestJson();
        using var body = AsyncOnlyStream.Reading(json);

        var result = await StammJson.ReadRequestAsync(body, new JsonReadOptions { MaxDocumentBytes = Encoding.UTF8.GetByteCount(json) }, TestContext.Current.CancellationToken);

        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task Reading_stops_when_it_is_cancelled_while_waiting_for_the_stream()
    {
        using var cancel = new CancellationTokenSource();
        using var body = new AsyncOnlyStream(new NeverEndingStream());

        var reading = StammJson.ReadRequestAsync(body, cancellationToken: cancel.Token);
        await cancel.CancelAsync();

        await FluentActions.Awaiting(() => reading).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Reading_with_a_cancelled_token_reads_nothing()
    {
        using var body = AsyncOnlyStream.Reading(Documents.RequestJson());

        await FluentActions.Awaiting(() => StammJson.ReadRequestAsync(body, cancellationToken: new CancellationToken(canceled: true)))
            .Should().ThrowAsync<OperationCanceledException>();
        body.BytesRead.Should().Be(0);
    }

    [Fact]
    public async Task Each_document_is_written_to_a_stream_that_refuses_synchronous_writes_as_the_synchronous_writer_writes_it()
    {
        var token = TestContext.Current.CancellationToken;
        var decision = Documents.Decision();

        (await Written(s => StammJson.WriteProjectAsync(Stamm.Project, s, null, token))).Should().Be(StammJson.WriteProject(Stamm.Project));
        (await Written(s => StammJson.WriteRequestAsync(Documents.Request(), s, JsonWriteOptions.Compact, token))).Should().Be(StammJson.WriteRequest(Documents.Request(), JsonWriteOptions.Compact));
        (await Written(s => StammJson.WriteRuleSetAsync(StammRuleSet.Default, s, cancellationToken: token))).Should().Be(StammJson.WriteRuleSet(StammRuleSet.Default));
        (await Written(s => StammJson.WriteDecisionAsync(decision, s, cancellationToken: token))).Should().Be(StammJson.WriteDecision(decision));
    }

    [Fact]
    public async Task Writing_flushes_the_stream_asynchronously()
    {
        using var target = new AsyncOnlyStream(new MemoryStream());

        await StammJson.WriteRequestAsync(Documents.Request(), target, cancellationToken: TestContext.Current.CancellationToken);

        target.AsyncFlushes.Should().Be(1);
    }

    [Fact]
    public async Task Writing_with_a_cancelled_token_writes_nothing()
    {
        using var inner = new MemoryStream();
        using var target = new AsyncOnlyStream(inner);

        await FluentActions.Awaiting(() => StammJson.WriteDecisionAsync(Documents.Decision(), target, cancellationToken: new CancellationToken(canceled: true)))
            .Should().ThrowAsync<OperationCanceledException>();
        inner.Length.Should().Be(0);
    }

    private static async Task<string> Written(Func<Stream, Task> write)
    {
        using var inner = new MemoryStream();
        using (var target = new AsyncOnlyStream(inner))
        {
            await write(target);
        }

        return Encoding.UTF8.GetString(inner.ToArray());
    }

    /// <summary>A stream that, like Kestrel's request and response bodies, refuses synchronous reads, writes and flushes.</summary>
    private sealed class AsyncOnlyStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public int AsyncFlushes { get; private set; }

        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => false;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public static AsyncOnlyStream Reading(string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        public override int Read(byte[] buffer, int offset, int count) => throw Synchronous();

        public override int Read(Span<byte> buffer) => throw Synchronous();

        public override void Write(byte[] buffer, int offset, int count) => throw Synchronous();

        public override void Write(ReadOnlySpan<byte> buffer) => throw Synchronous();

        public override void Flush() => throw Synchronous();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            // Small reads, as a network gives them, so that the reader has to collect the document.
            await Task.Yield();
            var read = await inner.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
            BytesRead += read;
            return read;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await Task.Yield();
            AsyncFlushes++;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private static InvalidOperationException Synchronous() =>
            new("Synchronous operations are disallowed. Call ReadAsync or WriteAsync instead.");
    }

    /// <summary>A stream whose reads wait until they are cancelled, like a client that sends nothing more.</summary>
    private sealed class NeverEndingStream : MemoryStream
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }
}
