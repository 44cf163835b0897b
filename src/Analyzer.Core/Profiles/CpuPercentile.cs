namespace Analyzer.Core.Profiles;

/// <summary>The CPU percentile sizing covers (Compute Optimizer's "CPU threshold"; default P99.5).</summary>
public enum CpuPercentile
{
    P90,
    P95,
    P99,
#pragma warning disable CA1707 // "P99_5" mirrors Compute Optimizer's own name for the setting.
    P99_5,
#pragma warning restore CA1707
    Max,
}
