using Analyzer.Core.Collection;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// A demo ECS service's task size as Compute Optimizer would give it: Fargate services only, from 24 hours of data,
/// the cheapest valid Fargate CPU/memory pair with room for the p99.5 CPU and memory maxima plus 20%.
/// </summary>
internal static class DemoOptimizerEcs
{
    private const double Headroom = 1.2;
    private const int MinimumHours = 24;

    /// <summary>Valid Linux Fargate task sizes: CPU units with their memory range and step, in MiB.</summary>
    private static readonly (int Cpu, int FromMib, int ToMib, int StepMib)[] TaskSizes =
    [
        (256, 512, 512, 512), (256, 1024, 2048, 1024), (512, 1024, 4096, 1024), (1024, 2048, 8192, 1024),
        (2048, 4096, 16384, 1024), (4096, 8192, 30720, 1024), (8192, 16384, 61440, 4096), (16384, 32768, 122880, 8192),
    ];

    public static EcsRecommendation? Recommend(DemoWorkload workload, IReadOnlyList<UtilizationSample> samples, DateTime refreshed)
    {
        var w = workload.Workload;
        if (w.LaunchType != "FARGATE" || workload.Fargate is not { } rate || samples.Count(s => s.CpuMaximumPercent is not null) < MinimumHours)
        {
            return null;
        }

        var cpu = (int)Math.Round(w.Vcpu!.Value * 1024);
        var memory = (int)Math.Round(w.MemoryGib!.Value * 1024);
        var cpuPeak = DemoComputeOptimizer.Percentile(samples.Select(s => s.CpuMaximumPercent), 99.5)!.Value;
        var memoryPeak = DemoComputeOptimizer.Percentile(samples.Select(s => s.MemoryMaximumPercent), 99.5) ?? 100;
        var needCpu = cpu * cpuPeak / 100 * Headroom;
        var needMemory = memory * memoryPeak / 100 * Headroom;
        decimal Hourly(int units, int mib) => (units / 1024m * rate.UsdPerVcpuHour) + (mib / 1024m * rate.UsdPerGbHour);

        var (recommendedCpu, recommendedMemory) = TaskSizes
            .SelectMany(t => Enumerable.Range(0, ((t.ToMib - t.FromMib) / t.StepMib) + 1).Select(i => (Cpu: t.Cpu, Mib: t.FromMib + (i * t.StepMib))))
            .Where(t => t.Cpu >= needCpu && t.Mib >= needMemory)
            .OrderBy(t => Hourly(t.Cpu, t.Mib)).ThenBy(t => t.Cpu)
            .Select(t => ((int Cpu, int Mib)?)t)
            .FirstOrDefault() ?? (cpu, memory);

        var reasons = new List<string>();
        reasons.AddRange(needCpu > cpu ? ["CPUUnderprovisioned"] : recommendedCpu < cpu ? ["CPUOverprovisioned"] : []);
        reasons.AddRange(needMemory > memory ? ["MemoryUnderprovisioned"] : recommendedMemory < memory ? ["MemoryOverprovisioned"] : []);
        var finding = (recommendedCpu, recommendedMemory) == (cpu, memory) ? "Optimized"
            : reasons.Any(r => r.EndsWith("Underprovisioned", StringComparison.Ordinal)) ? "Underprovisioned"
            : "Overprovisioned";
        var tasks = Math.Max(1, w.DesiredCount) * DemoComputeOptimizer.HoursPerMonth;
        var (savings, percent) = DemoComputeOptimizer.Savings(Hourly(cpu, memory) * tasks, Hourly(recommendedCpu, recommendedMemory) * tasks);
        var resource = w.WorkloadId.Split(':', 6)[5].Split('/');
        return new EcsRecommendation(
            w.AccountId, w.Region, w.WorkloadId, resource.Length == 3 ? resource[1] : null, w.Name, w.WorkloadId, "Fargate",
            cpu, memory, finding, string.Join(',', reasons), recommendedCpu, recommendedMemory, savings, percent,
            DemoComputeOptimizer.LookbackDays, refreshed);
    }
}
