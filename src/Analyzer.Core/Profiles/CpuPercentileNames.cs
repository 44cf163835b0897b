namespace Analyzer.Core.Profiles;

/// <summary>A <see cref="CpuPercentile"/> as the settings file and the reports write it ("p99.5").</summary>
public static class CpuPercentileNames
{
    public static string ToName(this CpuPercentile percentile) => percentile switch
    {
        CpuPercentile.P90 => "p90",
        CpuPercentile.P95 => "p95",
        CpuPercentile.P99 => "p99",
        CpuPercentile.P99_5 => "p99.5",
        _ => "max",
    };
}
