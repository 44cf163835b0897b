namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// One hour of a workload's observed demand in the analysis window: running instances or tasks, invocations for a
/// Lambda function, 1 for a single instance that ran.
/// </summary>
/// <param name="Hour">0-based hours since the window's start.</param>
public readonly record struct FleetDemandHour(string WorkloadId, int Hour, double Weight);
