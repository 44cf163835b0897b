using Analyzer.Core.Ingest;
using Analyzer.Storage.DuckDb;
using Analyzer.Testing.DuckDb;

namespace Analyzer.Storage.Tests;

/// <summary>The Parquet files SampleLoader writes, at row group and file sizes small enough to cross their boundaries.</summary>
public sealed class SampleLoaderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 6, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDuckDbFile file = new();
    private readonly AnalyzerStore store;
    private readonly string directory;

    public SampleLoaderTests()
    {
        store = AnalyzerStore.Open(file.Path, new FixedTimeProvider(Now));
        directory = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(file.Path)!, "load")).FullName;
    }

    public void Dispose()
    {
        store.Dispose();
        file.Dispose();
    }

    [Fact]
    public void Insert_MoreRowsThanOneFile_InsertsEveryRowAndDeletesTheFiles()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);

        // 2 workloads x 24 hours = 48 rows in row groups of 5, files of 2 row groups: files of 10, 10, 10, 10 and 8 rows.
        var (inserted, outside) = Insert(TestBatches.Batch(window), rowGroupRows: 5, fileRowGroups: 2);

        Assert.Equal((48L, 0L), (inserted, outside));
        Assert.Empty(Directory.GetFiles(directory));

        // Per workload, cpu_avg_pct is the hour h (0..23), cpu_max_pct h + 10, memory NULL: sums 2 x 276 and 2 x (276 + 240).
        using var connection = store.Connect();
        using var reader = connection.ExecuteReader(
            "SELECT count(*), sum(cpu_avg_pct), sum(cpu_max_pct), count(mem_avg_pct), count(DISTINCT (workload_id, hour)), min(hour), max(hour), min(source) FROM utilization_hourly");
        Assert.True(reader.Read());
        Assert.Equal((48L, 552.0, 1032.0, 0L, 48L), (reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetInt64(3), reader.GetInt64(4)));
        Assert.Equal((window.Start, window.Start.AddHours(23)), (reader.GetDateTime(5), reader.GetDateTime(6)));
        Assert.Equal("demo", reader.GetString(7));
    }

    [Fact]
    public void Insert_EnumerableThrowsAfterAFileWasInserted_DeletesEveryFile()
    {
        var window = TestBatches.TwoDays(TestBatches.Day1);
        var samples = TestBatches.ThrowAfter(TestBatches.Samples(window.Start, ["i-1", "i-2"], 24), 30);

        // Files of 20 rows: the first is inserted, the second is half written when the collector fails.
        var ex = Assert.Throws<InvalidOperationException>(() => Insert(TestBatches.Batch(window, samples: samples), rowGroupRows: 5, fileRowGroups: 4));

        Assert.Equal("collector failed halfway", ex.Message);
        Assert.Empty(Directory.GetFiles(directory));
    }

    private (long Inserted, long Outside) Insert(IngestBatch batch, int rowGroupRows, int fileRowGroups)
    {
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute(QueryCatalog.Get("store/load/create_staging"));
        connection.Execute(QueryCatalog.Get("store/load/set_params"), new Dictionary<string, object?>
        {
            ["source"] = batch.Source,
            ["window_start"] = batch.Window.Start,
            ["window_end"] = batch.Window.End,
        });
        var result = SampleLoader.Insert(connection, batch, directory, rowGroupRows, fileRowGroups);
        transaction.Commit();
        return result;
    }
}
