using Analyzer.Core.Options;
using Analyzer.Core.Rules;
using Analyzer.Core.Settings;
using Analyzer.Core.Workloads;

namespace Analyzer.Core.Tests.Rules;

public class EksFargatePodsTests
{
    [Theory]
    [InlineData(1.0, 8.0, 2.0, 9.0)]     // the EKS User Guide's own example: 8 GB + 256 MB fits no 1 vCPU size
    [InlineData(0.25, 0.5, 0.25, 1.0)]   // 0.75 GB: the next 0.25 vCPU size is 1 GB
    [InlineData(0.5, 1.0, 0.5, 2.0)]     // 1.25 GB -> 2 GB
    [InlineData(0.3, 1.0, 0.5, 2.0)]     // 0.3 vCPU rounds up to 0.5
    [InlineData(4.0, 29.75, 4.0, 30.0)]  // exactly the largest 4 vCPU size
    public void Provisioned_PodRequests_RoundUpWith256MbAdded(double vcpu, double gib, double billedVcpu, double billedGb)
    {
        var size = EksFargatePods.Provisioned(vcpu, gib)!;

        Assert.Equal((billedVcpu, billedGb), ((double)size.Vcpu, (double)size.MemoryGb));
    }

    [Fact]
    public void Provisioned_BeyondSixteenVcpu_IsNull() => Assert.Null(EksFargatePods.Provisioned(16, 120));

    [Fact]
    public void Evaluate_PodRequestingOneVcpuEightGb_IsBilledTwoVcpuNineGbAndResizedKeeping256Mb()
    {
        // One pod requesting 1 vCPU / 8 GB is billed as 2 vCPU / 9 GB: 2 x 0.04048 + 9 x 0.004445 = 0.120965 $/h,
        // x 730 h = 88.30445 a month. It peaks at 40% of its 1 vCPU and 1.5 GB: with the 1.2 headroom it needs
        // 0.48 vCPU and 1.8 GB for its containers, so 0.5 vCPU / 2 GB (1.75 GB once the 256 MB are kept aside) is too
        // small and 0.5 vCPU / 3 GB is the size: 0.5 x 0.04048 + 3 x 0.004445 = 0.033575 $/h, x 730 = 24.50975.
        var pod = new Workload("eks-fargate:111111111111:us-east-1:prod/shop/web", "111111111111", TestPrices.Region, WorkloadKind.EksFargatePod,
            "prod/shop/web", null, 1, 8, "x86_64", "on-demand", "FARGATE", 1, null, null, new Dictionary<string, string>());
        var profile = TestWorkloads.Steady(1, 40, 30, 1.5, hours: 336) with { RunningCountMin = 1, RunningCountMean = 1, RunningCountMax = 1 };

        var evaluation = WorkloadEvaluator.Evaluate(pod, profile, TestPrices.Book, new AnalysisSettings());

        var current = evaluation.Options.Single(o => o.Family == OptionFamily.Current);
        Assert.Equal(88.30445m, current.MonthlyCost);
        Assert.Equal((2.0, 9.0), (current.Target!.Vcpu, current.Target.MemoryGib));
        var chosen = evaluation.Recommendation.Chosen;
        Assert.Equal(("fargate:x86_64:0.5vcpu-3gb", 24.50975m, Effort.Low), (chosen.Option, chosen.MonthlyCost, chosen.Effort));
        Assert.Contains("set the pods' requests (= limits) up to 0.5 vCPU and 2816 MiB", chosen.Reason, StringComparison.Ordinal);
        Assert.Contains(evaluation.Options, o => o.Family == OptionFamily.FargateSpot && !o.Feasible && o.Reason == EksFargatePods.NoFargateSpot);
        Assert.Contains(evaluation.Options, o => o.Option.StartsWith("fargate:arm64", StringComparison.Ordinal) && !o.Feasible && o.Reason == EksFargatePods.NoArm);
        Assert.DoesNotContain(evaluation.Options, o => o.Feasible && o.Family is OptionFamily.Ec2Rightsized or OptionFamily.Graviton or OptionFamily.Ec2Spot);
    }
}
