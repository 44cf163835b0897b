using Analyzer.Core.Options;
using Analyzer.Core.Profiles;
using Analyzer.Core.Rules;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests;

/// <summary>Workloads, profiles and contexts for the rule tests: two full weeks of hourly data unless told.</summary>
internal static class TestWorkloads
{
    public static Workload Ec2(string type, double vcpu, double memoryGib, string arch = "x86_64", IReadOnlyDictionary<string, string>? tags = null) =>
        new("i-0123456789abcdef0", "111111111111", TestPrices.Region, WorkloadKind.Ec2Instance, "web-1", type, vcpu, memoryGib, arch, "on-demand", null, 1, null, null, tags ?? new Dictionary<string, string>());

    public static Workload Asg(string type, double vcpu, double memoryGib, int desired) =>
        new("asg-web", "111111111111", TestPrices.Region, WorkloadKind.AutoScalingGroup, "asg-web", type, vcpu, memoryGib, "x86_64", "on-demand", null, desired, null, null, new Dictionary<string, string>());

    public static Workload EcsFargate(double vcpu, double memoryGib, int desired) =>
        new("arn:aws:ecs:us-east-1:111111111111:service/c/api", "111111111111", TestPrices.Region, WorkloadKind.EcsService, "api", null, vcpu, memoryGib, "x86_64", "on-demand", "FARGATE", desired, null, null, new Dictionary<string, string>());

    public static Workload Function(int memoryMb, string arch = "x86_64") =>
        new("arn:aws:lambda:us-east-1:111111111111:function:f", "111111111111", TestPrices.Region, WorkloadKind.LambdaFunction, "f", null, memoryMb / 1769.0, memoryMb / 1024.0, arch, "on-demand", null, 1, memoryMb, 30, new Dictionary<string, string>());

    /// <summary>A steady profile: CPU percentiles all at <paramref name="peakPct"/> of <paramref name="vcpu"/>, mean at <paramref name="meanPct"/>.</summary>
    public static DemandProfile Steady(double vcpu, double peakPct, double meanPct, double? memoryMaxGib, int hours = 336) => new()
    {
        WorkloadId = "w",
        HoursInWindow = 336,
        HoursObserved = hours,
        ConfiguredVcpu = vcpu,
        CpuMeanVcpu = vcpu * meanPct / 100,
        CpuP50Vcpu = vcpu * meanPct / 100,
        CpuP90Vcpu = vcpu * peakPct / 100,
        CpuP95Vcpu = vcpu * peakPct / 100,
        CpuP99Vcpu = vcpu * peakPct / 100,
        CpuP995Vcpu = vcpu * peakPct / 100,
        CpuMaxVcpu = vcpu * peakPct / 100,
        CpuMaxPercent = peakPct,
        MemoryMaxGib = memoryMaxGib,
        MemoryP95Gib = memoryMaxGib,
        ActiveHoursFraction = meanPct > 5 ? 1 : 0.5,
        Shape = DemandShape.Flat,
    };

    public static WorkloadContext Context(Workload workload, DemandProfile profile, decimal currentMonthly, bool tolerant = false) =>
        new(workload, profile, currentMonthly, Confidence.High, new InterruptionTolerance(tolerant, tolerant ? "tagged" : "not interruption-tolerant"));
}
