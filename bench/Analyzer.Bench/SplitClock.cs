using System.Diagnostics;
using System.Globalization;

namespace Analyzer.Bench;

/// <summary>Wall and process CPU time of one part of a step, for the step's note (e.g. the Load calls within ingest_store_load).</summary>
internal sealed class SplitClock
{
    private readonly Stopwatch wall = new();
    private TimeSpan cpuAtStart;
    private TimeSpan cpu;

    public void Start()
    {
        cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        wall.Start();
    }

    public void Stop()
    {
        wall.Stop();
        cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
    }

    public string Note(string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {wall.Elapsed.TotalSeconds:F2} s, cpu {cpu.TotalSeconds:F2} s");
}
