using System.Globalization;
using System.Text;
using Analyzer.Core.Ingest;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;
using DuckDB.NET.Data;

namespace Analyzer.Storage;

/// <summary>
/// Replaces a batch's samples in utilization_hourly, in the load's transaction, after apply_inventory.sql: first it
/// deletes the rows of the workloads the batch names (in its source and window), then appends the batch's samples
/// straight into the table. A workload the batch has samples for but does not name has its rows deleted when its first
/// sample arrives, before any of its new rows are appended.
/// Samples outside the batch's window are counted and not appended; the load then fails (AnalyzerStore.Load).
/// The samples are most of a batch's rows: staging them in a temp table and copying them with INSERT ... SELECT cost
/// about a third of the load (BENCHMARKS.md).
/// </summary>
internal static class SampleLoader
{
    private const string Table = "utilization_hourly";

    // The table's columns and types in order (queries/schema/0001_core.sql): the rows are written whole, each value as
    // its column's type, so a migration that changes utilization_hourly must change Columns and Write, and Open says so.
    private static readonly (string Name, string Type)[] Columns =
    [
        ("workload_id", "VARCHAR"), ("hour", "TIMESTAMP"), ("cpu_avg_pct", "DOUBLE"), ("cpu_max_pct", "DOUBLE"),
        ("mem_avg_pct", "DOUBLE"), ("mem_max_pct", "DOUBLE"), ("net_in_bytes", "DOUBLE"), ("net_out_bytes", "DOUBLE"),
        ("running_count", "DOUBLE"), ("invocations", "DOUBLE"), ("duration_avg_ms", "DOUBLE"), ("duration_p99_ms", "DOUBLE"),
        ("concurrency_max", "DOUBLE"), ("source", "VARCHAR"),
    ];

    /// <param name="window">The batch's source, window_start and window_end, bound as the load binds them for set_params.sql.</param>
    /// <returns>The samples appended, and those left out because they fall outside the batch's window.</returns>
    public static (long Appended, long Outside) Append(DuckDbConnection connection, IngestBatch batch, IReadOnlyDictionary<string, object?> window)
    {
        DeleteReplaced(connection, window);

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
                            new Dictionary<string, object?>(window) { ["workload_id"] = sample.WorkloadId });
                        appender = Open(connection);
                    }

                    id = Encoding.UTF8.GetBytes(sample.WorkloadId);
                    ids.Add(sample.WorkloadId, id);
                }

                appender.AppendRow(new Row(id, hour, sample, source), Write);
                appended++;
            }
        }
        finally
        {
            appender?.Dispose();
        }

        return (appended, outside);
    }

    /// <summary>
    /// Deletes the stored samples of the workloads the batch names, in its source and window. The DELETE reads every row
    /// of the table in the window, and a fleet loaded in batches (the bench's, a first collection of many accounts) would
    /// run it once per batch over all the batches before it; most batches bring workloads the table has no rows of yet,
    /// so a cheaper read of the same rows (without the source's filter) decides first whether there is anything to delete.
    /// </summary>
    private static void DeleteReplaced(DuckDbConnection connection, IReadOnlyDictionary<string, object?> window)
    {
        var range = new Dictionary<string, object?> { ["window_start"] = window["window_start"], ["window_end"] = window["window_end"] };
        if (connection.ExecuteScalar<bool>(QueryCatalog.Get("store/load/samples_replaced_exist"), range))
        {
            connection.Execute(QueryCatalog.Get("store/load/delete_samples"), window);
        }
    }

    // Static, with the row passed as state: DuckDB.NET reuses one row object and no closure is allocated per row.
    private static void Write(IDuckDBAppenderRow row, Row r) =>
        row.AppendValue(r.WorkloadId).AppendValue((DateTime?)r.Hour)
            .AppendValue(r.Sample.CpuAveragePercent).AppendValue(r.Sample.CpuMaximumPercent)
            .AppendValue(r.Sample.MemoryAveragePercent).AppendValue(r.Sample.MemoryMaximumPercent)
            .AppendValue(r.Sample.NetworkInBytes).AppendValue(r.Sample.NetworkOutBytes)
            .AppendValue(r.Sample.RunningCount).AppendValue(r.Sample.Invocations)
            .AppendValue(r.Sample.DurationAverageMs).AppendValue(r.Sample.DurationP99Ms).AppendValue(r.Sample.ConcurrencyMaximum)
            .AppendValue(r.Source);

    private static DuckDbAppender Open(DuckDbConnection connection)
    {
        var appender = connection.CreateAppender(Table);
        var actual = appender.ColumnNames.Zip(appender.ColumnTypes).ToArray();
        if (!actual.SequenceEqual(Columns))
        {
            appender.Dispose();
            throw new StorageException(string.Create(
                CultureInfo.InvariantCulture,
                $"{Table} has the columns ({Describe(actual)}); the load appends ({Describe(Columns)}). A migration changed the table: update SampleLoader with it."));
        }

        return appender;
    }

    private static string Describe(IEnumerable<(string Name, string Type)> columns) => string.Join(", ", columns.Select(c => $"{c.Name} {c.Type}"));

    // DuckDB's TIMESTAMP holds microseconds since the epoch; DuckDB.NET truncates ticks to them the same way.
    private static long Micros(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;

    private readonly record struct Row(byte[] WorkloadId, DateTime Hour, UtilizationSample Sample, byte[] Source);
}
