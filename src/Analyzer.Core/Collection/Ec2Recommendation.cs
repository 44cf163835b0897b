namespace Analyzer.Core.Collection;

/// <summary>
/// AWS Compute Optimizer's top-ranked option for one EC2 instance, kept so the analysis can compare its own
/// recommendation with AWS's. Every string came from AWS.
/// </summary>
/// <param name="Finding">"Underprovisioned", "Overprovisioned", "Optimized" or "NotOptimized".</param>
/// <param name="PerformanceRisk">0 (none) to 4 (very high), as Compute Optimizer rates the option.</param>
public sealed record Ec2Recommendation(
    string AccountId,
    string Region,
    string InstanceArn,
    string InstanceId,
    string CurrentInstanceType,
    string Finding,
    string FindingReasons,
    string? RecommendedInstanceType,
    double? PerformanceRisk,
    decimal? EstimatedMonthlySavingsUsd,
    double? SavingsOpportunityPercent,
    int? LookBackPeriodDays,
    DateTime? LastRefreshed);
