using Analyzer.Collectors.Demo;
using Analyzer.Core.Collection;
using Analyzer.Core.Workloads;

namespace Analyzer.Collectors.Tests.Demo;

public sealed class DemoComputeOptimizerTests
{
    private static readonly Lazy<ComputeOptimizerFindings> Default = new(() => Generate(days: 90));

    private static readonly Lazy<Dictionary<string, Workload>> Workloads = new(() =>
        DemoTestData.Generate(days: 1).SelectMany(b => b.Workloads).ToDictionary(w => w.WorkloadId, StringComparer.Ordinal));

    [Fact]
    public void Generate_ForTheDefaultOrganisation_FillsEveryTypeWithItsCount()
    {
        var found = Default.Value;

        // Every instance and group has 14 days of data; only the 47 ECS Fargate services of 87 are Compute Optimizer's (3 of the 50 run on EKS Fargate).
        Assert.Equal((200, 60, 100, 47), (found.Ec2!.Count, found.AutoScalingGroups!.Count, found.LambdaFunctions!.Count, found.EcsServices!.Count));
    }

    [Fact]
    public void Generate_ForOverProvisionedInstances_RecommendsFewerVcpusForEach()
    {
        var specs = DemoTestPrices.Specs.ToDictionary(s => s.InstanceType, StringComparer.Ordinal);

        var overProvisioned = Default.Value.Ec2!.Where(r => Pattern(r.InstanceId) == DemoPatterns.OverProvisioned).ToList();

        Assert.NotEmpty(overProvisioned);
        Assert.All(overProvisioned, r => Assert.True(
            specs[r.RecommendedInstanceType!].Vcpu < specs[r.CurrentInstanceType].Vcpu && r.EstimatedMonthlySavingsUsd > 0,
            $"{r.CurrentInstanceType} -> {r.RecommendedInstanceType}"));
    }

    [Fact]
    public void Generate_ForUnderProvisionedInstances_FindsEachUnderprovisioned()
    {
        var findings = Default.Value.Ec2!.Where(r => Pattern(r.InstanceId) == DemoPatterns.UnderProvisioned).Select(r => r.Finding).ToList();

        Assert.Equal(Enumerable.Repeat("Underprovisioned", 16), findings);
    }

    [Fact]
    public void Generate_ForFunctionsAbove1792Mb_GivesNoRecommendation()
    {
        var large = Default.Value.LambdaFunctions!.Where(r => r.CurrentMemoryMb > 1792).ToList();

        Assert.NotEmpty(large);
        Assert.All(large, r => Assert.Equal(("Unavailable", "Inconclusive", (int?)null), (r.Finding, r.FindingReasons, r.RecommendedMemoryMb)));
    }

    [Fact]
    public void Generate_WithOneDayOfData_SkipsInstancesAndGroupsButKeepsFargateServices()
    {
        var found = Generate(days: 1);

        // 24 hours: under Compute Optimizer's 30 for EC2 and groups, enough for ECS.
        Assert.Equal((0, 0, 47), (found.Ec2!.Count, found.AutoScalingGroups!.Count, found.EcsServices!.Count));
    }

    [Fact]
    public void Generate_ForEveryRow_UsesAnInventoriedWorkloadId()
    {
        var found = Default.Value;

        var ids = found.AutoScalingGroups!.Select(r => r.WorkloadId).Concat(found.LambdaFunctions!.Select(r => r.WorkloadId))
            .Concat(found.EcsServices!.Select(r => r.WorkloadId)).Concat(found.Ec2!.Select(r => r.InstanceId));

        Assert.DoesNotContain(ids, id => !Workloads.Value.ContainsKey(id));
    }

    [Fact]
    public void Generate_Twice_GivesTheSameSavings()
    {
        var again = Generate(days: 90);

        Assert.Equal(Total(Default.Value), Total(again));
    }

    private static decimal Total(ComputeOptimizerFindings f) =>
        f.Ec2!.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0) + f.AutoScalingGroups!.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0)
        + f.LambdaFunctions!.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0) + f.EcsServices!.Sum(r => r.EstimatedMonthlySavingsUsd ?? 0);

    private static string Pattern(string workloadId) => Workloads.Value[workloadId].Tags[DemoPatterns.Tag];

    private static ComputeOptimizerFindings Generate(int days) =>
        DemoComputeOptimizer.Generate(new DemoOptions(DemoTestData.WindowEnd) { Days = days }, DemoTestPrices.Book);
}
