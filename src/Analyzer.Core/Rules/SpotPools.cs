using Analyzer.Core.Pricing;
using Analyzer.Core.Settings;

namespace Analyzer.Core.Rules;

/// <summary>The Spot pools a diversified fleet would draw from in place of one instance type.</summary>
public static class SpotPools
{
    // Pools like the sized type: same architecture, vCPUs and GPUs, enough memory per unit, not burstable, not an
    // excluded family, not an older generation than today's, with a Spot price or an Advisor estimate.
    public static List<SpotPool> Similar(PriceBook prices, string region, InstanceSpec like, InstanceSpec current, double memoryFloorGib, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(like);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(settings);
        var pools = new List<SpotPool>();
        foreach (var offer in prices.OnDemandOffers(region))
        {
            var s = offer.Spec;
            if (s.Architecture != like.Architecture || s.Vcpu != like.Vcpu || s.Gpus != like.Gpus || (double)s.MemoryGib < memoryFloorGib - 1e-9
                || (s.Burstable && s.InstanceType != like.InstanceType) || settings.ExcludedInstanceFamilies.Contains(s.Family, StringComparer.Ordinal)
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
}
