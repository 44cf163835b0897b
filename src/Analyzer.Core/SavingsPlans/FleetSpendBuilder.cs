using Analyzer.Core.Options;

namespace Analyzer.Core.SavingsPlans;

/// <summary>
/// Adds workloads' usage to a fleet's hourly on-demand-equivalent spend one workload at a time, so a large fleet's
/// series is built batch by batch without holding every workload's hours (the rules are <see cref="FleetSpendSeries"/>'s).
/// Add workloads in id order: the sums then add in the same order every run, whatever the batches.
/// </summary>
public sealed class FleetSpendBuilder
{
    private readonly int hourCount;

    // Per usage key, its spend in each hour and whether any usage was added there: an index per key once per workload,
    // not a string hashed per hour. Each (hour, key) sum still adds in workload order.
    private readonly Dictionary<string, int> keys = new(StringComparer.Ordinal);
    private readonly List<(string Key, decimal[] Usd, bool[] Added)> series = [];
    private readonly Dictionary<string, (string Key, decimal MonthlyUsd)> monthly = new(StringComparer.Ordinal);

    public FleetSpendBuilder(int hourCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hourCount);
        this.hourCount = hourCount;
    }

    /// <param name="observed">The workload's demand weights in hour order (0-based hour, weight); empty when it had no observed hour.</param>
    public void Add(FleetUsage usage, IReadOnlyList<(int Hour, double Weight)> observed)
    {
        ArgumentNullException.ThrowIfNull(usage);
        ArgumentNullException.ThrowIfNull(observed);
        if (monthly.ContainsKey(usage.WorkloadId))
        {
            throw new ArgumentException($"Workload '{usage.WorkloadId}' is already in the fleet's spend.", nameof(usage));
        }

        if (!keys.TryGetValue(usage.Key, out var k))
        {
            keys[usage.Key] = k = series.Count;
            series.Add((usage.Key, new decimal[hourCount], new bool[hourCount]));
        }

        var (_, spend, added) = series[k];
        var total = 0m;
        void Add(int hour, double units)
        {
            var usd = usage.UsdPerUnitHour * (decimal)units;
            spend[hour] += usd;
            added[hour] = true;
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
        else if (observed.Count > 0)
        {
            var mean = observed.Average(x => x.Weight);
            foreach (var (hour, weight) in observed)
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

    /// <summary>The spend of every workload added so far.</summary>
    public FleetSpend Build()
    {
        var ordered = series.OrderBy(s => s.Key, StringComparer.Ordinal).ToArray();
        var hours = new IReadOnlyList<SpendItem>[hourCount];
        for (var h = 0; h < hourCount; h++)
        {
            var items = new List<SpendItem>();
            foreach (var (key, usd, added) in ordered)
            {
                if (added[h])
                {
                    items.Add(new SpendItem(key, usd[h]));
                }
            }

            hours[h] = items;
        }

        return new(hours, monthly);
    }

    /// <summary>
    /// Each workload's demand weights in hour order, kept to the window's hours and to valid weights, as
    /// <see cref="Add"/> reads them.
    /// </summary>
    public static Dictionary<string, List<(int Hour, double Weight)>> Observed(int hourCount, IEnumerable<FleetDemandHour> demand, Func<string, bool> wanted)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(wanted);
        var observed = new Dictionary<string, List<(int Hour, double Weight)>>(StringComparer.Ordinal);
        foreach (var d in demand)
        {
            if (d.Hour < 0 || d.Hour >= hourCount || !(d.Weight >= 0) || !wanted(d.WorkloadId))
            {
                continue;
            }

            if (!observed.TryGetValue(d.WorkloadId, out var list))
            {
                observed[d.WorkloadId] = list = [];
            }

            list.Add((d.Hour, d.Weight));
        }

        // Hour order, whatever order the rows came in, so the sums add in the same order every run.
        foreach (var list in observed.Values)
        {
            list.Sort();
        }

        return observed;
    }
}
