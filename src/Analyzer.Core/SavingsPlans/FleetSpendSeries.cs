using Analyzer.Core.Options;

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
        var observed = new Dictionary<string, List<(int Hour, double Weight)>>(StringComparer.Ordinal);
        foreach (var d in demand)
        {
            if (d.Hour < 0 || d.Hour >= hourCount || !byWorkload.ContainsKey(d.WorkloadId) || !(d.Weight >= 0))
            {
                continue;
            }

            if (!observed.TryGetValue(d.WorkloadId, out var list))
            {
                observed[d.WorkloadId] = list = [];
            }

            list.Add((d.Hour, d.Weight));
        }

        // Hour order, whatever order the rows came in, so the sums below add in the same order every run.
        foreach (var list in observed.Values)
        {
            list.Sort();
        }

        var spend = new Dictionary<string, decimal>[hourCount];
        for (var h = 0; h < hourCount; h++)
        {
            spend[h] = new Dictionary<string, decimal>(StringComparer.Ordinal);
        }

        var monthly = new Dictionary<string, (string Key, decimal MonthlyUsd)>(StringComparer.Ordinal);
        foreach (var usage in byWorkload.Values.OrderBy(u => u.WorkloadId, StringComparer.Ordinal))
        {
            var total = 0m;
            void Add(int hour, double units)
            {
                var usd = usage.UsdPerUnitHour * (decimal)units;
                spend[hour][usage.Key] = spend[hour].GetValueOrDefault(usage.Key) + usd;
                total += usd;
            }

            if (usage.Hourly is { } own)
            {
                foreach (var (hour, units) in own)
                {
                    if (hour >= 0 && hour < hourCount && units > 0)
                    {
                        Add(hour, units);
                    }
                }
            }
            else if (observed.TryGetValue(usage.WorkloadId, out var hours) && hours.Count > 0)
            {
                var mean = hours.Average(x => x.Weight);
                foreach (var (hour, weight) in hours)
                {
                    var units = usage.FollowsDemand ? weight : mean > 0 ? usage.Units * weight / mean : 0;
                    if (units > 0)
                    {
                        Add(hour, units);
                    }
                }
            }
            else if (usage.Units > 0)
            {
                for (var h = 0; h < hourCount; h++)
                {
                    Add(h, usage.Units);
                }
            }

            monthly[usage.WorkloadId] = (usage.Key, hourCount == 0 ? 0m : total * Billing.HoursPerMonth / hourCount);
        }

        var series = spend.Select(h => (IReadOnlyList<SpendItem>)[.. h.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SpendItem(p.Key, p.Value))]).ToArray();
        return new FleetSpend(series, monthly);
    }
}
