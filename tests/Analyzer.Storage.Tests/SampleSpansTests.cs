using Analyzer.Core.Ingest;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests;

/// <summary>
/// sample_spans (migration 0023) after loads and retirements, worked by hand: each source and workload's first and last
/// stored hour, equal after every change to the GROUP BY over utilization_hourly it stands for.
/// </summary>
public sealed class SampleSpansTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 6, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;

    public SampleSpansTests() => store = AnalyzerStore.Open(file.Path, new FixedTimeProvider(Now));

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Fact]
    public void Load_FirstBatch_StoresEachWorkloadsFirstAndLastHour()
    {
        // 24 hourly samples from June 1 00:00: the last starts at 23:00.
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        Assert.Equal(["demo i-1 2024-06-01 00:00 2024-06-01 23:00", "demo i-2 2024-06-01 00:00 2024-06-01 23:00"], Spans());
        Assert.Equal(RowSpans(), Spans());
    }

    [Fact]
    public void Load_OverlappingWindow_ReplacesOnlyTheOverlapAndWidensTheSpans()
    {
        // Window 1 is June 1-2 with 48 samples per workload (cpu_avg_pct 0..47); window 2 June 2-3 with 48 more (0..47).
        var window1 = TestBatches.TwoDays(TestBatches.Day1);
        var window2 = TestBatches.TwoDays(TestBatches.Day1.AddDays(1));
        store.Load(TestBatches.Batch(window1, samples: TestBatches.Samples(window1.Start, ["i-1", "i-2"], 48)));

        store.Load(TestBatches.Batch(window2, samples: TestBatches.Samples(window2.Start, ["i-1", "i-2"], 48)));

        // 24 rows of June 1 kept (indexes 0..23, sum 276) + 48 new: 72 per workload, June 1 00:00 to June 3 23:00; the
        // new rows sum 0 + ... + 47 = 1128, so each workload holds 276 + 1128 = 1404.
        Assert.Equal(["i-1 72 1404", "i-2 72 1404"], Rows("SELECT workload_id || ' ' || count(*) || ' ' || CAST(sum(cpu_avg_pct) AS BIGINT) FROM utilization_hourly GROUP BY workload_id"));
        Assert.Equal(["demo i-1 2024-06-01 00:00 2024-06-03 23:00", "demo i-2 2024-06-01 00:00 2024-06-03 23:00"], Spans());
        Assert.Equal(RowSpans(), Spans());
    }

    [Fact]
    public void Load_ReloadCoveringASpansEnd_ReadsTheNewEndFromTheRowsLeft()
    {
        // June 1-3, 72 samples each; then June 2-4 names both but brings only i-1's first 5 hours (June 2 00:00-04:00).
        var window1 = new Core.Time.Period(TestBatches.Day1, TestBatches.Day1.AddDays(3));
        var window2 = new Core.Time.Period(TestBatches.Day1.AddDays(1), TestBatches.Day1.AddDays(4));
        store.Load(TestBatches.Batch(window1, samples: TestBatches.Samples(window1.Start, ["i-1", "i-2"], 72)));

        store.Load(TestBatches.Batch(window2, samples: TestBatches.Samples(window2.Start, ["i-1"], 5)));

        // i-1: June 1's 24 rows and the 5 new ones, last June 2 04:00. i-2: June 2-3 deleted, June 1's 24 rows left, so
        // its span ends at June 1 23:00, an hour only the rows could tell (the old span ended June 3 23:00).
        Assert.Equal(["i-1 29", "i-2 24"], Rows("SELECT workload_id || ' ' || count(*) FROM utilization_hourly GROUP BY workload_id"));
        Assert.Equal(["demo i-1 2024-06-01 00:00 2024-06-02 04:00", "demo i-2 2024-06-01 00:00 2024-06-01 23:00"], Spans());
        Assert.Equal(RowSpans(), Spans());
    }

    [Fact]
    public void Load_WindowStartingAtASpansLastHour_ReplacesThatHour()
    {
        // Window 1 is June 1 with 24 samples each (cpu_avg_pct 0..23), so i-1's span ends at June 1 23:00; window 2
        // starts at that very hour and brings i-1's 3 samples 23:00, 00:00, 01:00 (cpu_avg_pct 0, 1, 2).
        var window1 = new Core.Time.Period(TestBatches.Day1, TestBatches.Day1.AddDays(1));
        var window2 = new Core.Time.Period(TestBatches.Day1.AddHours(23), TestBatches.Day1.AddDays(1).AddHours(23));
        store.Load(TestBatches.Batch(window1, samples: TestBatches.Samples(window1.Start, ["i-1"], 24), costs: []));

        store.Load(TestBatches.Batch(window2, samples: TestBatches.Samples(window2.Start, ["i-1"], 3), costs: []));

        // June 1 00:00-22:00 kept (0 + ... + 22 = 253) and the 3 new rows (0 + 1 + 2 = 3): 26 rows summing 256. Had the
        // span ending on the window's first hour been missed, the old 23:00 row would stay beside the new one (27, 279).
        Assert.Equal(["i-1 26 256"], Rows("SELECT workload_id || ' ' || count(*) || ' ' || CAST(sum(cpu_avg_pct) AS BIGINT) FROM utilization_hourly GROUP BY workload_id"));
        Assert.Equal(["demo i-1 2024-06-01 00:00 2024-06-02 01:00"], Spans());
        Assert.Equal(RowSpans(), Spans());
    }

    [Fact]
    public void Load_ReloadInsideASpan_KeepsItsEnds()
    {
        // June 1-3 holds 72 samples each; reloading June 2 alone with 24 samples each leaves both ends where they were.
        var window1 = new Core.Time.Period(TestBatches.Day1, TestBatches.Day1.AddDays(3));
        var window2 = new Core.Time.Period(TestBatches.Day1.AddDays(1), TestBatches.Day1.AddDays(2));
        store.Load(TestBatches.Batch(window1, samples: TestBatches.Samples(window1.Start, ["i-1", "i-2"], 72)));

        store.Load(TestBatches.Batch(window2, samples: TestBatches.Samples(window2.Start, ["i-1", "i-2"], 24), costs: []));

        Assert.Equal(["i-1 72", "i-2 72"], Rows("SELECT workload_id || ' ' || count(*) FROM utilization_hourly GROUP BY workload_id"));
        Assert.Equal(["demo i-1 2024-06-01 00:00 2024-06-03 23:00", "demo i-2 2024-06-01 00:00 2024-06-03 23:00"], Spans());
    }

    [Fact]
    public void Load_ReloadWithoutAWorkloadsSamples_DropsItsSpan()
    {
        // i-2 is named again with no samples: its 24 rows go, and with them its only span.
        var window = TestBatches.TwoDays(TestBatches.Day1);
        store.Load(TestBatches.Batch(window));

        store.Load(TestBatches.Batch(window, samples: TestBatches.Samples(window.Start, ["i-1"], 3)));

        Assert.Equal(["demo i-1 2024-06-01 00:00 2024-06-01 02:00"], Spans());
        Assert.Equal(RowSpans(), Spans());
    }

    [Fact]
    public void Load_SamplesOfAWorkloadTheBatchDoesNotName_ReplaceItsRowsAndSpan()
    {
        // i-3 has 24 samples from June 1 in window 1 and 3 in window 2 (June 3 00:00-02:00), unnamed both times.
        // Reloading window 1 with i-3's first 5 hours: its June 1 rows go before the 5 are appended.
        var window1 = TestBatches.TwoDays(TestBatches.Day1);
        var window2 = TestBatches.TwoDays(TestBatches.Day1.AddDays(2));
        store.Load(TestBatches.Batch(window1, samples: TestBatches.Samples(window1.Start, ["i-1", "i-2", "i-3"], 24)));
        store.Load(TestBatches.Batch(window2, samples: TestBatches.Samples(window2.Start, ["i-3"], 3)));

        store.Load(TestBatches.Batch(window1, samples: TestBatches.Samples(window1.Start, ["i-1", "i-3"], 5)));

        // i-1: 5 rows (00:00-04:00); i-2 named without samples: none; i-3: 5 + 3 rows, June 1 00:00 to June 3 02:00.
        Assert.Equal(["i-1 5", "i-3 8"], Rows("SELECT workload_id || ' ' || count(*) FROM utilization_hourly GROUP BY workload_id"));
        Assert.Equal(["demo i-1 2024-06-01 00:00 2024-06-01 04:00", "demo i-3 2024-06-01 00:00 2024-06-03 02:00"], Spans());
        Assert.Equal(RowSpans(), Spans());
    }

    [Fact]
    public void Load_OtherSource_KeepsASpanPerSource()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        store.Load(TestBatches.Batch(window, source: "demo"));

        store.Load(TestBatches.Batch(window, source: "cloudwatch", samples: TestBatches.Samples(window.Start.AddHours(30), ["i-1"], 2)));

        // cloudwatch's 2 samples start June 2 06:00; demo's rows stay.
        Assert.Equal(
            ["cloudwatch i-1 2024-06-02 06:00 2024-06-02 07:00", "demo i-1 2024-06-01 00:00 2024-06-01 23:00", "demo i-2 2024-06-01 00:00 2024-06-01 23:00"],
            Spans());
        Assert.Equal(RowSpans(), Spans());
    }

    [Fact]
    public void Load_FailingHalfway_LeavesTheSpansAsTheyWere()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        store.Load(TestBatches.Batch(window));
        var before = Spans();

        Assert.Throws<InvalidOperationException>(() => store.Load(TestBatches.Batch(
            window, samples: TestBatches.ThrowAfter(TestBatches.Samples(window.Start.AddDays(1), ["i-1", "i-3"], 24), 30))));

        Assert.Equal(before, Spans());
    }

    [Fact]
    public void RetireWorkloads_OneNoLongerInTheInventory_DropsItsSpan()
    {
        // demo names i-1 and i-2 (24 samples each); cloudwatch brings one sample of i-2 and names no workload.
        var window = TestBatches.TwoDays(TestBatches.Day1);
        store.Load(TestBatches.Batch(window));
        store.Load(new IngestBatch("cloudwatch", window, [], [], [], TestBatches.Samples(window.Start, ["i-2"], 1), []));

        store.RetireWorkloads("demo", ["i-1"]);

        // i-2's demo rows go, and its demo span with them; its cloudwatch row and span are another source's and stay.
        Assert.Equal(["cloudwatch i-2 2024-06-01 00:00 2024-06-01 00:00", "demo i-1 2024-06-01 00:00 2024-06-01 23:00"], Spans());
        Assert.Equal(RowSpans(), Spans());
    }

    private List<string> Spans() => Rows(
        "SELECT source || ' ' || workload_id || ' ' || strftime(first_hour, '%Y-%m-%d %H:%M') || ' ' || strftime(last_hour, '%Y-%m-%d %H:%M') FROM sample_spans");

    private List<string> RowSpans() => Rows(
        "SELECT source || ' ' || workload_id || ' ' || strftime(min(hour), '%Y-%m-%d %H:%M') || ' ' || strftime(max(hour), '%Y-%m-%d %H:%M') FROM utilization_hourly GROUP BY source, workload_id");

    private List<string> Rows(string sql)
    {
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(sql);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
