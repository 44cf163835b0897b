namespace Analyzer.Core.Collection;

/// <summary>
/// Cost Explorer's Savings Plans purchase recommendation for one combination asked for (the response's summary),
/// with the per-account details behind it. Amounts over the lookback unless named monthly or hourly.
/// </summary>
/// <param name="AccountId">The account collected.</param>
/// <param name="AccountScope">"LINKED" or "PAYER".</param>
/// <param name="PlanType">"COMPUTE_SP", "EC2_INSTANCE_SP" or "SAGEMAKER_SP".</param>
/// <param name="PaymentOption">"NO_UPFRONT", "PARTIAL_UPFRONT" or "ALL_UPFRONT".</param>
/// <param name="EstimatedAverageUtilizationPercent">Commitment-weighted over the details.</param>
/// <param name="CurrentAverageHourlyOnDemandUsd">Summed over the details.</param>
/// <param name="EstimatedOnDemandCostWithCurrentCommitmentUsd">The lookback's cost without the new plan.</param>
public sealed record SavingsPlanPurchaseRecommendation(
    string AccountId,
    string AccountScope,
    string PlanType,
    int TermYears,
    string PaymentOption,
    int LookbackDays,
    string? RecommendationId,
    DateTime? GeneratedAt,
    decimal HourlyCommitmentUsd,
    decimal? EstimatedMonthlySavingsUsd,
    double? EstimatedSavingsPercent,
    double? EstimatedAverageUtilizationPercent,
    decimal? CurrentAverageHourlyOnDemandUsd,
    decimal? CurrentOnDemandSpendUsd,
    decimal? EstimatedTotalCostUsd,
    decimal? EstimatedOnDemandCostWithCurrentCommitmentUsd,
    double? EstimatedRoiPercent,
    IReadOnlyList<SavingsPlanPurchaseDetail> Details);
