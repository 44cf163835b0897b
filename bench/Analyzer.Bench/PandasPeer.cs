using System.Diagnostics;
using System.Globalization;
using Analyzer.Core.Time;
using Analyzer.Storage;

namespace Analyzer.Bench;

/// <summary>
/// The peer Analyzer replaces: a pandas script (bench/peer/profile_pandas.py) computing the same per-workload
/// demand statistics from the lookback window exported as CSV, as an analyst's notebook does. The export is made
/// once and not timed; each run is the script end to end (reading the CSV included), with its own peak memory.
/// </summary>
internal sealed class PandasPeer(string samplesCsv, string workloadsCsv, double idleThresholdPercent)
{
    private static readonly string Script = Path.Combine("bench", "peer", "profile_pandas.py");

    // Debian's interpreter, which python3-pandas installs into, ahead of whatever python3 is first on PATH (pyenv's).
    private static readonly string Python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static PandasPeer Prepare(AnalyzerStore store, string directory, Period window, double idleThresholdPercent)
    {
        var samples = Path.Combine(directory, "peer-samples.csv");
        var workloads = Path.Combine(directory, "peer-workloads.csv");
        using var connection = store.Connect();
        var start = window.Start.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var end = window.End.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        connection.Execute(
            $"COPY (SELECT workload_id, hour, cpu_avg_pct, cpu_max_pct, mem_avg_pct, mem_max_pct FROM utilization_hourly " +
            $"WHERE hour >= TIMESTAMP '{start}' AND hour < TIMESTAMP '{end}') TO '{samples}' (HEADER)");
        connection.Execute($"COPY (SELECT workload_id, vcpu, memory_gib FROM workloads) TO '{workloads}' (HEADER)");
        return new PandasPeer(samples, workloads, idleThresholdPercent);
    }

    public StepDetail Run()
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Script, samplesCsv, workloadsCsv, idleThresholdPercent.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Python} did not start.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The pandas peer failed (exit {process.ExitCode}): {error.Trim()}");
        }

        // "seconds<TAB>peak MiB<TAB>workloads", from the script itself: the interpreter's start is not the notebook's work.
        var fields = output.Trim().Split('\t');
        return new StepDetail(
            long.Parse(fields[2], CultureInfo.InvariantCulture),
            "python3-pandas " + PandasVersion(),
            double.Parse(fields[0], CultureInfo.InvariantCulture),
            double.Parse(fields[1], CultureInfo.InvariantCulture));
    }

    private static string PandasVersion()
    {
        var start = new ProcessStartInfo(Python, ["-c", "import pandas; print(pandas.__version__)"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var version = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return version;
    }
}
