namespace Analyzer.Core.Collection;

/// <summary>One day of an account's Savings Plans coverage (GetSavingsPlansCoverage, DAILY).</summary>
/// <param name="SpendCoveredUsd">On-Demand equivalent of the eligible usage the plans covered.</param>
/// <param name="OnDemandCostUsd">Eligible usage left at On-Demand rates.</param>
public sealed record SavingsPlansCoverageDay(
    DateOnly UsageDate,
    string AccountId,
    decimal SpendCoveredUsd,
    decimal OnDemandCostUsd,
    decimal TotalCostUsd,
    double? CoveragePercent);
