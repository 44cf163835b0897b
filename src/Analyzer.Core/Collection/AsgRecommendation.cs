namespace Analyzer.Core.Collection;

/// <summary>
/// AWS Compute Optimizer's top-ranked option for one EC2 Auto Scaling group. Every string came from AWS.
/// </summary>
/// <param name="WorkloadId">The id the inventory gives the group's workload, so the two join by equality.</param>
/// <param name="Finding">"Underprovisioned", "Overprovisioned", "Optimized" or "NotOptimized".</param>
/// <param name="PerformanceRisk">0 (none) to 4 (very high), as Compute Optimizer rates the option.</param>
public sealed record AsgRecommendation(
    string AccountId,
    string Region,
    string AsgArn,
    string AsgName,
    string WorkloadId,
    string? CurrentInstanceType,
    int? CurrentDesiredCapacity,
    string Finding,
    string? RecommendedInstanceType,
    int? RecommendedDesiredCapacity,
    double? PerformanceRisk,
    decimal? EstimatedMonthlySavingsUsd,
    double? SavingsOpportunityPercent,
    int? LookBackPeriodDays,
    DateTime? LastRefreshed);
