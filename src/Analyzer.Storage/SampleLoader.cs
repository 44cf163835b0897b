using Analyzer.Core.Ingest;
using Analyzer.Storage.DuckDb;

namespace Analyzer.Storage;

/// <summary>
/// Inserts a batch's samples into utilization_hourly, in the load's transaction, once apply_inventory.sql has deleted
/// the rows of the workloads the batch names (in its source and window). A workload the batch has samples for but does
/// not name has its rows deleted when its first sample arrives, before any of its new rows are inserted. Samples
/// outside the batch's window are counted and not inserted; the load then fails (AnalyzerStore.Load).
/// The samples are most of a batch's rows. They are written to a temporary Parquet file in columns and inserted by
/// DuckDB's own parallel reader (queries/store/load/insert_samples.sql), a file every <see cref="FileRowGroups"/> row
/// groups (about a million rows, 100 MB) so memory and disk stay bounded; DuckDB.NET's appender, a row at a time, took more CPU (BENCHMARKS.md).
/// </summary>
internal static class SampleLoader
{
    // DuckDB's own row group size: read_parquet hands each Parquet row group to a thread of its own.
    private const int RowGroupRows = 122_880;
    private const int FileRowGroups = 8;

    /// <param name="directory">Where the temporary files go (each deleted once read, or when the load fails).</param>
    /// <param name="rowGroupRows">Rows per Parquet row group (small in tests, to cross file boundaries).</param>
    /// <param name="fileRowGroups">Row groups per file.</param>
    /// <returns>The samples inserted, and those left out because they fall outside the batch's window.</returns>
    public static (long Inserted, long Outside) Insert(
        DuckDbConnection connection, IngestBatch batch, string directory, int rowGroupRows = RowGroupRows, int fileRowGroups = FileRowGroups)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(fileRowGroups, 1);
        var named = batch.Workloads.Select(w => w.WorkloadId).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? last = null;
        var (start, end) = (Micros(batch.Window.Start), Micros(batch.Window.End));
        var columns = new SampleColumns(rowGroupRows);
        SampleParquetFile? file = null;
        long inserted = 0;
        long outside = 0;
        try
        {
            foreach (var sample in ReadAhead.Of(batch.Samples))
            {
                // Unspecified kinds are UTC; compared and stored at the TIMESTAMP's microseconds, as DuckDB.NET would.
                var hour = sample.Hour.Kind == DateTimeKind.Local ? sample.Hour.ToUniversalTime() : sample.Hour;
                var micros = Micros(hour);
                if (micros < start || micros >= end)
                {
                    outside++;
                    continue;
                }

                // Samples come a workload at a time: the id the previous sample had is not looked up again.
                if (!ReferenceEquals(sample.WorkloadId, last))
                {
                    last = sample.WorkloadId;
                    if (seen.Add(last) && !named.Contains(last))
                    {
                        // Its new rows are still in memory or in a file not yet read: the DELETE sees only the old ones.
                        connection.Execute(
                            QueryCatalog.Get("store/load/delete_samples_of"),
                            new Dictionary<string, object?> { ["workload_id"] = last });
                    }
                }

                columns.Add(sample.WorkloadId, micros, sample);
                if (!columns.IsFull)
                {
                    continue;
                }

                file ??= SampleParquetFile.Create(directory);
                file.Write(columns);
                columns.Clear();
                if (file.Rows >= (long)rowGroupRows * fileRowGroups)
                {
                    inserted += InsertFile(connection, file, batch.Source);
                    file.Dispose();
                    file = null;
                }
            }

            if (columns.Count > 0)
            {
                file ??= SampleParquetFile.Create(directory);
                file.Write(columns);
            }

            if (file is not null)
            {
                inserted += InsertFile(connection, file, batch.Source);
            }
        }
        finally
        {
            file?.Dispose();
        }

        return (inserted, outside);
    }

    private static long InsertFile(DuckDbConnection connection, SampleParquetFile file, string source)
    {
        file.Finish();
        return connection.Execute(
            QueryCatalog.Get("store/load/insert_samples"),
            new Dictionary<string, object?> { ["path"] = file.Path, ["source"] = source });
    }

    // DuckDB's TIMESTAMP holds microseconds since the epoch; ticks are truncated to them as DuckDB.NET does.
    private static long Micros(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;
}
