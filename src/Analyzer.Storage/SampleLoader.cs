using Analyzer.Core.Ingest;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage;

/// <summary>
/// Inserts a batch's samples straight into utilization_hourly, in the load's transaction, once apply_inventory.sql has
/// deleted the rows of the workloads the batch names (in its source and window). A workload the batch has samples for
/// but does not name has its rows deleted when its first sample arrives, before any of its new rows are inserted.
/// Samples outside the batch's window are counted and not inserted; the load then fails (AnalyzerStore.Load).
/// The rows go in by <c>INSERT ... SELECT</c> over a <see cref="SampleFeed"/> (DuckDB reads them a chunk at a time)
/// rather than through the appender, which cost about twice the CPU (BENCHMARKS.md, issue #13).
/// </summary>
internal static class SampleLoader
{
    /// <returns>The samples inserted, and those left out because they fall outside the batch's window.</returns>
    public static (long Appended, long Outside) Append(DuckDbConnection connection, IngestBatch batch)
    {
        using var feed = new SampleFeed(batch, batch.Workloads.Select(w => w.WorkloadId));
        var insert = QueryCatalog.Get("store/load/insert_samples");
        var args = new Dictionary<string, object?> { ["source"] = batch.Source };
        while (true)
        {
            connection.ExecuteFeed(insert, feed, args);
            feed.ThrowIfFailed();
            if (feed.Unnamed is not { } workloadId)
            {
                return (feed.Appended, feed.Outside);
            }

            connection.Execute(
                QueryCatalog.Get("store/load/delete_samples_of"),
                new Dictionary<string, object?> { ["workload_id"] = workloadId });
            feed.Resume();
        }
    }
}
