namespace Analyzer.Core.Reporting;

/// <summary>One bar of the fleet's CPU distribution: workloads whose CPU p95 is in [From, To).</summary>
public sealed record HistogramBucket(double FromPercent, double ToPercent, int Workloads);
