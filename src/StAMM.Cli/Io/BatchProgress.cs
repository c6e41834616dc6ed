using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace StAMM.Cli.Io;

/// <summary>
/// Where a batch writes its result lines, and how it shows its progress. On a terminal, a Spectre.Console live bar
/// is drawn at most ten times a second; when standard output is the same terminal, result lines are written above
/// the bar (collected between two draws) so that bar and lines never garble each other; the bar is cleared at the
/// end. When standard error is not a terminal nothing is drawn: the caller's final line is all there is.
/// </summary>
internal sealed class BatchProgress
{
    /// <summary>The shortest time between two draws: at most ten a second.</summary>
    public static readonly TimeSpan DrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _output;
    private readonly IAnsiConsole? _console;
    private readonly bool _linesThroughConsole;
    private readonly string _what;
    private readonly long? _total;
    private readonly List<string> _pending = [];
    private readonly Stopwatch _sinceDraw = new();
    private LiveDisplayContext? _live;
    private readonly Stopwatch _running = Stopwatch.StartNew();
    private long _done;
    private int _count;
    private long? _items;

    private BatchProgress(TextWriter output, IAnsiConsole? console, bool linesThroughConsole, string what, long? total)
    {
        _output = output;
        _console = console;
        _linesThroughConsole = linesThroughConsole;
        _what = what;
        _total = total;
    }

    /// <summary>The progress of a batch over <paramref name="total"/> units (files or bytes; null when unknown).</summary>
    public static BatchProgress For(StammConsole console, TextWriter output, string what, long? total)
    {
        if (console.ErrorTerminal is null)
        {
            return new BatchProgress(output, null, false, what, total);
        }

        return console.OutputTerminal is { } both
            ? new BatchProgress(output, both, true, what, total)
            : new BatchProgress(output, console.ErrorTerminal, false, what, total);
    }

    /// <summary>The progress of reading one large file of <paramref name="bytes"/> (null when unknown) item by item: see <see cref="Advance(long, long)"/>.</summary>
    public static BatchProgress Reading(StammConsole console, TextWriter output, string what, long? bytes)
    {
        var progress = For(console, output, what, bytes);
        progress._items = 0;
        return progress;
    }

    /// <summary>Runs the batch with the bar shown (when there is a terminal), then clears it.</summary>
    public void Run(Action<BatchProgress> batch)
    {
        if (_console is null)
        {
            batch(this);
            return;
        }

        _console.Live(new Bar(this)).AutoClear(true).Start(context =>
        {
            _live = context;
            Draw();
            batch(this);
            Draw();
            _live = null;
        });
    }

    /// <summary>Writes one result line.</summary>
    public void Line(string text)
    {
        _count++;
        if (_live is null || !_linesThroughConsole)
        {
            _output.WriteLine(text);
        }
        else
        {
            _pending.Add(text);
        }

        MaybeDraw();
    }

    /// <summary>Records how far the batch has come: files done, or bytes of the file read.</summary>
    public void Advance(long done)
    {
        _done = done;
        MaybeDraw();
    }

    /// <summary>
    /// Records how far the reading of one large file has come: the bytes read and the items (activities) done; the bar
    /// then shows items, megabytes read and the rate instead of a count of lines.
    /// </summary>
    public void Advance(long bytes, long items)
    {
        _items = items;
        Advance(bytes);
    }

    /// <summary>
    /// Where to write result text of any shape: the output itself, or, while the bar is drawn on the same terminal, a
    /// writer that hands each complete line to the console above the bar (lines not counted as done).
    /// </summary>
    public TextWriter Writer => _live is not null && _linesThroughConsole ? new LineWriter(this) : _output;

    private void Pending(string line)
    {
        _pending.Add(line);
        MaybeDraw();
    }

    private void MaybeDraw()
    {
        if (_live is not null && _sinceDraw.Elapsed >= DrawInterval)
        {
            Draw();
        }
    }

    private void Draw()
    {
        if (_live is null)
        {
            return;
        }

        if (_pending.Count > 0)
        {
            // Writing through the console draws the lines above the live bar, and the bar once below them.
            _console!.Write(new Lines([.. _pending]));
            _pending.Clear();
        }
        else
        {
            _live.Refresh();
        }

        _sinceDraw.Restart();
    }

    private string Describe()
    {
        const int width = 30;
        if (_items is { } items)
        {
            // One line within 80 columns even at 100,000 activities of a 265 MB file: a terminal wraps a longer one.
            const int narrow = 20;
            var seconds = Math.Max(_running.Elapsed.TotalSeconds, 0.001);
            var read = string.Create(CultureInfo.InvariantCulture, $"{items:N0} activities, {_done / 1e6:F1}{(_total is { } all ? string.Create(CultureInfo.InvariantCulture, $"/{all / 1e6:F1}") : string.Empty)} MB, {items / seconds:N0}/s");
            if (_total is not { } size || size <= 0)
            {
                return $"{_what}: {read}";
            }

            var part = (int)(Math.Min(_done, size) * narrow / size);
            return string.Create(CultureInfo.InvariantCulture, $"{_what} [{new string('#', part)}{new string('.', narrow - part)}] {Math.Min(_done, size) * 100 / size}% {read}");
        }

        if (_total is not { } total || total <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{_what}: {_count} done");
        }

        var filled = (int)(Math.Min(_done, total) * width / total);
        return string.Create(CultureInfo.InvariantCulture, $"{_what} [{new string('#', filled)}{new string('.', width - filled)}] {Math.Min(_done, total) * 100 / total}% ({_count} done)");
    }

    /// <summary>A writer that passes each complete line to <see cref="Pending"/>, drawn above the bar at the next draw.</summary>
    private sealed class LineWriter(BatchProgress progress) : TextWriter
    {
        private readonly System.Text.StringBuilder _line = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                progress.Pending(_line.ToString().TrimEnd('\r'));
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (_line.Length > 0)
            {
                progress.Pending(_line.ToString());
                _line.Clear();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// Result lines written where the bar stood: each line is erased before it is written, so that no part of the bar
    /// shows between the fields (a tab moves the cursor without erasing what it passes).
    /// </summary>
    private sealed class Lines(IReadOnlyList<string> lines) : IRenderable
    {
        private const string EraseLine = "\u001b[2K";

        public Measurement Measure(RenderOptions options, int maxWidth) => new(maxWidth, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            lines.SelectMany(line => new[] { Segment.Control(EraseLine), new Segment(line), Segment.LineBreak });
    }

    /// <summary>The live bar: one line, drawn from the counts at the moment it is drawn.</summary>
    private sealed class Bar(BatchProgress progress) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => ((IRenderable)Text()).Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => ((IRenderable)Text()).Render(options, maxWidth);

        private Text Text() => new(progress.Describe());
    }
}
