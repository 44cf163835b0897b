using Analyzer.Core.Profiles;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Rules;

/// <summary>
/// The nodes of one Karpenter NodePool as one fleet, as an Auto Scaling group is one: Karpenter launches and
/// consolidates nodes to fit the pool's pods, so the lever is the pool's total demand, not any one node. The fleet's
/// unit is the pool's most common node type; each hour it runs the nodes' vCPUs in units of that type (a node of twice
/// the unit's vCPUs is two units) and carries the sum of the nodes' CPU that hour. Memory per unit is the largest any
/// node used (never less than a node needs today). Sized like any fleet by <see cref="WorkloadEvaluator"/>, its options
/// read in the NodePool's terms (<see cref="ManagedCapacityRule"/>). Approximations: today's cost is the units at the
/// unit type's price (exact where the pool's types are priced per vCPU alike, as within a family), and the demand
/// shape, business-hours and night shares are the first node's.
/// </summary>
public static class NodePoolFleet
{
    /// <summary>The fleet of one NodePool's nodes, or null when none of them has a type and size to count units in.</summary>
    /// <param name="nodes">The pool's nodes (all with the same account, region, cluster and NodePool) and their profiles with hourly series.</param>
    public static (Workload Fleet, DemandProfile Profile)? Combine(IReadOnlyList<(Workload Node, DemandProfile Profile)> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var sized = nodes.Where(n => n.Node.InstanceType is not null && n.Node.Vcpu is > 0 && n.Node.MemoryGib is > 0).ToList();
        if (sized.Count == 0 || ManagedCapacity.Recognise(sized[0].Node.Tags) is not { Manager: CapacityManager.Karpenter } pool)
        {
            return null;
        }

        // The unit is the most common type (ties to the name), as the pool's requirements would list it first.
        var unit = sized.GroupBy(n => n.Node.InstanceType!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().First().Node;
        var unitVcpu = unit.Vcpu!.Value;
        var hours = sized
            .SelectMany(n => (n.Profile.Hours ?? []).Select(h => (Hour: h, Units: n.Node.Vcpu!.Value / unitVcpu)))
            .GroupBy(x => x.Hour.Hour)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var units = g.Sum(x => x.Units * x.Hour.RunningUnits);
                var peak = g.Any(x => x.Hour.CpuPeakVcpu is not null) ? g.Sum(x => (x.Hour.CpuPeakVcpu ?? 0) * x.Hour.RunningUnits) : (double?)null;
                var average = g.Any(x => x.Hour.CpuAverageVcpu is not null) ? g.Sum(x => (x.Hour.CpuAverageVcpu ?? 0) * x.Hour.RunningUnits) : (double?)null;
                return new DemandHour(g.Key, peak / units, average / units, units, g.Any(x => x.Hour.Active));
            })
            .ToList();

        var id = $"karpenter-nodepool:{unit.AccountId}:{unit.Region}:{pool.Cluster ?? "-"}:{pool.Name}";
        var fleet = unit with
        {
            WorkloadId = id,
            Kind = WorkloadKind.AutoScalingGroup,
            Name = $"NodePool {pool.Name}",
            DesiredCount = (int)Math.Ceiling(hours.Count == 0 ? sized.Count : hours[^1].RunningUnits),
        };
        var template = sized[0].Profile;
        var totals = hours.Where(h => h.FleetCpuPeakVcpu is not null).Select(h => h.FleetCpuPeakVcpu!.Value).Order().ToArray();
        var perUnit = hours.Where(h => h.CpuPeakVcpu is not null).Select(h => h.CpuPeakVcpu!.Value).Order().ToArray();
        var memory = sized.Select(n => n.Profile.MemoryMaxGib).ToArray();
        var profile = template with
        {
            WorkloadId = id,
            HoursObserved = hours.Count,
            ConfiguredVcpu = unitVcpu,
            ConfiguredMemoryGib = unit.MemoryGib,
            Hours = hours,
            RunningCountMean = hours.Count == 0 ? sized.Count : hours.Average(h => h.RunningUnits),
            RunningCountMin = hours.Count == 0 ? sized.Count : hours.Min(h => h.RunningUnits),
            RunningCountMax = hours.Count == 0 ? sized.Count : hours.Max(h => h.RunningUnits),
            CpuMeanVcpu = Mean(hours.Select(h => h.CpuAverageVcpu)),
            CpuP50Vcpu = Mean(hours.Select(h => h.CpuAverageVcpu)),
            CpuP90Vcpu = Quantile(perUnit, 0.90),
            CpuP95Vcpu = Quantile(perUnit, 0.95),
            CpuP99Vcpu = Quantile(perUnit, 0.99),
            CpuP995Vcpu = Quantile(perUnit, 0.995),
            CpuMaxVcpu = perUnit.Length == 0 ? null : perUnit[^1],
            FleetCpuMeanVcpu = Mean(hours.Select(h => h.CpuAverageVcpu * h.RunningUnits)),
            FleetCpuP90Vcpu = Quantile(totals, 0.90),
            FleetCpuP95Vcpu = Quantile(totals, 0.95),
            FleetCpuP99Vcpu = Quantile(totals, 0.99),
            FleetCpuP995Vcpu = Quantile(totals, 0.995),
            FleetCpuMaxVcpu = totals.Length == 0 ? null : totals[^1],
            MemoryMaxGib = memory.All(m => m is not null) ? memory.Max() : null,
            MemoryP95Gib = memory.All(m => m is not null) ? memory.Max() : null,
            FleetMemoryMaxGib = null,
            ActiveHoursFraction = hours.Count == 0 ? 0 : (double)hours.Count(h => h.Active) / hours.Count,
        };
        return (fleet, profile);
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().ToArray();
        return present.Length == 0 ? null : present.Average();
    }

    // Linear interpolation between closest ranks, as DuckDB's quantile_cont (the profiles' percentiles) computes it.
    private static double? Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return null;
        }

        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
