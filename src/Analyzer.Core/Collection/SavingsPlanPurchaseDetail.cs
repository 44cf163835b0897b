namespace Analyzer.Core.Collection;

/// <summary>One purchase of a <see cref="SavingsPlanPurchaseRecommendation"/>: an account (and for EC2 Instance SPs a region and family).</summary>
/// <param name="EstimatedOnDemandCostUsd">On-Demand spend left over with the plan, over the lookback.</param>
/// <param name="EstimatedOnDemandCostWithCurrentCommitmentUsd">The lookback's cost without the plan.</param>
public sealed record SavingsPlanPurchaseDetail(
    string? AccountId,
    string? Region,
    string? InstanceFamily,
    string? OfferingId,
    decimal HourlyCommitmentUsd,
    decimal? UpfrontCostUsd,
    decimal? EstimatedMonthlySavingsUsd,
    double? EstimatedSavingsPercent,
    double? EstimatedAverageUtilizationPercent,
    decimal? EstimatedSavingsPlanCostUsd,
    decimal? EstimatedOnDemandCostUsd,
    decimal? EstimatedOnDemandCostWithCurrentCommitmentUsd,
    decimal? CurrentMinimumHourlyOnDemandUsd,
    decimal? CurrentMaximumHourlyOnDemandUsd,
    decimal? CurrentAverageHourlyOnDemandUsd);
