namespace Analyzer.Core.SavingsPlans;

/// <summary>On-demand-equivalent spend of one usage key (e.g. "us-east-1/m5.large") in one hour, USD.</summary>
public readonly record struct SpendItem(string Key, decimal OnDemandUsd);
