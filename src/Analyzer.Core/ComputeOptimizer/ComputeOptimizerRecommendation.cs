namespace Analyzer.Core.ComputeOptimizer;

/// <summary>
/// AWS Compute Optimizer's rank-1 recommendation for one workload, as collected. Every string came from AWS.
/// </summary>
/// <param name="Source">Which Compute Optimizer table it came from: "ec2" (later "asg", "lambda", "ecs").</param>
/// <param name="Finding">As AWS spells it, e.g. "Overprovisioned", "OVER_PROVISIONED", "Optimized".</param>
/// <param name="FindingReasons">Comma-separated reason codes, e.g. "CPUOverprovisioned,MemoryOverprovisioned".</param>
/// <param name="RecommendedConfiguration">The rank-1 option: an instance type for EC2; null when none.</param>
/// <param name="RecommendedArchitecture">The recommended type's architecture where the price catalog knows it.</param>
/// <param name="LookbackDays">Days Compute Optimizer looked back; null when not reported.</param>
public sealed record ComputeOptimizerRecommendation(
    string WorkloadId,
    string Source,
    string Finding,
    string FindingReasons,
    string? RecommendedConfiguration,
    string? RecommendedArchitecture,
    decimal? EstimatedMonthlySavingsUsd,
    int? LookbackDays);
