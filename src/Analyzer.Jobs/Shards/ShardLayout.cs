using System.Globalization;
using Analyzer.Core.Sharding;

namespace Analyzer.Jobs.Shards;

/// <summary>
/// Names in the shards' layout, all built from typed values: <c>&lt;period&gt;/shard=&lt;i&gt;/&lt;table&gt;.parquet</c>
/// and the shard's <c>manifest.json</c> for a run's shards, <c>tables/&lt;table&gt;/period=&lt;period&gt;/...</c> for the
/// history Athena reads (docs/history.md). Nothing here parses a name back.
/// </summary>
public static class ShardLayout
{
    public const string Manifest = "manifest.json";

    public const string HistoryFolder = "tables";

    /// <summary>"2026-12-02": the folder of one run's shards.</summary>
    public static string PeriodFolder(DateOnly period) => period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"shard=3": Hive's partition style, so Athena or DuckDB can read a period's shards as one table.</summary>
    public static string ShardFolder(int index) => string.Create(CultureInfo.InvariantCulture, $"shard={index}");

    /// <summary>"2026-12-02/shard=3": where one shard's files go, relative to the shards' URI.</summary>
    public static string ShardKey(DateOnly period, ShardSlice shard) => PeriodFolder(period) + "/" + ShardFolder(shard.Index);
}
