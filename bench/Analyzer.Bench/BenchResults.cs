using System.Globalization;
using System.Text;

namespace Analyzer.Bench;

/// <summary>
/// Prints the steps as a table with the ratios the targets are stated in, and appends them to the results CSV
/// (one row per step, with the date, the machine and the fleet), which BENCHMARKS.md's tables and chart are read from.
/// </summary>
internal static class BenchResults
{
    private const string Header = "date,label,scale,replicas,workloads,days,machine,step,runs,median_s,min_s,max_s,cpu_s,peak_rss_mib,rows,rows_per_s,note";

    public static void Write(BenchOptions options, int workloads, IReadOnlyList<StepResult> results, TimeProvider time)
    {
        var machine = $"{Environment.ProcessorCount} cores, {MemoryGib():F0} GiB";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {options.Label}: {workloads:N0} workloads, {options.Days} days, {machine}, median of {options.Runs} run(s)"));
        Console.WriteLine("step\tmedian_s\tmin_s\tmax_s\tcpu_s\tpeak_rss_mib\trows_per_s\tnote");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Step}\t{r.MedianSeconds:F2}\t{r.MinSeconds:F2}\t{r.MaxSeconds:F2}\t{r.CpuSeconds:F2}\t{r.PeakRssMib:F0}\t{r.RowsPerSecond:F0}\t{r.Note}"));
        }

        var by = results.ToDictionary(r => r.Step, StringComparer.Ordinal);
        if (by.TryGetValue("ingest_store_load", out var load) && by.TryGetValue("ingest_read_parquet", out var parquet))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest: store load / read_parquet = {load.MedianSeconds / parquet.MedianSeconds:F2}x wall (target at most 1.5x), {load.CpuSeconds / parquet.CpuSeconds:F2}x CPU"));
            if (by.TryGetValue("generate", out var generate))
            {
                // The load streams the demo's generator (on a thread of its own); read_parquet reads rows already made.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest: without the generator's CPU, store load / read_parquet = {(load.CpuSeconds - generate.CpuSeconds) / parquet.CpuSeconds:F2}x CPU"));
            }
        }

        if (by.TryGetValue("profile_engine", out var engine) && by.TryGetValue("profile_bare_sql", out var bare))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"profile: engine / bare SQL = {engine.MedianSeconds / bare.MedianSeconds:F2}x (target at most 1.5x)"));
        }

        if (by.TryGetValue("analysis", out var analysis) && by.TryGetValue("pandas_peer", out var peer))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"analysis vs pandas peer: {peer.MedianSeconds / analysis.MedianSeconds:F2}x faster (target 10x), peak memory {analysis.PeakRssMib:F0} vs {peer.PeakRssMib:F0} MiB"));
        }

        var csv = new StringBuilder();
        if (!File.Exists(options.ResultsCsv))
        {
            csv.AppendLine(Header);
        }

        var date = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
        foreach (var r in results)
        {
            csv.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{date},{Field(options.Label)},{options.Scale},{options.Replicas},{workloads},{options.Days},{Field(machine)},{r.Step},{options.Runs},{r.MedianSeconds:F3},{r.MinSeconds:F3},{r.MaxSeconds:F3},{r.CpuSeconds:F3},{r.PeakRssMib:F0},{r.Rows},{r.RowsPerSecond:F0},{Field(r.Note ?? string.Empty)}"));
        }

        File.AppendAllText(options.ResultsCsv, csv.ToString());
    }

    private static double MemoryGib() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);

    private static string Field(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
