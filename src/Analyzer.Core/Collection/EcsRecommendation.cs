namespace Analyzer.Core.Collection;

/// <summary>
/// AWS Compute Optimizer's task size for one ECS service (CPU units, MiB). Every string came from AWS.
/// </summary>
/// <param name="WorkloadId">The service ARN, as the inventory's workload id.</param>
/// <param name="LaunchType">"EC2" or "Fargate", as Compute Optimizer spells it.</param>
/// <param name="Finding">"Optimized", "Underprovisioned" or "Overprovisioned".</param>
/// <param name="FindingReasons">Comma-separated: CPUOverprovisioned, CPUUnderprovisioned, MemoryOverprovisioned, MemoryUnderprovisioned.</param>
public sealed record EcsRecommendation(
    string AccountId,
    string Region,
    string ServiceArn,
    string? ClusterName,
    string ServiceName,
    string WorkloadId,
    string? LaunchType,
    int? CurrentCpuUnits,
    int? CurrentMemoryMb,
    string Finding,
    string FindingReasons,
    int? RecommendedCpuUnits,
    int? RecommendedMemoryMb,
    decimal? EstimatedMonthlySavingsUsd,
    double? SavingsOpportunityPercent,
    int? LookBackPeriodDays,
    DateTime? LastRefreshed);
