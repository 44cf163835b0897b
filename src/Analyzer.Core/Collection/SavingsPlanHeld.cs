namespace Analyzer.Core.Collection;

/// <summary>
/// One Savings Plan an account holds and how it was used over a window, from Cost Explorer's
/// GetSavingsPlansUtilizationDetails. Every string came from AWS.
/// </summary>
/// <param name="PlanType">"Compute", "EC2Instance", "SageMaker", or AWS's own word for a type not known here.</param>
/// <param name="PaymentOption">"NO_UPFRONT", "PARTIAL_UPFRONT" or "ALL_UPFRONT" (AWS's text when not recognised).</param>
/// <param name="Region">EC2 Instance Savings Plans only: the region the plan applies in, as AWS names it.</param>
/// <param name="InstanceFamily">EC2 Instance Savings Plans only: the family ("m5").</param>
/// <param name="OnDemandEquivalentUsd">What the usage the plan covered would have cost On-Demand over the window.</param>
public sealed record SavingsPlanHeld(
    string AccountId,
    string SavingsPlanArn,
    string PlanType,
    int? TermYears,
    string? PaymentOption,
    string? Region,
    string? InstanceFamily,
    decimal HourlyCommitmentUsd,
    DateTime? StartsAt,
    DateTime? EndsAt,
    decimal TotalCommitmentUsd,
    decimal UsedCommitmentUsd,
    double? UtilizationPercent,
    decimal? OnDemandEquivalentUsd,
    decimal? NetSavingsUsd);
