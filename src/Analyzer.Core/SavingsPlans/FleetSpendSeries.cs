namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Builds a fleet's hourly on-demand-equivalent spend from each workload's usage under an option and its observed
/// hourly demand: each hour, units running x the on-demand rate of one unit, summed per usage key.
/// An option's average units are spread over the hours the workload ran in proportion to its demand that hour (a
/// fleet rightsized from 10 to 6 instances runs 6 where it ran 10, 3 where it ran 5); usage that follows demand (the
/// current count of a group) runs the demand itself. A workload with no observed hour runs its units every hour.
/// An option the engine sized hour by hour (<see cref="FleetUsage.Hourly"/>) runs exactly those whole units.
/// </summary>
public static class FleetSpendSeries
{
    public static FleetSpend Build(int hourCount, IEnumerable<FleetUsage> usages, IEnumerable<FleetDemandHour> demand)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hourCount);
        ArgumentNullException.ThrowIfNull(usages);
        ArgumentNullException.ThrowIfNull(demand);
        var byWorkload = usages.ToDictionary(u => u.WorkloadId, StringComparer.Ordinal);
        var observed = FleetSpendBuilder.Observed(hourCount, demand, byWorkload.ContainsKey);
        var builder = new FleetSpendBuilder(hourCount);
        foreach (var usage in byWorkload.Values.OrderBy(u => u.WorkloadId, StringComparer.Ordinal))
        {
            builder.Add(usage, observed.TryGetValue(usage.WorkloadId, out var hours) ? hours : []);
        }

        return builder.Build();
    }
}
