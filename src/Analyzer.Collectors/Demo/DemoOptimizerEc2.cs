using Analyzer.Core.Pricing;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// Instance type for a demo EC2 instance or Auto Scaling group, as Compute Optimizer picks it: the cheapest type
/// in the price book with enough vCPUs for the p99.5 CPU maximum plus 20% headroom and enough memory (the p99.5
/// memory maximum plus 20% where the agent reports memory, else the current memory), of the same architecture or
/// Graviton, burstable types only for burstable instances (which may also move to a fixed-performance type).
/// </summary>
internal static class DemoOptimizerEc2
{
    private const double Headroom = 1.2;
    private const int MinimumHours = 30;

    /// <summary>Null when Compute Optimizer would have too little data (under 30 hours).</summary>
    public static DemoOptimizerSize? Size(DemoWorkload workload, IReadOnlyList<UtilizationSample> samples, DemoPriceBook prices)
    {
        var w = workload.Workload;
        if (samples.Count(s => s.CpuMaximumPercent is not null) < MinimumHours || w.InstanceType is null)
        {
            return null;
        }

        var current = prices.Spec(w.InstanceType);
        var currentArchitecture = w.Architecture;
        var cpu = DemoComputeOptimizer.Percentile(samples.Select(s => s.CpuMaximumPercent), 99.5)!.Value;
        var memory = DemoComputeOptimizer.Percentile(samples.Select(s => s.MemoryMaximumPercent), 99.5);
        var needVcpu = current.Vcpu * cpu / 100 * Headroom;
        var needMemory = memory is { } m ? (double)current.MemoryGib * m / 100 * Headroom : (double)current.MemoryGib;
        var currentHourly = prices.Ec2Hourly(w.Region, w.InstanceType);

        var candidates = prices.Specs
            .Where(s => s.Gpus == 0 && (!s.Burstable || current.Burstable))
            .Select(s => (Spec: s, Architecture: Architecture(s), Hourly: prices.Ec2OnDemandHourly(w.Region, s.InstanceType)))
            .Where(c => c.Hourly is not null && (c.Architecture == currentArchitecture || c.Architecture == "arm64"))
            .ToList();
        var fits = candidates.Where(c => c.Spec.Vcpu >= needVcpu && (double)c.Spec.MemoryGib >= needMemory).ToList();
        var chosen = fits.Count > 0
            ? fits.OrderBy(c => c.Hourly).ThenBy(c => c.Architecture == currentArchitecture ? 0 : 1).ThenBy(c => c.Spec.InstanceType, StringComparer.Ordinal).First()
            : candidates.Where(c => c.Architecture == currentArchitecture && (double)c.Spec.MemoryGib >= needMemory)
                .OrderByDescending(c => c.Spec.Vcpu).ThenBy(c => c.Hourly).ThenBy(c => c.Spec.InstanceType, StringComparer.Ordinal)
                .Select(c => ((InstanceSpec Spec, string Architecture, decimal? Hourly)?)c).FirstOrDefault()
              ?? (current, currentArchitecture, currentHourly);

        var reasons = new List<string>();
        if (needVcpu > current.Vcpu)
        {
            reasons.Add("CPUUnderprovisioned");
        }
        else if (chosen.Spec.Vcpu < current.Vcpu)
        {
            reasons.Add("CPUOverprovisioned");
        }

        if (memory is not null && needMemory > (double)current.MemoryGib)
        {
            reasons.Add("MemoryUnderprovisioned");
        }
        else if (memory is not null && chosen.Spec.MemoryGib < current.MemoryGib)
        {
            reasons.Add("MemoryOverprovisioned");
        }

        var finding = chosen.Spec.InstanceType == w.InstanceType ? "Optimized"
            : reasons.Any(r => r.EndsWith("Underprovisioned", StringComparison.Ordinal)) ? "Underprovisioned"
            : "Overprovisioned";
        var count = Math.Max(1, w.DesiredCount);
        var (savings, percent) = DemoComputeOptimizer.Savings(
            currentHourly * DemoComputeOptimizer.HoursPerMonth * count, chosen.Hourly!.Value * DemoComputeOptimizer.HoursPerMonth * count);
        return new DemoOptimizerSize(
            finding,
            string.Join(',', reasons),
            chosen.Spec.InstanceType,
            DemoComputeOptimizer.Risk(cpu * current.Vcpu / chosen.Spec.Vcpu),
            savings,
            percent);
    }

    private static string Architecture(InstanceSpec spec) =>
        spec.Architecture ?? (spec.Family.EndsWith('g') ? "arm64" : "x86_64");
}
