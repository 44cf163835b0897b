namespace Analyzer.Core.Collection;

/// <summary>One day of an account's Savings Plans together (GetSavingsPlansUtilization, DAILY).</summary>
/// <param name="OnDemandEquivalentUsd">What the covered usage would have cost On-Demand.</param>
public sealed record SavingsPlansUtilizationDay(
    DateOnly UsageDate,
    string AccountId,
    decimal TotalCommitmentUsd,
    decimal UsedCommitmentUsd,
    decimal UnusedCommitmentUsd,
    double? UtilizationPercent,
    decimal? OnDemandEquivalentUsd,
    decimal? NetSavingsUsd);
