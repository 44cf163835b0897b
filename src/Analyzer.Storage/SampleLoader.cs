using System.Globalization;
using System.Text;
using Analyzer.Core.Ingest;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;
using DuckDB.NET.Data;

namespace Analyzer.Storage;

/// <summary>
/// Replaces a batch's samples in utilization_hourly, in the load's transaction, after apply_inventory.sql: first the
/// rows of the workloads the batch names (in its source and window) are deleted, then the batch's samples are appended
/// straight into the table. A workload the batch has samples for but does not name has its rows deleted when its first
/// sample arrives, before any of its new rows are appended. sample_spans is kept equal to the rows as they change
/// (<see cref="SampleSpans"/>): the deletes find what to delete from it, and the appended hours widen it at the end.
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
        SampleSpans.ReplaceNamed(connection, window);

        var named = batch.Workloads.Select(w => w.WorkloadId).ToHashSet(StringComparer.Ordinal);

        // Each workload's id and the source are encoded to UTF-8 once, not on every hourly row; the workload's first and
        // last appended hour are kept beside its id for sample_spans.
        var appendedOf = new Dictionary<string, Appended>(StringComparer.Ordinal);
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

                if (appendedOf.TryGetValue(sample.WorkloadId, out var workload))
                {
                    workload.Include(micros);
                }
                else
                {
                    if (!named.Contains(sample.WorkloadId) && SampleSpans.FindOne(connection, window, sample.WorkloadId))
                    {
                        // Closing flushes what is appended so far (none of it this workload's) so the DELETE sees it.
                        appender.Dispose();
                        appender = null;
                        SampleSpans.ReplaceFound(connection, window);
                        appender = Open(connection);
                    }

                    workload = new Appended(Encoding.UTF8.GetBytes(sample.WorkloadId), micros);
                    appendedOf.Add(sample.WorkloadId, workload);
                }

                appender.AppendRow(new Row(workload.Id, hour, sample, source), Write);
                appended++;
            }
        }
        finally
        {
            appender?.Dispose();
        }

        SampleSpans.Extend(connection, batch.Source, appendedOf.Select(p => (p.Key, Hour(p.Value.First), Hour(p.Value.Last))));
        return (appended, outside);
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

    private static DateTime Hour(long micros) => new(DateTime.UnixEpoch.Ticks + (micros * TimeSpan.TicksPerMicrosecond), DateTimeKind.Utc);

    // One workload's UTF-8 id and the first and last hour appended of it, as TIMESTAMP microseconds.
    private sealed class Appended(byte[] id, long micros)
    {
        public byte[] Id { get; } = id;

        public long First { get; private set; } = micros;

        public long Last { get; private set; } = micros;

        public void Include(long micros)
        {
            First = Math.Min(First, micros);
            Last = Math.Max(Last, micros);
        }
    }

    private readonly record struct Row(byte[] WorkloadId, DateTime Hour, UtilizationSample Sample, byte[] Source);
}
