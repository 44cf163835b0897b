namespace Analyzer.Core.Collection;

/// <summary>
/// Cost Explorer's rightsizing recommendation for one EC2 instance (GetRightsizingRecommendation), with its
/// default (else first) target, for the engine to compare with its own. Every string came from AWS.
/// </summary>
/// <param name="Region">From the instance's resource details, as AWS names it.</param>
/// <param name="RightsizingType">"MODIFY" or "TERMINATE".</param>
/// <param name="MaxCpuPercent">The maximum CPU over Cost Explorer's lookback, when given.</param>
public sealed record CeRightsizingRecommendation(
    string AccountId,
    string? Region,
    string InstanceId,
    string? InstanceName,
    string? CurrentInstanceType,
    decimal? CurrentMonthlyCostUsd,
    string RightsizingType,
    string? TargetInstanceType,
    decimal? TargetMonthlyCostUsd,
    decimal? EstimatedMonthlySavingsUsd,
    double? MaxCpuPercent,
    double? MaxMemoryPercent,
    string FindingReasons,
    int? LookbackDays,
    DateTime? GeneratedAt);
