namespace Analyzer.Core.SavingsPlans;

/// <summary>What a commitment would do if the usage it covers dropped by <see cref="DropPercent"/>.</summary>
/// <param name="MonthlyNetSavings">Net savings per month the commitment would still add (negative: it would cost money).</param>
public sealed record UsageDropRisk(int DropPercent, decimal MonthlyNetSavings, double UtilizationPercent);
