using Analyzer.Core.Workloads;

namespace Analyzer.Storage;

/// <summary>
/// Up to <see cref="Capacity"/> samples held as columns, the shape a Parquet row group is written in: the workload id,
/// the hour as microseconds since the epoch (a TIMESTAMP's own unit), and each of the eleven measures as its non-null
/// values packed together with one definition level per row (1 present, 0 NULL), as Parquet stores a nullable column.
/// Reused: <see cref="Clear"/> keeps the arrays.
/// </summary>
internal sealed class SampleColumns
{
    /// <summary>The measures in utilization_hourly's column order (queries/schema/0001_core.sql).</summary>
    public static readonly string[] MeasureNames =
    [
        "cpu_avg_pct", "cpu_max_pct", "mem_avg_pct", "mem_max_pct", "net_in_bytes", "net_out_bytes",
        "running_count", "invocations", "duration_avg_ms", "duration_p99_ms", "concurrency_max",
    ];

    private readonly double[][] values;
    private readonly int[][] definitions;
    private readonly int[] present;

    public SampleColumns(int capacity)
    {
        Capacity = capacity;
        WorkloadIds = new string[capacity];
        HourMicros = new long[capacity];
        values = [.. MeasureNames.Select(_ => new double[capacity])];
        definitions = [.. MeasureNames.Select(_ => new int[capacity])];
        present = new int[MeasureNames.Length];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    public string[] WorkloadIds { get; }

    public long[] HourMicros { get; }

    public void Add(string workloadId, long hourMicros, UtilizationSample s)
    {
        var row = Count;
        WorkloadIds[row] = workloadId;
        HourMicros[row] = hourMicros;
        Set(0, row, s.CpuAveragePercent);
        Set(1, row, s.CpuMaximumPercent);
        Set(2, row, s.MemoryAveragePercent);
        Set(3, row, s.MemoryMaximumPercent);
        Set(4, row, s.NetworkInBytes);
        Set(5, row, s.NetworkOutBytes);
        Set(6, row, s.RunningCount);
        Set(7, row, s.Invocations);
        Set(8, row, s.DurationAverageMs);
        Set(9, row, s.DurationP99Ms);
        Set(10, row, s.ConcurrencyMaximum);
        Count = row + 1;
    }

    /// <summary>Measure <paramref name="measure"/>'s non-null values, in row order.</summary>
    public ReadOnlyMemory<double> Values(int measure) => values[measure].AsMemory(0, present[measure]);

    /// <summary>Measure <paramref name="measure"/>'s definition level per row.</summary>
    public ReadOnlyMemory<int> Definitions(int measure) => definitions[measure].AsMemory(0, Count);

    public void Clear()
    {
        Array.Clear(WorkloadIds, 0, Count);
        Array.Clear(present);
        Count = 0;
    }

    private void Set(int measure, int row, double? value)
    {
        if (value is { } v)
        {
            values[measure][present[measure]++] = v;
            definitions[measure][row] = 1;
        }
        else
        {
            definitions[measure][row] = 0;
        }
    }
}
