namespace Analyzer.Core.Collection;

/// <summary>
/// AWS Compute Optimizer's rank-1 memory size for one Lambda function. Every string came from AWS.
/// </summary>
/// <param name="FunctionArn">As Compute Optimizer gives it; it may carry a version qualifier.</param>
/// <param name="WorkloadId">The unqualified function ARN, as the inventory's workload id.</param>
/// <param name="Finding">"Optimized", "NotOptimized" or "Unavailable".</param>
/// <param name="FindingReasons">Comma-separated: MemoryOverprovisioned, MemoryUnderprovisioned, InsufficientData, Inconclusive.</param>
public sealed record LambdaRecommendation(
    string AccountId,
    string Region,
    string FunctionArn,
    string FunctionName,
    string? FunctionVersion,
    string WorkloadId,
    int? CurrentMemoryMb,
    string Finding,
    string FindingReasons,
    int? RecommendedMemoryMb,
    decimal? EstimatedMonthlySavingsUsd,
    double? SavingsOpportunityPercent,
    int? LookBackPeriodDays,
    DateTime? LastRefreshed);
