using System.Globalization;
using System.Text;
using Analyzer.Core.Ingest;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage;

/// <summary>
/// Appends a batch's samples straight into utilization_hourly, in the load's transaction, once apply_inventory.sql has
/// deleted the rows of the workloads the batch names (in its source and window). A workload the batch has samples for
/// but does not name has its rows deleted when its first sample arrives, before any of its new rows are appended.
/// Samples outside the batch's window are counted and not appended; the load then fails (AnalyzerStore.Load).
/// The samples are most of a batch's rows: staging them in a temp table and copying them with INSERT ... SELECT cost
/// about a third of the load (BENCHMARKS.md).
/// </summary>
internal static class SampleLoader
{
    private const string Table = "utilization_hourly";

    // The table's columns in order (queries/schema/0001_core.sql): the appender writes whole rows, so a migration that
    // adds a column to utilization_hourly must add it here and in Append, and the check in Open says so.
    private static readonly string[] Columns =
    [
        "workload_id", "hour", "cpu_avg_pct", "cpu_max_pct", "mem_avg_pct", "mem_max_pct", "net_in_bytes", "net_out_bytes",
        "running_count", "invocations", "duration_avg_ms", "duration_p99_ms", "concurrency_max", "source",
    ];

    /// <returns>The samples appended, and those left out because they fall outside the batch's window.</returns>
    public static (long Appended, long Outside) Append(DuckDbConnection connection, IngestBatch batch)
    {
        var named = batch.Workloads.Select(w => w.WorkloadId).ToHashSet(StringComparer.Ordinal);

        // Each workload's id and the source are encoded to UTF-8 once, not on every hourly row.
        var ids = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var source = Encoding.UTF8.GetBytes(batch.Source);
        var (start, end) = (Micros(batch.Window.Start), Micros(batch.Window.End));
        long appended = 0;
        long outside = 0;
        DuckDbAppender? appender = Open(connection);
        try
        {
            foreach (var sample in ReadAhead.Of(batch.Samples))
            {
                // Unspecified kinds are UTC, as the appender takes them; compared at the TIMESTAMP's microseconds.
                var hour = sample.Hour.Kind == DateTimeKind.Local ? sample.Hour.ToUniversalTime() : sample.Hour;
                var micros = Micros(hour);
                if (micros < start || micros >= end)
                {
                    outside++;
                    continue;
                }

                if (!ids.TryGetValue(sample.WorkloadId, out var id))
                {
                    if (!named.Contains(sample.WorkloadId))
                    {
                        // Closing flushes what is appended so far (none of it this workload's) so the DELETE sees it.
                        appender.Dispose();
                        appender = null;
                        connection.Execute(
                            QueryCatalog.Get("store/load/delete_samples_of"),
                            new Dictionary<string, object?> { ["workload_id"] = sample.WorkloadId });
                        appender = Open(connection);
                    }

                    id = Encoding.UTF8.GetBytes(sample.WorkloadId);
                    ids.Add(sample.WorkloadId, id);
                }

                appender
                    .AppendUtf8(id).Append(hour)
                    .Append(sample.CpuAveragePercent).Append(sample.CpuMaximumPercent)
                    .Append(sample.MemoryAveragePercent).Append(sample.MemoryMaximumPercent)
                    .Append(sample.NetworkInBytes).Append(sample.NetworkOutBytes).Append(sample.RunningCount).Append(sample.Invocations)
                    .Append(sample.DurationAverageMs).Append(sample.DurationP99Ms).Append(sample.ConcurrencyMaximum)
                    .AppendUtf8(source)
                    .EndRow();
                appended++;
            }
        }
        finally
        {
            appender?.Dispose();
        }

        return (appended, outside);
    }

    private static DuckDbAppender Open(DuckDbConnection connection)
    {
        var appender = connection.CreateAppender(Table);
        if (!appender.ColumnNames.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            appender.Dispose();
            throw new StorageException(string.Create(
                CultureInfo.InvariantCulture,
                $"{Table} has the columns ({string.Join(", ", appender.ColumnNames)}); the load appends ({string.Join(", ", Columns)}). A migration changed the table: update SampleLoader with it."));
        }

        return appender;
    }

    // DuckDB's TIMESTAMP holds microseconds since the epoch; DuckDB.NET truncates ticks to them the same way.
    private static long Micros(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;
}
