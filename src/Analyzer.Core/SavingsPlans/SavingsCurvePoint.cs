namespace Analyzer.Core.SavingsPlans;

/// <summary>What one hourly commitment would have done over the series, scaled to a 730-hour month.</summary>
/// <param name="HourlyCommitment">USD per hour of plan-rate spend committed.</param>
/// <param name="MonthlyNetSavings">On-demand cost minus (commitment + uncovered on-demand), per month.</param>
/// <param name="UtilizationPercent">Share of the commitment used, hour by hour.</param>
/// <param name="CoveragePercent">Share of on-demand-equivalent spend the plan covered.</param>
public sealed record SavingsCurvePoint(decimal HourlyCommitment, decimal MonthlyNetSavings, double UtilizationPercent, double CoveragePercent);
