namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// A fleet's hourly on-demand-equivalent spend per usage key (what the Savings Plan optimizer reads), and each
/// workload's part of it per month, so a fleet commitment can be shared back to the workloads.
/// </summary>
/// <param name="Hours">Spend per usage key, one list per hour of the window.</param>
/// <param name="WorkloadMonthly">Each workload's usage key and on-demand-equivalent spend scaled to a 730-hour month.</param>
public sealed record FleetSpend(
    IReadOnlyList<IReadOnlyList<SpendItem>> Hours,
    IReadOnlyDictionary<string, (string Key, decimal MonthlyUsd)> WorkloadMonthly)
{
    /// <summary>The whole series scaled to a 730-hour month.</summary>
    public decimal MonthlyUsd => Hours.Count == 0 ? 0m : Hours.Sum(h => h.Sum(i => i.OnDemandUsd)) * Options.Billing.HoursPerMonth / Hours.Count;
}
