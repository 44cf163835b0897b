namespace Analyzer.Core.Rules;

/// <summary>What a workload costs now for a 730-hour month, on the basis its options are compared with.</summary>
/// <param name="MonthlyUsd">
/// The current setup priced by the same model as its options (list price x the units it ran each hour), or the bill
/// where no list price applies; null when neither is known.
/// </param>
/// <param name="BilledMonthlyUsd">The workload's own cost lines scaled to a month (after credits, commitments and discounts); null when none.</param>
/// <param name="Basis">How <paramref name="MonthlyUsd"/> was found, or why it is unknown.</param>
/// <param name="Series">The units the workload ran each hour, whole.</param>
public sealed record CurrentCost(decimal? MonthlyUsd, decimal? BilledMonthlyUsd, string Basis, UnitSeries Series);
