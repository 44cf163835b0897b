using System.Globalization;
using Analyzer.Storage.DuckDb;
using Analyzer.Storage.Shards;

namespace Analyzer.Storage.Tests.Shards;

/// <summary>
/// Two small shard stores written as Parquet and merged into a third: the union of per-account rows, regions and
/// Spot prices de-duplicated, a MAP column kept, what the store held before replaced, and a count that disagrees
/// with its manifest refused with nothing changed.
/// </summary>
public sealed class ShardExportMergeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("analyzer-shard-merge-").FullName;

    [Fact]
    public void Replace_TwoShards_HoldsTheUnionOfTheirAccountsWorkloadsAndSamples()
    {
        using var merged = Merged(out _);

        Assert.Equal(
            ["111111111111 w-a team=red", "111111111112 w-b team=blue"],
            Rows(merged, "SELECT account_id || ' ' || workload_id || ' team=' || tags['team'] FROM workloads ORDER BY ALL"));
        // Shard 0 has 2 hourly samples, shard 1 has 3.
        Assert.Equal(["5"], Rows(merged, "SELECT count(*)::VARCHAR FROM utilization_hourly"));
        Assert.Equal(["111111111111", "111111111112"], Rows(merged, "SELECT account_id FROM accounts ORDER BY ALL"));
    }

    [Fact]
    public void Replace_TwoShards_ReadsTheSampleSpansAgainFromTheMergedSamples()
    {
        // The target held a span of its own; the shards' samples were inserted without spans. w-a has 2 hourly samples
        // from 2026-11-30 00:00 (last 01:00), w-b 3 (last 02:00).
        var files = Exported();
        using var target = Store("target", "stale");
        using (var connection = target.Connect())
        {
            connection.Execute("INSERT INTO sample_spans VALUES ('cloudwatch', 'stale', TIMESTAMP '2026-11-01', TIMESTAMP '2026-11-02')");
        }

        new ShardMerge(target).Replace(files);

        Assert.Equal(
            ["cloudwatch w-a 00:00 01:00", "cloudwatch w-b 00:00 02:00"],
            Rows(target, "SELECT source || ' ' || workload_id || ' ' || strftime(first_hour, '%H:%M') || ' ' || strftime(last_hour, '%H:%M') FROM sample_spans ORDER BY ALL"));
    }

    [Fact]
    public void Replace_RegionsAndSpotPricesInSeveralShards_KeepsOneRegionRowAndTheLowestShardsPrices()
    {
        using var merged = Merged(out _);

        Assert.Equal(["eu-west-1", "us-east-1"], Rows(merged, "SELECT region FROM regions ORDER BY ALL"));
        // us-east-1 is in both shards: shard 0's 0.100000 stays, shard 1's 0.200000 goes; eu-west-1 is only shard 1's.
        Assert.Equal(["eu-west-1 0.300000", "us-east-1 0.100000"], Rows(merged, "SELECT region || ' ' || avg_price_usd FROM spot_price_averages ORDER BY ALL"));
    }

    [Fact]
    public void Replace_StoreWithEarlierRows_ReplacesThemAndKeepsItsAnalysisRuns()
    {
        using var merged = Merged(out _);

        Assert.Equal(["0"], Rows(merged, "SELECT count(*)::VARCHAR FROM workloads WHERE workload_id = 'stale'"));
        Assert.Equal(["earlier-run"], Rows(merged, "SELECT run_id FROM analysis_runs"));
    }

    [Fact]
    public void Replace_ACountThatDisagreesWithItsFile_ThrowsAndChangesNothing()
    {
        var files = Exported();
        using var target = Store("target", "stale");
        var tampered = files.Select(f => f.Table == "utilization_hourly" && f.Shard == 1 ? f with { Rows = f.Rows + 1 } : f).ToList();

        var error = Assert.Throws<StorageException>(() => new ShardMerge(target).Replace(tampered));

        // 5 rows in the files, 6 counted by the (tampered) manifests.
        Assert.Contains("utilization_hourly: the shards' files hold 5 row(s) where their manifests count 6", error.Message, StringComparison.Ordinal);
        Assert.Equal(["stale"], Rows(target, "SELECT workload_id FROM workloads"));
    }

    [Fact]
    public void Replace_AShardWithoutOneOfItsTables_Throws()
    {
        var files = Exported().Where(f => !(f.Table == "cost_daily" && f.Shard == 1)).ToList();
        using var target = Store("target", "stale");

        var error = Assert.Throws<ArgumentException>(() => new ShardMerge(target).Replace(files));

        Assert.Contains("Shard(s) 1 have no cost_daily.parquet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmptyStore_WritesEveryTableWithNoRows()
    {
        using var empty = AnalyzerStore.Open(Path.Combine(_root, "empty.duckdb"), TimeProvider.System);

        var files = new ShardExport(empty).Write(Path.Combine(_root, "empty-out"), 2);

        Assert.Equal(ShardTables.Collected, files.Select(f => f.Table));
        Assert.All(files, f => Assert.Equal((2, 0L, true), (f.Shard, f.Rows, File.Exists(f.Path))));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private AnalyzerStore Merged(out IReadOnlyList<ShardTableFile> files)
    {
        files = Exported();
        var target = Store("target", "stale");
        using (var connection = target.Connect())
        {
            connection.Execute("INSERT INTO analysis_runs (run_id, started_at, settings_json, window_start, window_end, status) VALUES ('earlier-run', TIMESTAMP '2026-11-01', '{}', TIMESTAMP '2026-10-01', TIMESTAMP '2026-11-01', 'succeeded')");
        }

        new ShardMerge(target).Replace(files);
        return target;
    }

    private List<ShardTableFile> Exported()
    {
        using var first = Store("shard0", "w-a", account: "111111111111", team: "red", samples: 2, spot: [("us-east-1", 0.1m)]);
        using var second = Store("shard1", "w-b", account: "111111111112", team: "blue", samples: 3, spot: [("us-east-1", 0.2m), ("eu-west-1", 0.3m)]);
        return [.. new ShardExport(first).Write(Path.Combine(_root, "2026-12-02", "shard=0"), 0), .. new ShardExport(second).Write(Path.Combine(_root, "2026-12-02", "shard=1"), 1)];
    }

    private AnalyzerStore Store(string name, string workload, string account = "999999999999", string team = "none", int samples = 0, (string Region, decimal Price)[]? spot = null)
    {
        var store = AnalyzerStore.Open(Path.Combine(_root, name + ".duckdb"), TimeProvider.System);
        using var connection = store.Connect();
        connection.Execute("INSERT INTO accounts VALUES ($1, 'name')", account);
        connection.Execute(
            "INSERT INTO workloads (workload_id, account_id, region, kind, name, architecture, purchase_option, desired_count, tags, source, updated_at) "
            + "VALUES ($1, $2, 'us-east-1', 'ec2_instance', 'n', 'x86_64', 'on-demand', 1, map(['team'], [$3]), 'ec2', TIMESTAMP '2026-11-30')",
            workload, account, team);
        for (var hour = 0; hour < samples; hour++)
        {
            connection.Execute("INSERT INTO utilization_hourly (workload_id, hour, cpu_avg_pct, source) VALUES ($1, TIMESTAMP '2026-11-30' + to_hours($2), 10, 'cloudwatch')", workload, hour);
        }

        foreach (var (region, price) in spot ?? [])
        {
            connection.Execute("INSERT INTO regions VALUES ($1)", region);
            connection.Execute(
                "INSERT INTO spot_price_averages VALUES ($1, $1 || 'a', 'm5.large', 'Linux/UNIX', $2, $2, $2, 1, TIMESTAMP '2026-11-01', TIMESTAMP '2026-11-30', TIMESTAMP '2026-11-30')",
                region, price);
        }

        return store;
    }

    private static List<string> Rows(AnalyzerStore store, string sql)
    {
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(sql);
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "NULL");
        }

        return rows;
    }
}
