using System.Diagnostics;
using System.Globalization;

namespace Analyzer.Bench;

/// <summary>
/// Times a step over several runs and records its peak resident memory: before each run the managed heap is
/// collected and returned to the system, and Linux's peak-RSS mark (VmHWM) is reset through /proc/self/clear_refs,
/// so the peak read afterwards is this run's own (with what the process already holds, e.g. DuckDB's buffer cache).
/// The process's CPU time is recorded too.
/// </summary>
internal static class StepMeter
{
    /// <param name="setup">Run before each run's clock and CPU count start: what the step needs but does not measure.</param>
    public static StepResult Measure(string step, int runs, Func<StepDetail> run, Action? setup = null)
    {
        var seconds = new List<double>(runs);
        var peaks = new List<double>(runs);
        var cpu = new List<double>(runs);
        StepDetail detail = default;
        for (var i = 0; i < runs; i++)
        {
            setup?.Invoke();
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            ResetPeak();
            var clock = Stopwatch.StartNew();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            detail = run();
            seconds.Add(detail.Seconds ?? clock.Elapsed.TotalSeconds);
            cpu.Add(detail.PeakRssMib is null ? (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds : double.NaN);
            peaks.Add(detail.PeakRssMib ?? PeakRssMib());
        }

        return new StepResult(step, Median(seconds), seconds.Min(), seconds.Max(), Median(cpu), peaks.Max(), detail.Rows, detail.Note);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void ResetPeak()
    {
        try
        {
            // "5" resets the peak RSS to the current RSS (Linux 4.0 and later).
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static double PeakRssMib()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kib = double.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kib / 1024;
            }
        }

        return double.NaN;
    }
}

/// <summary>What one run of a step reports besides its wall time: rows it handled, a note, or its own timing and memory (an external peer).</summary>
internal readonly record struct StepDetail(long? Rows = null, string? Note = null, double? Seconds = null, double? PeakRssMib = null);

/// <param name="CpuSeconds">The process's CPU time over the step (all threads; NaN for an external peer, which reports its own memory): steadier than wall time on a busy machine.</param>
internal sealed record StepResult(string Step, double MedianSeconds, double MinSeconds, double MaxSeconds, double CpuSeconds, double PeakRssMib, long? Rows, string? Note)
{
    public double? RowsPerSecond => Rows is { } rows && MedianSeconds > 0 ? rows / MedianSeconds : null;
}
