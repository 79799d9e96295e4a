using System.Diagnostics;
using Telematics.Simulator.Load;

namespace Telematics.UnitTests.Simulator;

public sealed class RequestRecorderTests
{
    private static readonly long Second = Stopwatch.Frequency;

    [Fact]
    public void A_send_begun_after_its_scheduled_time_counts_as_late_by_the_difference()
    {
        var now = Stopwatch.GetTimestamp();
        var recorder = new RequestRecorder(windowStartTimestamp: now - 10 * Second);

        recorder.RecordSendStart(now - Second / 20);

        var lateness = recorder.SendLateness;
        Assert.Equal(1, lateness.Count);
        Assert.InRange(lateness.P99Ms, 50, 5_000);
    }

    [Fact]
    public void Sends_scheduled_in_the_warm_up_are_not_counted()
    {
        var now = Stopwatch.GetTimestamp();
        var recorder = new RequestRecorder(windowStartTimestamp: now);

        recorder.RecordSendStart(now - Second);

        Assert.Equal(0, recorder.SendLateness.Count);
    }

    [Fact]
    public void A_run_of_score_reads_only_reports_no_ingestion_rather_than_a_rate_of_nothing()
    {
        var now = Stopwatch.GetTimestamp();
        var reads = new RequestRecorder(now - 10 * Second);
        reads.Record(now - Second / 10, "200");
        var result = new LoadResult(new LoadSettings(0, 1_000, 1, 10, 5_000), new RequestRecorder(now - 10 * Second), reads, 0, TimeSpan.Zero);

        var cells = LoadReport.Row("reads", result).Split('|')[1..^1].Select(c => c.Trim()).ToArray();

        Assert.Equal(["0", "1000", "–", "0", "–", "–", "5,000"], cells[1..8]);
        Assert.Equal("200×1", cells[9]);
    }

    [Fact]
    public void The_report_row_has_a_cell_for_every_column_with_the_generators_lateness_last()
    {
        var now = Stopwatch.GetTimestamp();
        var ingestion = new RequestRecorder(now - 10 * Second);
        ingestion.RecordSendStart(now - Second / 10);
        ingestion.Record(now - Second / 10, "202", events: 1_000);
        var result = new LoadResult(new LoadSettings(10_000, 1_000, 1, 10, 0), ingestion, new RequestRecorder(now), 0, TimeSpan.Zero);

        var row = LoadReport.Row("scenario", result);

        var cells = row.Split('|')[1..^1];
        Assert.Equal(LoadReport.Header.Split('\n')[0].Split('|')[1..^1].Length, cells.Length);
        Assert.Matches(@"^ \d+\.\d / – $", cells[^1]);
    }

    [Fact]
    public void Each_window_of_the_measured_time_has_its_own_p99_lowest_first()
    {
        var start = Stopwatch.GetTimestamp() - 20 * Second;
        var recorder = new RequestRecorder(start);
        // Answered now, so each latency is its request's age: ~20 s for those scheduled in the first window, ~15 s
        // for those scheduled in the second.
        for (var i = 0; i < 100; i++)
        {
            recorder.Record(start + i * Second / 100, "202");
            recorder.Record(start + 5 * Second + i * Second / 100, "202");
        }

        var p99s = recorder.WindowP99Ms(TimeSpan.FromSeconds(5));

        Assert.Equal(2, p99s.Count);
        Assert.InRange(p99s[0], 14_000, 16_000);
        Assert.InRange(p99s[1], 19_000, 21_000);
    }
}
