using System.Text;
using StAMM.Domain.Iati.Import;

namespace StAMM.Domain.Iati.Tests;

/// <summary>The checker and the importer report the activities done and stop between two activities when asked.</summary>
public sealed class ProgressAndCancellationTests
{
    private static MemoryStream Exported() => new(Encoding.UTF8.GetBytes(Support.StammXml()));

    [Fact]
    public void The_checker_reports_each_activity_checked_in_order()
    {
        var reported = new Recorder();

        var report = Support.Validator.Validate(Exported(), reported, TestContext.Current.CancellationToken);

        reported.Values.Should().Equal(Enumerable.Range(1, report.ActivityCount));
    }

    [Fact]
    public void The_importer_reports_each_activity_read_in_order()
    {
        var reported = new Recorder();

        var count = IatiImport.ReadActivities(Exported(), null, reported, TestContext.Current.CancellationToken).Count();

        reported.Values.Should().Equal(Enumerable.Range(1, count));
    }

    [Fact]
    public void A_cancelled_check_throws_operation_cancelled_instead_of_returning_a_partial_report()
    {
        using var stop = new CancellationTokenSource();
        var progress = new Recorder(after: 1, stop);

        var check = () => Support.Validator.Validate(Exported(), progress, stop.Token);

        check.Should().Throw<OperationCanceledException>();
        progress.Values.Should().Equal(1);
    }

    [Fact]
    public void A_cancelled_import_stops_before_the_next_activity()
    {
        using var stop = new CancellationTokenSource();
        var read = new List<IatiImportedActivity>();

        var import = () =>
        {
            foreach (var activity in IatiImport.ReadActivities(Exported(), null, null, stop.Token))
            {
                read.Add(activity);
                stop.Cancel();
            }
        };

        import.Should().Throw<OperationCanceledException>();
        read.Should().ContainSingle();
    }

    /// <summary>Records the values reported, synchronously; cancels after the given number of reports.</summary>
    private sealed class Recorder(int after = int.MaxValue, CancellationTokenSource? stop = null) : IProgress<int>
    {
        public List<int> Values { get; } = [];

        public void Report(int value)
        {
            Values.Add(value);
            if (Values.Count >= after)
            {
                stop?.Cancel();
            }
        }
    }
}
