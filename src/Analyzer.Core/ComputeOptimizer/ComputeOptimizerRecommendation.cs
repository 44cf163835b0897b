namespace Analyzer.Core.ComputeOptimizer;

/// <summary>
/// AWS Compute Optimizer's rank-1 recommendation for one workload, as collected. Every string came from AWS.
/// </summary>
/// <param name="Source">Which table it came from: "ec2", "asg", "lambda", "ecs" (Compute Optimizer) or "cost-explorer".</param>
/// <param name="Finding">As AWS spells it, e.g. "Overprovisioned", "OVER_PROVISIONED", "Optimized".</param>
/// <param name="FindingReasons">Comma-separated reason codes, e.g. "CPUOverprovisioned,MemoryOverprovisioned".</param>
/// <param name="RecommendedConfiguration">The rank-1 option as shown: an instance type for EC2, "m5.large x3" for a
/// group, "512 MB" for a function, "256 CPU units / 512 MB" for a service; null when none.</param>
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
    int? LookbackDays)
{
    public AwsRecommender Recommender { get; init; } = AwsRecommender.ComputeOptimizer;

    /// <summary>The recommended instance type (EC2, groups, Cost Explorer); null to keep the current one.</summary>
    public string? RecommendedInstanceType { get; init; }

    /// <summary>A group's recommended desired capacity; null to keep the current one.</summary>
    public int? RecommendedCount { get; init; }

    /// <summary>An ECS task's recommended CPU units (1,024 per vCPU); null to keep the current one.</summary>
    public int? RecommendedCpuUnits { get; init; }

    /// <summary>A function's or an ECS task's recommended memory in MB; null to keep the current one.</summary>
    public int? RecommendedMemoryMb { get; init; }
}
