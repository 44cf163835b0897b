using Analyzer.Core.Ingest;
using Analyzer.Core.Time;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests;

public sealed class AnalyzerStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 6, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;

    public AnalyzerStoreTests() => store = AnalyzerStore.Open(file.Path, new FixedTimeProvider(Now));

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Fact]
    public void Load_Batch_ReturnsRowCounts()
    {
        var result = store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        Assert.Equal((1, 2, 48, 4), (result.Accounts, result.Workloads, result.Samples, result.CostLines));
        Assert.Equal((1L, 2L, 48L, 4L, 2L), Counts());
    }

    [Fact]
    public void Load_SameBatchTwice_KeepsSameRowCounts()
    {
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        Assert.Equal((1L, 2L, 48L, 4L, 2L), Counts());
        Assert.Equal(2L, Scalar<long>("SELECT count(*) FROM collection_runs WHERE status = 'succeeded'"));
    }

    [Fact]
    public void Load_SameBatchTwice_KeepsExactCostTotal()
    {
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        Assert.Equal(2 * (2.304m + 2.448123m), Scalar<decimal>("SELECT sum(unblended_cost) FROM cost_daily"));
    }

    [Fact]
    public void Load_NextWindow_KeepsEarlierWindowsRows()
    {
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1.AddDays(2))));

        Assert.Equal(96L, Scalar<long>("SELECT count(*) FROM utilization_hourly"));
        Assert.Equal(8L, Scalar<long>("SELECT count(*) FROM cost_daily"));
    }

    [Fact]
    public void Load_OtherSourceSameWindow_KeepsBothSources()
    {
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1), source: "demo"));

        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1), source: "cloudwatch"));

        Assert.Equal(96L, Scalar<long>("SELECT count(*) FROM utilization_hourly"));
    }

    [Fact]
    public void Load_ReloadWithFewerSamples_ReplacesWindow()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        store.Load(TestBatches.Batch(window));

        store.Load(TestBatches.Batch(window, samples: TestBatches.Samples(window.Start, ["i-1"], 5)));

        Assert.Equal(5L, Scalar<long>("SELECT count(*) FROM utilization_hourly"));
    }

    [Fact]
    public void Load_SamplesOfWorkloadTheBatchDoesNotName_ReplaceOnlyItsRowsInTheWindow()
    {
        // i-3 has samples but is not in the batch's inventory (i-1, i-2). Window 1: 3 x 24 = 72 rows; window 2: 3 more.
        var window1 = TestBatches.TwoDays(TestBatches.Day1);
        var window2 = TestBatches.TwoDays(TestBatches.Day1.AddDays(2));
        store.Load(TestBatches.Batch(window1, samples: TestBatches.Samples(window1.Start, ["i-1", "i-2", "i-3"], 24)));
        store.Load(TestBatches.Batch(window2, samples: TestBatches.Samples(window2.Start, ["i-3"], 3)));

        // Reloading window 1: i-1's 24 rows come first, then i-3's first sample, whose window rows go before its 5 new
        // rows are appended; i-2 is named with no samples, so its 24 rows go. Window 1: 24 + 5; window 2 keeps 3.
        store.Load(TestBatches.Batch(window1, samples: TestBatches.Samples(window1.Start, ["i-1", "i-3"], 24).Where(s => s.WorkloadId == "i-1" || s.Hour < window1.Start.AddHours(5))));

        Assert.Equal(
            ["i-1 24", "i-3 3", "i-3 5"],
            Ids("SELECT workload_id || ' ' || count(*) FROM utilization_hourly GROUP BY workload_id, hour >= TIMESTAMP '2024-06-03'"));
    }

    [Fact]
    public void Load_OverlappingWindow_ReplacesOnlyTheOverlappingHours()
    {
        // Window 1 is June 1-2, window 2 June 2-3: 48 hourly samples per workload each, cpu_avg_pct = the sample's index.
        var window1 = TestBatches.TwoDays(TestBatches.Day1);
        var window2 = TestBatches.TwoDays(TestBatches.Day1.AddDays(1));
        store.Load(TestBatches.Batch(window1, samples: TestBatches.Samples(window1.Start, ["i-1", "i-2"], 48)));

        store.Load(TestBatches.Batch(window2, samples: TestBatches.Samples(window2.Start, ["i-1", "i-2"], 48)));

        // June 1 keeps window 1's indexes 0..23 (sum 276); June 2 holds window 2's 0..23 (276), not window 1's 24..47
        // (852) and not both (48 rows); June 3 holds window 2's 24..47 (852).
        Assert.Equal(
            ["i-1 2024-06-01 24 276", "i-1 2024-06-02 24 276", "i-1 2024-06-03 24 852",
             "i-2 2024-06-01 24 276", "i-2 2024-06-02 24 276", "i-2 2024-06-03 24 852"],
            Ids("SELECT workload_id || ' ' || CAST(hour AS DATE) || ' ' || count(*) || ' ' || CAST(sum(cpu_avg_pct) AS BIGINT) FROM utilization_hourly GROUP BY workload_id, CAST(hour AS DATE)"));
    }

    [Fact]
    public void Load_NamingAWorkloadWhoseSamplesCameUnnamed_ReplacesThem()
    {
        // i-3's 24 samples arrive in a batch that names only i-1 and i-2, so i-3 is not in the inventory; a second batch
        // names i-3 with 24 samples of the same window: they replace the first 24 (a workload new to the inventory can
        // still have samples).
        var window = TestBatches.TwoDays(TestBatches.Day1);
        store.Load(TestBatches.Batch(window, samples: TestBatches.Samples(window.Start, ["i-1", "i-2", "i-3"], 24)));

        store.Load(new IngestBatch(
            "demo", window, ["111111111111"], [new Account("111111111111", "Payments prod")], [TestBatches.Workload("i-3")],
            TestBatches.Samples(window.Start, ["i-3"], 24), []));

        Assert.Equal(["i-1 24", "i-2 24", "i-3 24"], Ids("SELECT workload_id || ' ' || count(*) FROM utilization_hourly GROUP BY workload_id"));
    }

    [Fact]
    public void Load_Sample_StoresEveryField()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        var sample = new UtilizationSample("i-1", window.Start.AddHours(7), 12.5, 80, 40, 55.25, 1e9, 2.5e8, 3, 1200, 85.5, 310, 7);
        store.Load(TestBatches.Batch(window, source: "cloudwatch", samples: [sample]));

        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(
            "SELECT workload_id, hour, cpu_avg_pct, cpu_max_pct, mem_avg_pct, mem_max_pct, net_in_bytes, net_out_bytes, running_count, invocations, duration_avg_ms, duration_p99_ms, concurrency_max, source FROM utilization_hourly");
        Assert.True(reader.Read());
        Assert.Equal("i-1", reader.GetString(0));
        Assert.Equal(new DateTime(2024, 6, 1, 7, 0, 0), reader.GetDateTime(1));
        Assert.Equal(
            [12.5, 80, 40, 55.25, 1e9, 2.5e8, 3, 1200, 85.5, 310, 7],
            Enumerable.Range(2, 11).Select(reader.GetDouble).ToArray());
        Assert.Equal("cloudwatch", reader.GetString(13));
        Assert.False(reader.Read());
    }

    [Fact]
    public void Load_SampleWithNullMeasures_StoresNulls()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        store.Load(TestBatches.Batch(window, samples: TestBatches.Samples(window.Start, ["i-1"], 1)));

        // TestBatches.Samples leaves memory, invocations, durations and concurrency null: 6 of the 11 measures.
        Assert.Equal(6L, Scalar<long>(
            "SELECT (mem_avg_pct IS NULL)::INT + (mem_max_pct IS NULL)::INT + (invocations IS NULL)::INT + (duration_avg_ms IS NULL)::INT + (duration_p99_ms IS NULL)::INT + (concurrency_max IS NULL)::INT FROM utilization_hourly"));
    }

    [Fact]
    public void Load_Workload_StoresEveryField()
    {
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(
            "SELECT kind, instance_type, vcpu, memory_gib, desired_count, tags, source, updated_at, lambda_memory_mb FROM workloads WHERE workload_id = $1",
            "i-1");
        Assert.True(reader.Read());
        Assert.Equal("ec2_instance", reader.GetString(0));
        Assert.Equal("m5.large", reader.GetString(1));
        Assert.Equal(2d, reader.GetDouble(2));
        Assert.Equal(8d, reader.GetDouble(3));
        Assert.Equal(1, reader.GetInt32(4));
        Assert.Equal("payments", reader.GetMap(5)["team"]);
        Assert.Equal("demo", reader.GetString(6));
        Assert.Equal(Now.UtcDateTime, reader.GetDateTime(7));
        Assert.True(reader.IsDBNull(8));
    }

    [Fact]
    public void Load_Batch_RecordsSucceededRunWithCounts()
    {
        var result = store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(
            "SELECT status, account_id, region, rows_samples, rows_cost_lines, window_start, error FROM collection_runs WHERE run_id = $1", result.RunId);
        Assert.True(reader.Read());
        Assert.Equal("succeeded", reader.GetString(0));
        Assert.Equal("111111111111", reader.GetString(1));
        Assert.True(reader.IsDBNull(2));
        Assert.Equal(48L, reader.GetInt64(3));
        Assert.Equal(4L, reader.GetInt64(4));
        Assert.Equal(TestBatches.Day1, reader.GetDateTime(5));
        Assert.True(reader.IsDBNull(6));
    }

    [Fact]
    public void Load_EnumerableThrowsHalfway_LeavesStoreAsItWas()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        store.Load(TestBatches.Batch(window));
        var before = Counts();
        var failing = TestBatches.Batch(window, samples: TestBatches.ThrowAfter(TestBatches.Samples(window.Start, ["i-1", "i-3"], 24), 30));

        var ex = Assert.Throws<InvalidOperationException>(() => store.Load(failing));

        Assert.Equal("collector failed halfway", ex.Message);
        Assert.Equal(before, Counts());
    }

    [Fact]
    public void Load_EnumerableThrowsHalfway_RecordsFailedRun()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        var failing = TestBatches.Batch(window, costs: TestBatches.ThrowAfter(TestBatches.Costs(DateOnly.FromDateTime(window.Start), 2), 3));

        Assert.Throws<InvalidOperationException>(() => store.Load(failing));

        using var connection = store.Connect();
        using var reader = connection.ExecuteReader("SELECT status, error, rows_samples FROM collection_runs");
        Assert.True(reader.Read());
        Assert.Equal("failed", reader.GetString(0));
        Assert.Equal("collector failed halfway", reader.GetString(1));
        Assert.True(reader.IsDBNull(2));
        Assert.False(reader.Read());
    }

    [Fact]
    public void Load_SampleOutsideWindow_FailsAndLoadsNothing()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        var batch = TestBatches.Batch(window, samples: TestBatches.Samples(window.End, ["i-1"], 1));

        var ex = Assert.Throws<ArgumentException>(() => store.Load(batch));

        Assert.Contains("1 sample(s)", ex.Message, StringComparison.Ordinal);
        Assert.Equal((0L, 0L, 0L, 0L, 0L), Counts());
    }

    [Fact]
    public void Load_CostLineOnWindowEndDay_IsOutsideWindow()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        var batch = TestBatches.Batch(window, costs: TestBatches.Costs(DateOnly.FromDateTime(window.Start), 3));

        var ex = Assert.Throws<ArgumentException>(() => store.Load(batch));

        Assert.Contains("2 cost line(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyBatch_RecordsRunWithZeroRows()
    {
        var batch = new IngestBatch("demo", TestBatches.TwoDays(TestBatches.Day1), [], [], [], [], []);

        var result = store.Load(batch);

        Assert.Equal((0, 0, 0, 0), (result.Accounts, result.Workloads, result.Samples, result.CostLines));
        Assert.Equal(1L, Scalar<long>("SELECT count(*) FROM collection_runs"));
    }

    [Fact]
    public void Open_AgainOnSameFile_KeepsLoadedData()
    {
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        using var again = AnalyzerStore.Open(file.Path, TimeProvider.System);
        using var connection = again.Connect();

        Assert.Equal(48L, connection.ExecuteScalar<long>("SELECT count(*) FROM utilization_hourly"));
    }

    [Fact]
    public void RetireWorkloads_OneNoLongerInTheInventory_RemovesItWithItsSamplesAndCostLines()
    {
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        var retired = store.RetireWorkloads("demo", ["i-1"]);

        Assert.Equal(1L, retired);
        Assert.Equal(["i-1"], Ids("SELECT workload_id FROM workloads"));
        Assert.Equal(["i-1"], Ids("SELECT DISTINCT workload_id FROM utilization_hourly"));
        Assert.Equal(["i-1"], Ids("SELECT DISTINCT resource_id FROM cost_daily"));
    }

    [Fact]
    public void RetireWorkloads_OfAnotherSource_LeavesThisSourcesWorkloads()
    {
        store.Load(TestBatches.Batch(TestBatches.TwoDays(TestBatches.Day1)));

        var retired = store.RetireWorkloads("cloudwatch", []);

        Assert.Equal(0L, retired);
        Assert.Equal((1L, 2L, 48L, 4L, 2L), Counts());
    }

    private List<string> Ids(string sql)
    {
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(sql);
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    private (long Accounts, long Workloads, long Samples, long CostLines, long Regions) Counts()
    {
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(
            "SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM workloads), (SELECT count(*) FROM utilization_hourly), (SELECT count(*) FROM cost_daily), (SELECT count(*) FROM regions)");
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    private T? Scalar<T>(string sql)
    {
        using var connection = store.Connect();
        return connection.ExecuteScalar<T>(sql);
    }
}
