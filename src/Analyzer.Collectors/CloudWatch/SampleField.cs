namespace Analyzer.Collectors.CloudWatch;

/// <summary>The <see cref="Core.Workloads.UtilizationSample"/> field one metric query fills.</summary>
internal enum SampleField
{
    CpuAverage,
    CpuMaximum,
    MemoryAverage,
    MemoryMaximum,
    NetworkIn,
    NetworkOut,
    Invocations,
    DurationAverage,
    DurationP99,
    ConcurrencyMaximum,
}
