using System.Runtime.ExceptionServices;
using Analyzer.Core.Ingest;
using Analyzer.Core.Workloads;
using Analyzer.Storage.DuckDb;
using DuckDB.NET.Data;
using DuckDB.NET.Data.DataChunk.Writer;

namespace Analyzer.Storage;

/// <summary>
/// A batch's samples as the rows of queries/store/load/insert_samples.sql (<see cref="SampleLoader"/>), read on the
/// read-ahead thread's heels. Samples outside the batch's window are counted and left out. The rows stop before the
/// first sample of a workload whose stored rows have not been deleted yet (<see cref="Unnamed"/>) so that the loader
/// can delete them and <see cref="Resume"/>; and they stop when the source throws, which <see cref="ThrowIfFailed"/>
/// rethrows as it was (DuckDB would otherwise report it as its own error).
/// </summary>
internal sealed class SampleFeed : DuckDbFeed, IDisposable
{
    // insert_samples.sql names these columns; the source is bound there, once per statement.
    private static readonly ColumnInfo[] Schema =
    [
        new("workload_id", typeof(string)), new("hour", typeof(DateTime)),
        new("cpu_avg_pct", typeof(double)), new("cpu_max_pct", typeof(double)), new("mem_avg_pct", typeof(double)),
        new("mem_max_pct", typeof(double)), new("net_in_bytes", typeof(double)), new("net_out_bytes", typeof(double)),
        new("running_count", typeof(double)), new("invocations", typeof(double)), new("duration_avg_ms", typeof(double)),
        new("duration_p99_ms", typeof(double)), new("concurrency_max", typeof(double)),
    ];

    private readonly IEnumerator<UtilizationSample> source;
    private readonly HashSet<string> cleared;
    private readonly long start;
    private readonly long end;
    private UtilizationSample? pending;
    private UtilizationSample current = null!;
    private DateTime hour;
    private ExceptionDispatchInfo? failure;

    /// <param name="cleared">The workloads whose rows in the batch's source and window are already deleted (those the batch names).</param>
    public SampleFeed(IngestBatch batch, IEnumerable<string> cleared)
    {
        ArgumentNullException.ThrowIfNull(batch);
        this.cleared = cleared.ToHashSet(StringComparer.Ordinal);
        (start, end) = (Micros(batch.Window.Start), Micros(batch.Window.End));
        source = ReadAhead.Of(batch.Samples).GetEnumerator();
    }

    public override IReadOnlyList<ColumnInfo> Columns => Schema;

    public long Appended { get; private set; }

    public long Outside { get; private set; }

    /// <summary>The workload whose first sample stopped the rows: its stored rows must go before <see cref="Resume"/>.</summary>
    public string? Unnamed { get; private set; }

    public override bool MoveNext()
    {
        if (failure is not null || Unnamed is not null)
        {
            return false;
        }

        while (true)
        {
            UtilizationSample sample;
            if (pending is not null)
            {
                (sample, pending) = (pending, null);
            }
            else
            {
                try
                {
                    if (!source.MoveNext())
                    {
                        return false;
                    }
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                    return false;
                }

                sample = source.Current;
            }

            // Unspecified kinds are UTC, as DuckDB.NET writes them; compared at the TIMESTAMP's microseconds.
            var utc = sample.Hour.Kind == DateTimeKind.Local ? sample.Hour.ToUniversalTime() : sample.Hour;
            var micros = Micros(utc);
            if (micros < start || micros >= end)
            {
                Outside++;
                continue;
            }

            if (!cleared.Contains(sample.WorkloadId))
            {
                (pending, Unnamed) = (sample, sample.WorkloadId);
                return false;
            }

            (current, hour) = (sample, utc);
            Appended++;
            return true;
        }
    }

    public override void Write(IDuckDBDataWriter[] columns, ulong row)
    {
        var s = current;
        columns[0].WriteValue(s.WorkloadId, row);
        columns[1].WriteValue(hour, row);
        Write(columns[2], s.CpuAveragePercent, row);
        Write(columns[3], s.CpuMaximumPercent, row);
        Write(columns[4], s.MemoryAveragePercent, row);
        Write(columns[5], s.MemoryMaximumPercent, row);
        Write(columns[6], s.NetworkInBytes, row);
        Write(columns[7], s.NetworkOutBytes, row);
        Write(columns[8], s.RunningCount, row);
        Write(columns[9], s.Invocations, row);
        Write(columns[10], s.DurationAverageMs, row);
        Write(columns[11], s.DurationP99Ms, row);
        Write(columns[12], s.ConcurrencyMaximum, row);
    }

    /// <summary>Continues with the sample that stopped the rows, once its workload's stored rows are deleted.</summary>
    public void Resume()
    {
        cleared.Add(Unnamed ?? throw new InvalidOperationException("The feed is not stopped at a workload."));
        Unnamed = null;
    }

    public void ThrowIfFailed() => failure?.Throw();

    public void Dispose() => source.Dispose();

    private static void Write(IDuckDBDataWriter column, double? value, ulong row)
    {
        if (value is { } v)
        {
            column.WriteValue(v, row);
        }
        else
        {
            column.WriteNull(row);
        }
    }

    // DuckDB's TIMESTAMP holds microseconds since the epoch; DuckDB.NET truncates ticks to them the same way.
    private static long Micros(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;
}
