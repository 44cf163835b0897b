using Analyzer.Core.Pricing;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Rules;

/// <summary>The Spot pools a diversified fleet would draw from in place of one instance type.</summary>
public static class SpotPools
{
    /// <summary>
    /// Pools like the sized type: general-purpose, compute- or memory-optimized families (c, m, r) without local disks,
    /// extra networking or other variants (their letters after the generation are only a, g or i), plus the sized type
    /// itself; the same architecture, vCPUs and GPUs; enough memory per unit; not an excluded family and not an older
    /// generation than today's; with a Spot price or a Spot Advisor estimate.
    /// </summary>
    public static List<SpotPool> Similar(PriceBook prices, string region, InstanceSpec like, InstanceSpec current, double memoryFloorGib, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(like);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(settings);
        var pools = new List<SpotPool>();
        // Only the region's offers of the same architecture, GPUs and vCPUs, in catalog order (an index built once).
        foreach (var offer in prices.OnDemandIndex(region).WithVcpu(like.Architecture, like.Gpus, like.Vcpu))
        {
            var s = offer.Spec;
            if ((double)s.MemoryGib < memoryFloorGib - 1e-9
                || (s.InstanceType != like.InstanceType && !IsPlainFamily(s.Family)) || settings.ExcludedInstanceFamilies.Contains(s.Family, StringComparer.Ordinal)
                || InstanceGenerations.IsDowngrade(s, current))
            {
                continue;
            }

            var advice = prices.Advice(region, s.InstanceType);
            if (prices.Ec2(region, s.InstanceType, "spot") is { } spot)
            {
                pools.Add(new SpotPool(s, spot, advice?.InterruptionFrequency, false, prices.Ec2Source(region, s.InstanceType, "spot")));
            }
            else if (advice?.SavingsPercent is { } pct)
            {
                pools.Add(new SpotPool(s, offer.UsdPerHour * (1 - (pct / 100)), advice.InterruptionFrequency, true, null));
            }
        }

        return pools;
    }

    // "m6i", "c7g", "r5a", "m5": a c, m or r family whose letters after the generation are only a, g or i.
    private static bool IsPlainFamily(string family)
    {
        if (family.Length < 2 || family[0] is not ('c' or 'm' or 'r') || !char.IsDigit(family[1]))
        {
            return false;
        }

        var i = 1;
        while (i < family.Length && char.IsDigit(family[i]))
        {
            i++;
        }

        // A loop over the letters, not a substring and a query: this runs for every candidate pool of every workload.
        for (; i < family.Length; i++)
        {
            if (family[i] is not ('a' or 'g' or 'i'))
            {
                return false;
            }
        }

        return true;
    }
}
