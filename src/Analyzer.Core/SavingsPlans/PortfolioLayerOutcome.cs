namespace Analyzer.Core.SavingsPlans;

/// <summary>What one portfolio layer at a fixed commitment does on a series: the layer's own net savings and utilization.</summary>
/// <param name="HourlyCommitment">The commitment evaluated, USD per hour.</param>
/// <param name="MonthlyNetSavings">On-demand spend it covers less what it costs (used or not), per 730-hour month.</param>
/// <param name="UtilizationPercent">Share of the commitment used; 0 for no commitment.</param>
public sealed record PortfolioLayerOutcome(decimal HourlyCommitment, decimal MonthlyNetSavings, double UtilizationPercent);
