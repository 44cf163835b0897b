using System.Globalization;
using Analyzer.Reports.Charts;

namespace Analyzer.Bench;

/// <summary>
/// Draws time and peak memory against fleet size from the results CSV, per step of the job, with the report's own
/// charts (log-log: the fleets span 450 to 100,000 workloads and the steps a second to minutes, and on log-log axes
/// linear growth is a line of slope one). Each point is the latest row of its step and fleet size, so re-running a
/// size replaces its point; rows labelled as a comparison's baseline ("before-...", "old-...") are left out. Written beside the CSV as scaling-time.svg and scaling-memory.svg (BENCHMARKS.md shows them).
/// </summary>
internal static class ScalingChart
{
    // The steps of the job, as the chart names them, their rows' step names, and well-separated palette colours.
    private static readonly (string Name, string Step, int Color)[] Steps =
    [
        ("ingest", "ingest_store_load", 0), ("profile", "profile_engine", 3), ("analysis", "analysis", 4), ("whatif", "whatif", 5), ("reports", "reports", 2),
    ];

    /// <returns>The files written (none when the CSV has no row of these steps).</returns>
    public static IReadOnlyList<string> Write(string resultsCsv)
    {
        var rows = BenchCsv.Read(resultsCsv);
        var latest = rows
            .Where(r => Steps.Any(s => s.Step == r.Step) && r.Workloads > 0 && !IsBaseline(r.Label))
            .GroupBy(r => (r.Step, r.Workloads))
            .Select(g => g.OrderBy(r => r.Date, StringComparer.Ordinal).Last())
            .ToList();
        if (latest.Count == 0)
        {
            return [];
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(resultsCsv))!;
        var time = Path.Combine(directory, "scaling-time.svg");
        var memory = Path.Combine(directory, "scaling-memory.svg");
        File.WriteAllText(time, Render(latest, "Wall time (median of the runs) against fleet size", "seconds", r => r.MedianSeconds, Seconds));
        File.WriteAllText(memory, Render(latest, "Peak resident memory against fleet size", "MiB", r => r.PeakRssMib, Mib));
        return [time, memory];
    }

    private static string Render(IReadOnlyList<BenchCsv.Row> rows, string title, string unit, Func<BenchCsv.Row, double> value, Func<double, string> format)
    {
        var series = Steps
            .Select(s => new LineSeries(
                s.Name,
                rows.Where(r => r.Step == s.Step && value(r) > 0).OrderBy(r => r.Workloads).Select(r => ((double)r.Workloads, value(r))).ToList(),
                s.Color))
            .Where(s => s.Points.Count > 0)
            .ToList();
        return SeriesLineChartRenderer.Render(
            new SeriesLineChart(title, series, "workloads (log scale)", $"{unit} (log scale)", LogX: true, LogY: true, Workloads, format),
            standalone: true);
    }

    // A comparison's baseline (an older commit run beside the change, labelled "before-..." or "old-..."), not the code's figure.
    private static bool IsBaseline(string label) =>
        label.StartsWith("before", StringComparison.OrdinalIgnoreCase) || label.StartsWith("old-", StringComparison.OrdinalIgnoreCase);

    private static string Workloads(double n) => n.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Seconds(double s) => s.ToString(s < 1 ? "0.##" : "#,##0.#", CultureInfo.InvariantCulture);

    private static string Mib(double mib) => mib.ToString("#,##0", CultureInfo.InvariantCulture);
}
