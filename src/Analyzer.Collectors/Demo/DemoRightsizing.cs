using Analyzer.Core.Collection;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Demo;

/// <summary>
/// Cost Explorer's rightsizing for the demo: terminate the first idle instances, and move the first over-provisioned
/// ones one size down in the same family (CE's default SAME_INSTANCE_FAMILY), at half the price.
/// </summary>
internal static class DemoRightsizing
{
    public const int PerPattern = 3;

    private static readonly string[] Sizes = ["nano", "micro", "small", "medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge"];

    public static IReadOnlyList<CeRightsizingRecommendation> For(string account, IReadOnlyList<DemoWorkload> workloads)
    {
        var instances = workloads.Where(w => w.Workload.Kind == WorkloadKind.Ec2Instance && w.Ec2Hourly is not null && w.Workload.InstanceType is not null)
            .OrderBy(w => w.Workload.WorkloadId, StringComparer.Ordinal).ToList();
        var idle = instances.Where(w => w.Profile.Pattern == DemoPattern.IdleZombie).Take(PerPattern)
            .Select(w => Recommendation(account, w, "TERMINATE", null));
        var oversized = instances.Where(w => w.Profile.Pattern == DemoPattern.OverProvisioned)
            .Select(w => (Workload: w, Target: Smaller(w.Workload.InstanceType!)))
            .Where(x => x.Target is not null).Take(PerPattern)
            .Select(x => Recommendation(account, x.Workload, "MODIFY", x.Target));
        return [.. idle, .. oversized];
    }

    private static CeRightsizingRecommendation Recommendation(string account, DemoWorkload w, string type, string? target)
    {
        var monthly = decimal.Round(w.Ec2Hourly!.Value * 730m, 2);
        var targetCost = target is null ? (decimal?)null : decimal.Round(monthly / 2, 2);
        return new CeRightsizingRecommendation(account, w.Workload.Region, w.Workload.WorkloadId, w.Workload.Name, w.Workload.InstanceType, monthly, type, target,
            targetCost, monthly - (targetCost ?? 0m), w.Profile.Peak <= 1 ? w.Profile.Peak * 100 : w.Profile.Peak, null,
            type == "TERMINATE" ? "CPU_OVER_PROVISIONED,NETWORK_OVER_PROVISIONED" : "CPU_OVER_PROVISIONED", 14, null);
    }

    private static string? Smaller(string instanceType)
    {
        var dot = instanceType.IndexOf('.', StringComparison.Ordinal);
        var size = Array.IndexOf(Sizes, instanceType[(dot + 1)..]);
        return dot > 0 && size > 4 ? $"{instanceType[..dot]}.{Sizes[size - 1]}" : null;
    }
}
